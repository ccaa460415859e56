/**
 * A throwaway site for testing revisions: the valid fixture content with one section moved to
 * version 2 (in a temp copy — real content is never edited), built into a temp folder with its own
 * cache and served by a tiny static server.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
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

export const REVISED_SECTION = 'daily-work/morning-routine';
export const REVISION_SUMMARY = '晨读训练改为 8:45 开始，增加情境演练要求';

export function buildRevisedSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'playbook-revised-'));
  const content = join(dir, 'content');
  cpSync(join(ROOT, 'tests/fixtures/valid'), content, { recursive: true });
  const file = join(content, 'handbook', `${REVISED_SECTION}.md`);
  const text = readFileSync(file, 'utf8')
    .replace(/^version: 1$/m, 'version: 2')
    .replace(/^effective: .*$/m, `effective: 2026-11-01\nchanges:\n  - { version: 2, date: 2026-11-01, summary: ${REVISION_SUMMARY} }`);
  writeFileSync(file, text);
  const script = `import { build } from 'astro'; await build({ root: ${JSON.stringify(ROOT)}, outDir: ${JSON.stringify(join(dir, 'dist'))}, cacheDir: ${JSON.stringify(join(dir, 'cache'))}, logLevel: 'error' });`;
  execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: ROOT,
    env: { ...process.env, PLAYBOOK_CONTENT: content },
    stdio: 'pipe',
  });
  return join(dir, 'dist');
}

/** Serves a built folder on a free port; resolves to its base URL. */
export function serve(dist: string): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    let path = join(dist, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  return new Promise((resolve) =>
    server.listen(0, () => resolve({ url: `http://localhost:${(server.address() as { port: number }).port}`, server })),
  );
}
