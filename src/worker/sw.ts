/**
 * The service worker (sw.js), bundled by esbuild from Workbox's modules (src/integrations/service-worker.ts):
 * what Workbox's generateSW wrote before, as code of our own, so a build no longer runs generateSW's
 * Rollup, Babel and Terser (about 5 s of CPU) to write the same worker.
 *
 * - The shell, the script finder, the drill, the glossary and the search indexes are precached
 *   (PLAYBOOK_PRECACHE: the built site's list, put in place once the site is written); the old
 *   precache is removed when a new one is activated.
 * - A new worker waits until the reader presses 「重新载入」 (src/client/service-worker.ts sends SKIP_WAITING),
 *   then takes the open pages at once.
 * - Handbook sections and other pages are fetched network first (a reader online always gets the
 *   published text) and kept once read; a page never read answers offline with the offline page.
 */
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, precacheAndRoute, PrecacheFallbackPlugin, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';

/** The files to precache, put in by the build after the site is written (PRECACHE_PLACEHOLDER). */
declare const PLAYBOOK_PRECACHE: PrecacheEntry[];
/** The offline page's address under the site's base path, defined by the build. */
declare const PLAYBOOK_OFFLINE_PAGE: string;

const worker = self as unknown as {
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: { data?: { type?: string } }) => void): void;
};

setCacheNameDetails({ prefix: 'playbook' });

worker.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void worker.skipWaiting();
});
clientsClaim();

// Query strings (?q=, ?date=) are read by the page's script: /drill/?date=… is /drill/.
precacheAndRoute(PLAYBOOK_PRECACHE, { ignoreURLParametersMatching: [/.*/] });
cleanupOutdatedCaches();

const kept = (maxEntries: number) => [new ExpirationPlugin({ maxEntries }), new CacheableResponsePlugin({ statuses: [200] })];

// Pages not precached (handbook sections, cases, forms, training…): the network's copy when
// online, the last copy read when offline, else the offline page.
registerRoute(
  ({ request }) => request.mode === 'navigate',
  new NetworkFirst({
    cacheName: 'playbook-pages',
    plugins: [...kept(400), new PrecacheFallbackPlugin({ fallbackURL: PLAYBOOK_OFFLINE_PAGE })],
  }),
  'GET',
);
// Pagefind's per-page result fragments (content-hashed names): kept once shown.
registerRoute(/\/pagefind\/fragment\/.+\.pf_fragment$/, new CacheFirst({ cacheName: 'playbook-search', plugins: kept(1000) }), 'GET');
// Data the pages fetch (a role's path, the search indexes): fresh when online.
registerRoute(/\.json$/, new NetworkFirst({ cacheName: 'playbook-data', plugins: kept(100) }), 'GET');
