// @ts-check
/**
 * Imports a TypeScript module, with the project modules it imports, as one plain JavaScript
 * module: esbuild bundles it (its packages left to Node) into node_modules/.cache/playbook-config/,
 * Node imports that file, and the file is removed. For astro.config.mjs: Astro imports a config
 * file with Node when Node can, and otherwise starts a Vite server that compiles every module the
 * config imports one by one — for this site's integrations ~100 TypeScript modules, about 0.8 s of
 * CPU at the start of every build, where esbuild takes well under 0.1 s.
 * Plain JavaScript, because Node imports it before anything can compile TypeScript.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/**
 * esbuild's options for one TypeScript module as a single module Node runs: the project's own
 * modules bundled in, its packages left to Node (resolved from node_modules at run time). Shared
 * with the build's child scripts (build-child.ts).
 * @satisfies {import('esbuild').BuildOptions}
 */
export const NODE_BUNDLE = /** @type {const} */ ({
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: `node${process.versions.node}`,
  logLevel: 'silent',
});

let imported = 0;

/**
 * The module `entry` (a file under `root`, the project's folder) exports, bundled as above. The
 * bundle lives under the project so that its packages resolve from the project's node_modules; its
 * name is this process's own, so builds running at once never read each other's.
 * @param {URL} root
 * @param {URL} entry
 * @returns {Promise<unknown>}
 */
export async function importBundled(root, entry) {
  const rootDir = fileURLToPath(root);
  const dir = join(rootDir, 'node_modules', '.cache', 'playbook-config');
  const file = join(dir, `bundle-${process.pid}-${++imported}.mjs`);
  const { outputFiles } = await build({
    entryPoints: [fileURLToPath(entry)],
    ...NODE_BUNDLE,
    absWorkingDir: rootDir,
    outfile: file,
    write: false,
    sourcemap: 'inline',
    sourcesContent: false,
  });
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, outputFiles[0]?.contents ?? '');
  process.setSourceMapsEnabled(true);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(file, { force: true });
  }
}
