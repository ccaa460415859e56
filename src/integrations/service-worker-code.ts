/**
 * The build's child process for the service worker's code (started by workerCode in
 * src/integrations/service-worker.ts as soon as a build starts): generateSW with the worker's
 * options and PRECACHE_MARKER as its only precache entry, in an empty temporary folder; writes the code to stdout.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';
import { PRECACHE_MARKER, precacheOptions, workerOptions } from './service-worker';

const [base] = process.argv.slice(2);
if (!base) throw new Error('usage: service-worker-code.ts <base path>');
const dir = mkdtempSync(join(tmpdir(), 'playbook-sw-'));
try {
  const swDest = join(dir, 'sw.js');
  // Globbing an empty folder, so the code that precaches (left out when nothing is) is there.
  await generateSW({
    ...workerOptions(swDest, base),
    ...precacheOptions(dir, base),
    additionalManifestEntries: [{ url: PRECACHE_MARKER, revision: null }],
  });
  process.stdout.write(readFileSync(swDest, 'utf8'));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
