/**
 * Before any test: the server on the e2e port must be serving this checkout's build. Playwright
 * starts `astro preview` itself unless E2E_REUSE_SERVER=1 asks it to reuse a server already on
 * the port; either way the home page it serves is compared with this checkout's dist/index.html,
 * so a stale preview from another checkout (or an older build) is never tested by mistake.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FullConfig } from '@playwright/test';

const DIST_HOME = fileURLToPath(new URL('../../dist/index.html', import.meta.url));

export default async function globalSetup(config: FullConfig): Promise<void> {
  if (!existsSync(DIST_HOME)) throw new Error(`No build at ${DIST_HOME}: run \`npm run build\` before the end-to-end tests.`);
  const baseURL = config.projects[0]?.use.baseURL;
  if (!baseURL) return;
  const served = await (await fetch(`${baseURL}/`)).text();
  if (served !== readFileSync(DIST_HOME, 'utf8')) {
    throw new Error(
      `The server on ${baseURL} does not serve this checkout's dist/ (another checkout's preview, or an older build). ` +
        'Stop it, or pick a free port with E2E_PORT=<port>.',
    );
  }
}
