import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromium } from '../../scripts/chromium';

// E2E_PORT lets parallel checkouts test side by side. A server already on the port is reused only
// when E2E_REUSE_SERVER=1 asks for it, and global-setup.ts checks it serves this checkout's dist/.
const PORT = Number(process.env.E2E_PORT ?? 4322);

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results',
  globalSetup: './global-setup.ts',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 20_000,
  expect: { timeout: 5_000 },
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: { executablePath: resolveChromium({ headlessShell: true }), args: CHROMIUM_ARGS },
    // The portal's service worker would answer requests that tests route or count; the offline
    // specs (offline.spec.ts, base-path.spec.ts) allow it where they test it.
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'] }, grepInvert: /@phone/ },
    { name: 'phone', use: { ...devices['Pixel 7'] }, grep: /@phone/ },
  ],
  webServer: {
    // Tests run against the built site (npm test builds first).
    command: `npx astro preview --port ${PORT}`,
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    port: PORT,
    reuseExistingServer: process.env.E2E_REUSE_SERVER === '1',
    timeout: 60_000,
  },
});
