/**
 * A throwaway site for testing revisions: the valid fixture content with one section moved to
 * version 2, built in a project root of its own under the OS temp folder (a copy of the site's
 * source with node_modules linked), so the build never touches this checkout — not its content,
 * not its .astro/ types, not its build cache — and served by a tiny static server. `close()`
 * stops the server and removes the whole temp root.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.ics': 'text/calendar',
};
/** What a build of the site reads besides content and node_modules. */
const SITE_SOURCE = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public'];

export const REVISED_SECTION = 'daily-work/morning-routine';
export const REVISION_SUMMARY = '晨读训练改为 8:45 开始，增加情境演练要求';

export interface BuiltSite {
  /** The temp project root. */
  root: string;
  /** Its built site. */
  dist: string;
  /** Removes the temp project root. */
  remove: () => void;
}

export interface SiteOptions {
  /** The site's repository address (src/site.config.ts); '' builds a department without one. */
  repository?: string;
}

export function buildRevisedSite(options: SiteOptions = {}): BuiltSite {
  const root = mkdtempSync(join(tmpdir(), 'playbook-revised-'));
  const remove = () => rmSync(root, { recursive: true, force: true });
  try {
    for (const entry of SITE_SOURCE) cpSync(join(ROOT, entry), join(root, entry), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
    if (options.repository !== undefined) {
      const config = join(root, 'src/site.config.ts');
      const text = readFileSync(config, 'utf8');
      const changed = text.replace(/^(\s*repository: ).*$/m, `$1${JSON.stringify(options.repository)},`);
      if (changed === text) throw new Error('src/site.config.ts has no `repository:` line to set');
      writeFileSync(config, changed);
    }
    const content = join(root, 'content');
    cpSync(join(ROOT, 'tests/fixtures/valid'), content, { recursive: true });
    const file = join(content, 'handbook', `${REVISED_SECTION}.md`);
    const text = readFileSync(file, 'utf8')
      .replace(/^version: 1$/m, 'version: 2')
      .replace(/^effective: .*$/m, `effective: 2026-11-01\nchanges:\n  - { version: 2, date: 2026-11-01, summary: ${REVISION_SUMMARY} }`);
    writeFileSync(file, text);
    // The build cache defaults to node_modules/.astro, which the link would share with this
    // checkout's own builds; keep it in the temp root too.
    const script = `import { build } from 'astro'; await build({ root: ${JSON.stringify(root)}, cacheDir: ${JSON.stringify(join(root, '.cache'))}, logLevel: 'error' });`;
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.PLAYBOOK_CONTENT;
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, env, stdio: 'pipe' });
  } catch (error) {
    remove();
    throw error;
  }
  return { root, dist: join(root, 'dist'), remove };
}

/** Serves a built folder on a free port; resolves to its base URL and a `close()` that stops it. */
export function serve(dist: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    let path = join(dist, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return new Promise((resolve) =>
    server.listen(0, () => {
      const address = server.address();
      const port = address && typeof address === 'object' ? address.port : 0;
      resolve({ url: `http://localhost:${port}`, close });
    }),
  );
}
