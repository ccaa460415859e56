/**
 * A project root of its own for a test that builds the site: a copy of the site's source under
 * the OS temp folder with this checkout's node_modules linked and the valid fixture content (or
 * the bundled content), so
 * the build never touches this checkout — not its content, not its .astro/ types, not its build
 * cache. `remove()` deletes the whole root.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SETTINGS } from '../../src/lib/site-settings';

export const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
/** What a build of the site reads besides content and node_modules. */
const SITE_SOURCE = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public'];

export interface SiteRoot {
  root: string;
  content: string;
  dist: string;
  remove: () => void;
}

export function siteRoot(prefix: string, content: 'fixture' | 'bundled' = 'fixture'): SiteRoot {
  const root = mkdtempSync(join(tmpdir(), prefix));
  const remove = () => rmSync(root, { recursive: true, force: true });
  try {
    for (const entry of SITE_SOURCE) cpSync(join(PROJECT, entry), join(root, entry), { recursive: true });
    symlinkSync(join(PROJECT, 'node_modules'), join(root, 'node_modules'), 'dir');
    cpSync(join(PROJECT, content === 'bundled' ? 'content' : 'tests/fixtures/valid'), join(root, 'content'), { recursive: true });
  } catch (error) {
    remove();
    throw error;
  }
  return { root, content: join(root, 'content'), dist: join(root, 'dist'), remove };
}

/**
 * Runs `astro build` in the root (in a child process, as `npm run build` would); returns its
 * output, or throws with the output attached when the build fails. `settings` are the build's
 * SITE_URL, REPO_URL… (src/lib/site-settings.ts); none of the caller's own leak into it.
 */
export function buildSite(site: SiteRoot, settings: Partial<Record<keyof typeof SETTINGS, string>> = {}): string {
  // The build cache defaults to node_modules/.astro, which the link would share with this
  // checkout's own builds; keep it in the root too.
  const script = `import { build } from 'astro'; await build({ root: ${JSON.stringify(site.root)}, cacheDir: ${JSON.stringify(join(site.root, '.cache'))}, logLevel: 'error' });`;
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['PLAYBOOK_CONTENT', ...Object.keys(SETTINGS)]) delete env[name];
  Object.assign(env, settings);
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: site.root, env, encoding: 'utf8', stdio: 'pipe' });
}
