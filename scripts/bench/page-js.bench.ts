/**
 * JavaScript each kind of page really loads, gzip: the pages are opened in Chromium over dist/ and
 * every script the browser fetches is counted (module scripts, their chunks, and what elements load
 * right after start-up, such as the progress store or the drill's FSRS code). What the header search
 * box loads on its first focus is counted apart. Reads the existing dist/ (run `npm run build` first).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, resolveChromium } from '../chromium';

export const name = 'page JavaScript (gzip, from dist/, as Chromium loads it)';

const PAGES = [
  '/',
  '/handbook/',
  '/handbook/daily-work/',
  '/handbook/daily-work/morning-routine/',
  '/scripts/',
  '/scripts/price-too-high/',
  '/cases/price-objection-won/',
  '/glossary/',
  '/forms/customer-record/',
  '/search/?q=报价',
  '/drill/',
  '/quiz/daily-work/',
  '/training/',
  '/training/rep/',
  '/training/report/',
  '/training/calendar/',
  '/changes/',
  '/print/',
];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

/** dist/ over HTTP on a free port, as a static host serves it. */
export function serveDist(dist: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    let path = join(dist, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    const found = existsSync(path);
    response.writeHead(found ? 200 : 404, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
    response.end(found ? readFileSync(path) : '');
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })),
  );
}

export interface PageJs {
  /** Script paths (/_astro/…) fetched while the page loads and settles. */
  atLoad: string[];
  /** Added by the first focus of the header search box. */
  onSearch: string[];
}

/** Opens each page in Chromium and records the scripts it fetches. */
export async function measurePages(dist: string, pages: readonly string[]): Promise<Map<string, PageJs>> {
  const { server, origin } = await serveDist(dist);
  const browser = await chromium.launch({ executablePath: resolveChromium(), args: CHROMIUM_ARGS });
  const out = new Map<string, PageJs>();
  try {
    for (const path of pages) {
      const page = await browser.newPage();
      const scripts: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.origin === origin && url.pathname.endsWith('.js')) scripts.push(url.pathname);
      });
      await page.goto(origin + path, { waitUntil: 'networkidle' });
      const atLoad = [...new Set(scripts)];
      await page.focus('#site-search-q');
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      out.set(path, { atLoad, onSearch: [...new Set(scripts)].filter((src) => !atLoad.includes(src)) });
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return out;
}

/** Sum of the files' gzip sizes in kB (Pagefind's own files included, as the browser fetches them). */
export const gzipKb = (dist: string, files: string[]): number =>
  files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file))).length, 0) / 1024;

export async function run(): Promise<void> {
  const dist = 'dist';
  const pages = PAGES.filter((page) => existsSync(join(dist, page.split('?')[0]!, 'index.html')));
  for (const [page, { atLoad, onSearch }] of await measurePages(dist, pages)) {
    console.log(
      `${page.padEnd(40)} ${gzipKb(dist, atLoad).toFixed(1).padStart(5)} kB gzip in ${String(atLoad.length).padStart(2)} file(s)` +
        `  (+ ${gzipKb(dist, onSearch).toFixed(1)} kB in ${onSearch.length} on first search)`,
    );
  }
}
