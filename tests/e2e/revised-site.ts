/**
 * A throwaway site for testing revisions: the valid fixture content with one section moved to
 * version 2, built in a project root of its own (tests/helpers/site-root.ts) and served by a tiny
 * static server.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { buildSite, siteRoot, type SiteRoot } from '../helpers/site-root';

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

export function buildRevisedSite(): SiteRoot {
  const site = siteRoot('playbook-revised-');
  try {
    const file = join(site.content, 'handbook', `${REVISED_SECTION}.md`);
    const text = readFileSync(file, 'utf8')
      .replace(/^version: 1$/m, 'version: 2')
      .replace(/^effective: .*$/m, `effective: 2026-11-01\nchanges:\n  - { version: 2, date: 2026-11-01, summary: ${REVISION_SUMMARY} }`);
    writeFileSync(file, text);
    buildSite(site);
  } catch (error) {
    site.remove();
    throw error;
  }
  return site;
}

/**
 * Serves a built folder on a free port; resolves to its base URL and a `close()` that stops it.
 * With `base` (`/sales-playbook/`), the folder is served under that path only, as GitHub Pages
 * serves a project site, and the URL given back ends with it.
 */
export function serve(dist: string, base = '/'): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (!pathname.startsWith(base)) {
      response.writeHead(404).end('not found');
      return;
    }
    let path = join(dist, pathname.slice(base.length - 1));
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
      resolve({ url: `http://localhost:${port}${base.replace(/\/$/, '')}`, close });
    }),
  );
}
