/**
 * The intranet deployment: this checkout's dist/ served through deploy/nginx.conf by the machine's
 * nginx, on a port of its own. What a reader's browser is told — types and charset, compression,
 * caching, the security headers, the 404 page — is checked on the wire, then the portal is used
 * through it (search included) with the CSP header in force.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './console';
import { serveWithNginx } from './nginx-server';
import { contentSecurityPolicyHeader } from '../../src/lib/csp';

const DIST = fileURLToPath(new URL('../../dist', import.meta.url));

test.describe.configure({ mode: 'serial' });
let server: { url: string; close: () => Promise<void> } | undefined;

test.beforeAll(async () => {
  server = await serveWithNginx(DIST);
});
test.afterAll(async () => {
  await server?.close();
});

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** One GET, with exactly the request headers given (no automatic decompression). */
function get(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${server?.url}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const first = (dir: string, pattern: RegExp) => {
  const name = readdirSync(join(DIST, dir)).find((file) => pattern.test(file));
  if (!name) throw new Error(`no ${pattern} in dist/${dir}`);
  return `/${dir}/${name}`;
};

const SECURITY_HEADERS = {
  'content-security-policy': contentSecurityPolicyHeader,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
};

test('pages are UTF-8 HTML, never cached unchecked, and carry the security headers', async () => {
  for (const path of ['/', '/handbook/', '/scripts/', '/search/']) {
    const page = await get(path);
    expect(page.status, path).toBe(200);
    expect(page.headers['content-type'], path).toBe('text/html; charset=utf-8');
    expect(page.headers['cache-control'], path).toBe('no-cache');
    expect(page.headers, path).toMatchObject(SECURITY_HEADERS);
    expect(page.headers['permissions-policy'], path).toContain('camera=()');
    expect(page.headers.server, path).toBe('nginx');
  }
  expect(readFileSync(join(DIST, 'index.html'), 'utf8')).toBe((await get('/')).body.toString('utf8'));
});

test('hashed assets are cached for a year; text is gzip-compressed for browsers that accept it', async () => {
  const script = first('_astro', /\.js$/);
  const plain = await get(script);
  expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(plain.headers['content-type']).toBe('application/javascript; charset=utf-8');
  expect(plain.headers['content-encoding']).toBeUndefined();

  for (const path of ['/', '/search/lexicon.json', first('_astro', /\.css$/)]) {
    const zipped = await get(path, { 'Accept-Encoding': 'gzip' });
    const size = readFileSync(join(DIST, path.endsWith('/') ? `${path}index.html` : path)).length;
    if (size < 512) continue;
    expect(zipped.headers['content-encoding'], path).toBe('gzip');
    expect(zipped.headers.vary, path).toBe('Accept-Encoding');
    expect(zipped.body.length, path).toBeLessThan(size / 2);
  }
  expect((await get('/search/lexicon.json')).headers['content-type']).toBe('application/json; charset=utf-8');
  expect((await get('/search/lexicon.json')).headers['cache-control']).toBe('no-cache');
});

test('Pagefind: its hashed chunks are cached for a year, its entry files are always checked', async () => {
  expect((await get(first('pagefind/index', /\.pf_index$/))).headers['cache-control']).toBe('public, max-age=31536000, immutable');
  expect((await get(first('pagefind/fragment', /\.pf_fragment$/))).headers['cache-control']).toBe('public, max-age=31536000, immutable');
  for (const path of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json']) {
    const answer = await get(path);
    expect(answer.status, path).toBe(200);
    expect(answer.headers['cache-control'], path).toBe('no-cache');
  }
});

test('calendars and the feed have their types; a folder without its slash redirects relatively', async () => {
  const ics = await get('/training/calendar/plan.ics');
  expect(ics.headers['content-type']).toBe('text/calendar; charset=utf-8');
  expect(ics.body.toString('utf8')).toContain('BEGIN:VCALENDAR');
  expect((await get('/changes/rss.xml')).headers['content-type']).toBe('text/xml; charset=utf-8');
  const moved = await get('/handbook');
  expect(moved.status).toBe(301);
  expect(moved.headers.location).toBe('/handbook/');
});

test('the service worker and the manifest are checked with the server on every use, so a revision reaches readers', async () => {
  const worker = await get('/sw.js');
  expect(worker.status).toBe(200);
  expect(worker.headers['cache-control']).toBe('no-cache');
  expect(worker.headers['content-type']).toBe('application/javascript; charset=utf-8');
  const manifest = await get('/manifest.webmanifest');
  expect(manifest.headers['content-type']).toBe('application/manifest+json; charset=utf-8');
  expect(manifest.headers['cache-control']).toBe('no-cache');
  expect((await get('/icons/icon-192.png')).headers['content-type']).toBe('image/png');
});

test('an unknown address gets the portal’s Chinese 404 page, with the security headers', async () => {
  const missing = await get('/handbook/no-such-section/');
  expect(missing.status).toBe(404);
  expect(missing.headers['content-type']).toBe('text/html; charset=utf-8');
  expect(missing.headers).toMatchObject(SECURITY_HEADERS);
  expect(missing.body.toString('utf8')).toBe(readFileSync(join(DIST, '404.html'), 'utf8'));
});

test('the portal works through nginx with the CSP header in force: reading and searching', async ({ page }) => {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      void (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  await page.goto(`${server?.url}/scripts/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto(`${server?.url}/search/?q=${encodeURIComponent('报价')}`);
  await expect(page.locator('.hit').first()).toBeVisible({ timeout: 15_000 });
  expect(violations).toEqual([]);
});
