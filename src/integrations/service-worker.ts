/**
 * The service worker (sw.js): it precaches the shell, the script finder and every script page, the
 * drill, the glossary and the search indexes (src/lib/web-app.ts), caches handbook sections and other
 * pages as they are read (network first, so a reader online always gets the published text), and
 * answers a page that was never read with the offline page. A new build gives a new sw.js; it waits
 * until the reader presses 「重新载入」 in the portal's 「手册已更新」 notice (src/client/service-worker.ts).
 *
 * Workbox's generateSW writes the worker, in two steps so the slow one is off the build's path:
 * - its code (Workbox bundled and minified: 1.7–2.5 s) does not depend on the pages, so a child
 *   process (service-worker-code.ts) generates it as soon as the build starts, with one marker entry
 *   as its precache list, while Astro bundles and renders;
 * - once the pages and the Pagefind index are written, Workbox's getManifest lists the files to
 *   precache (the same globs and options), and that list replaces the marker, written as generateSW
 *   writes it (sw.js is the same, byte for byte). If the child failed, generateSW runs here as before.
 *
 * Why workbox-build from a build hook rather than @vite-pwa/astro: the precache list must include
 * files written after Vite's build (the pages, redirects and Pagefind's index, by integrations that
 * run in astro:build:done), and must be written into the staging folder before atomicDist swaps it
 * in; a hook placed between the two does exactly that, with Workbox doing all the caching logic.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
// Only getManifest is needed on a normal build: workbox-build's index loads every tool (~0.3 s of
// CPU at start-up); generateSW is imported in the fallback alone.
import { getManifest } from 'workbox-build/build/get-manifest.js';
import type { GenerateSWOptions, GetManifestOptions, ManifestEntry } from 'workbox-build';
import { routes, withBase } from '../lib/urls';
import { PRECACHE_GLOBS } from '../lib/web-app';
import { runChild } from './build-child';

/** What to precache from the built site at `out` (the same for getManifest and generateSW). */
export function precacheOptions(out: string, base: string) {
  return {
    globDirectory: out,
    globPatterns: PRECACHE_GLOBS,
    // Site paths in the build become URLs under the base path (GitHub Pages: /<repo>/).
    modifyURLPrefix: { '': base },
    // Built code and Pagefind's chunks carry a hash in their names: no revision needed.
    dontCacheBustURLsMatching: /\/_astro\/|\.pf_(index|meta|filter)$/,
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  } satisfies GetManifestOptions;
}

/** The precache list's stand-in in the worker's code, replaced by the real list once the site is built. */
export const PRECACHE_MARKER = '__PLAYBOOK_PRECACHE_LIST__';

/** The precache list as generateSW's minified code writes it: `[{url:"/",revision:"…"},{url:"/_astro/x.js",revision:null}]`. */
export function precacheList(entries: readonly ManifestEntry[]): string {
  const entry = ({ url, revision }: ManifestEntry) =>
    `{url:${JSON.stringify(url)},revision:${revision == null ? 'null' : JSON.stringify(revision)}}`;
  return `[${entries.map(entry).join(',')}]`;
}

/** Everything generateSW needs apart from the files to precache: how the worker caches and answers. */
export function workerOptions(swDest: string, base: string): GenerateSWOptions {
  return {
    swDest,
    // Query strings (?q=, ?date=) are read by the page's script: /drill/?date=… is /drill/.
    ignoreURLParametersMatching: [/.*/],
    cacheId: 'playbook',
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    runtimeCaching: [
      {
        // Pages not precached (handbook sections, cases, forms, training…): the network's copy
        // when online, the last copy read when offline, else the offline page.
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkFirst',
        options: {
          cacheName: 'playbook-pages',
          expiration: { maxEntries: 400 },
          cacheableResponse: { statuses: [200] },
          precacheFallback: { fallbackURL: `${withBase(routes.offline(), base)}index.html` },
        },
      },
      {
        // Pagefind's per-page result fragments (content-hashed names): kept once shown.
        urlPattern: /\/pagefind\/fragment\/.+\.pf_fragment$/,
        handler: 'CacheFirst',
        options: { cacheName: 'playbook-search', expiration: { maxEntries: 1000 }, cacheableResponse: { statuses: [200] } },
      },
      {
        // Data the pages fetch (a role's path, the search fallback index): fresh when online.
        urlPattern: /\.json$/,
        handler: 'NetworkFirst',
        options: { cacheName: 'playbook-data', expiration: { maxEntries: 100 }, cacheableResponse: { statuses: [200] } },
      },
    ],
  };
}

/** The worker's code with PRECACHE_MARKER as its precache list, generated in a child process; rejects if the child fails. */
export function workerCode(projectRoot: string, base: string): Promise<string> {
  return runChild(projectRoot, 'service-worker-code.ts', [base]).then((out) => {
    if (out.split(PRECACHE_MARKER).length !== 2) throw new Error(`no single ${PRECACHE_MARKER} in the generated worker`);
    return out;
  });
}

export function serviceWorker(base: string): AstroIntegration {
  let code: Promise<string> | undefined;
  return {
    name: 'playbook:service-worker',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        code = workerCode(fileURLToPath(config.root), base);
        // Handled where it is awaited; until then a failure must not end the process.
        code.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const swDest = join(out, 'sw.js');
        const template = await code?.catch((error: unknown) => {
          logger.warn(`离线缓存代码未能预先生成，改为现在生成：${error instanceof Error ? error.message : String(error)}`);
          return undefined;
        });
        let result: { count: number; size: number; warnings: string[] };
        if (template) {
          // generateSW's globIgnores: Workbox's default and the worker itself.
          const globIgnores = ['**/node_modules/**/*', 'sw.js'];
          const { manifestEntries, ...rest } = await getManifest({ ...precacheOptions(out, base), globIgnores });
          const marker = precacheList([{ url: PRECACHE_MARKER, revision: null }]);
          writeFileSync(
            swDest,
            template.replace(marker, () => precacheList(manifestEntries ?? [])),
          );
          result = rest;
        } else {
          const { generateSW } = await import('workbox-build');
          result = await generateSW({ ...workerOptions(swDest, base), ...precacheOptions(out, base) });
        }
        for (const warning of result.warnings) logger.warn(warning);
        logger.info(`离线缓存：预先缓存 ${result.count} 个文件，共 ${(result.size / 1024).toFixed(0)} KiB（手册各节在阅读时缓存）`);
      },
    },
  };
}
