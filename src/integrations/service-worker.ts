/**
 * The service worker (sw.js): its code is src/worker/sw.ts (Workbox's modules: how pages, data and
 * search fragments are cached and answered offline), bundled by esbuild as soon as the build starts,
 * while Astro bundles and renders; once the pages, the Pagefind index and the search files are
 * written, the files to precache are listed (precache.ts) and that list takes the placeholder's place.
 *
 * Until 2026-12 Workbox's generateSW wrote the worker from options: the same modules, bundled with
 * Rollup, Babel and Terser in a child process, about 5 s of CPU a build for a worker that never
 * changes with the content (esbuild: about 0.1 s).
 *
 * Why a build hook rather than @vite-pwa/astro: the precache list must include files written after
 * Vite's build (the pages, redirects and Pagefind's index, by integrations that run in
 * astro:build:done), and must be written into the staging folder before atomicDist swaps it in; a
 * hook placed between the two does exactly that.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { build } from 'esbuild';
import { precacheManifest, type PrecacheEntry, type PrecacheOptions } from './precache';
import { routes, withBase } from '../lib/urls';
import { PRECACHE_GLOBS } from '../lib/web-app';

/** What to precache from the built site. */
export function precacheOptions(base: string) {
  return {
    globs: PRECACHE_GLOBS,
    base,
    // The worker itself is no file to precache.
    ignore: ['sw.js'],
    // Built code and Pagefind's chunks carry a hash in their names: no revision needed.
    unrevisioned: /\/_astro\/|\.pf_(index|meta|filter)$/,
    maxBytes: 4 * 1024 * 1024,
  } satisfies PrecacheOptions;
}

/** The precache list's stand-in in the worker's code (a global src/worker/sw.ts declares), replaced by the built site's list. */
export const PRECACHE_PLACEHOLDER = 'PLAYBOOK_PRECACHE';
/** The placeholder as a whole identifier in the bundled code. */
const placeholder = () => new RegExp(`\\b${PRECACHE_PLACEHOLDER}\\b`, 'g');

/** The precache list as minified code: `[{url:"/",revision:"…"},{url:"/_astro/x.js",revision:null}]`. */
export function precacheList(entries: readonly PrecacheEntry[]): string {
  const entry = ({ url, revision }: PrecacheEntry) =>
    `{url:${JSON.stringify(url)},revision:${revision == null ? 'null' : JSON.stringify(revision)}}`;
  return `[${entries.map(entry).join(',')}]`;
}

/** The worker's code (src/worker/sw.ts bundled and minified) with PRECACHE_PLACEHOLDER once as its precache list. */
export async function workerCode(projectRoot: string, base: string): Promise<string> {
  const { outputFiles } = await build({
    entryPoints: [join(projectRoot, 'src/worker/sw.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
    define: {
      // Workbox's modules log in development only.
      'process.env.NODE_ENV': '"production"',
      PLAYBOOK_OFFLINE_PAGE: JSON.stringify(`${withBase(routes.offline(), base)}index.html`),
    },
  });
  const code = outputFiles[0]?.text ?? '';
  const uses = code.match(placeholder())?.length ?? 0;
  if (uses !== 1) throw new Error(`src/worker/sw.ts bundled with ${uses} uses of ${PRECACHE_PLACEHOLDER}, not 1`);
  return code;
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
        if (!code) throw new Error('sw.js: the worker was not bundled (astro:config:setup did not run for a build)');
        const template = await code;
        const { entries, size, warnings } = await precacheManifest(out, precacheOptions(base));
        writeFileSync(
          swDest,
          template.replace(placeholder(), () => precacheList(entries)),
        );
        for (const warning of warnings) logger.warn(warning);
        logger.info(`离线缓存：预先缓存 ${entries.length} 个文件，共 ${(size / 1024).toFixed(0)} KiB（手册各节在阅读时缓存）`);
      },
    },
  };
}
