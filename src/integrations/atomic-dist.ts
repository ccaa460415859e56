/**
 * A failed build never leaves a half-written dist/. Astro empties its outDir first and then
 * writes page by page, so an error at page 120 of 200 (an MDX component that throws while
 * rendering, a full disk) used to leave a site with holes that `astro preview`, `npm start` and
 * a deploy would serve as if it were whole.
 *
 * Instead the build writes into a staging folder next to the real one (`.dist-building/` beside
 * `dist/`: the same file system, so the swap is a rename, not a copy). Only a build that got
 * through `astro:build:done` — pages, then the redirect pages and the Pagefind index, which are
 * written by the integrations listed before this one and therefore run first — replaces dist/,
 * in one rename. A failed build removes its staging folder and leaves the last good dist/ exactly
 * as it was. Why a staging folder rather than deleting dist/ on failure: `astro preview` (and
 * `npm start`) keep serving the previous complete site, and there is no moment at which dist/
 * is missing or partial. Why not Astro's own outDir option alone: preview reads `outDir` from the
 * same config, so the configured dist/ must stay the folder that holds the finished site.
 *
 * Must be the last integration in the config (src/integrations/astro-config.ts).
 */
import type { AstroIntegration } from 'astro';
import { cpSync, existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The staging folder and the old-copy folder beside an output folder. */
export function stagingFolders(outDir: string): { staging: string; previous: string } {
  const parent = dirname(outDir);
  const name = basename(outDir);
  return { staging: join(parent, `.${name}-building`), previous: join(parent, `.${name}-previous`) };
}

/** Puts the finished `staging` folder in place of `outDir`; `outDir` stays whole until then. */
export function swapIn(staging: string, outDir: string, previous: string): void {
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(outDir)) {
    try {
      renameSync(outDir, previous);
    } catch {
      // dist/ cannot be moved (a mount point, a container volume): replace what is inside it.
      for (const entry of readdirSync(outDir)) rmSync(join(outDir, entry), { recursive: true, force: true });
      cpSync(staging, outDir, { recursive: true });
      rmSync(staging, { recursive: true, force: true });
      return;
    }
  }
  renameSync(staging, outDir);
  rmSync(previous, { recursive: true, force: true });
}

export function atomicDist(): AstroIntegration {
  let target: string | undefined;
  let staging: string | undefined;
  let previous: string | undefined;
  let done = false;
  return {
    name: 'playbook:atomic-dist',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        target = fileURLToPath(config.outDir).replace(/[/\\]$/, '');
        ({ staging, previous } = stagingFolders(target));
        // Left over from a build that was killed before it could clean up.
        rmSync(staging, { recursive: true, force: true });
        updateConfig({ outDir: pathToFileURL(`${staging}/`) });
        // Whatever ends the process before the swap (an error thrown by Astro, Ctrl-C), the
        // half-written staging folder goes; dist/ was never touched.
        process.once('exit', () => {
          if (!done && staging) rmSync(staging, { recursive: true, force: true });
        });
      },
      'astro:build:done': ({ logger }) => {
        if (!target || !staging || !previous) return;
        swapIn(staging, target, previous);
        done = true;
        logger.info(`网站已完整生成，替换 ${basename(target)}/`);
      },
    },
  };
}
