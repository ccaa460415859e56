/**
 * JavaScript each interactive page loads, gzip: its module scripts plus every chunk they import,
 * followed through the built files. Reads the existing dist/ (run `npm run build` first).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const name = 'page JavaScript (gzip, from dist/)';

const PAGES = [
  '/handbook/daily-work/morning-routine/',
  '/',
  '/quiz/daily-work/',
  '/training/',
  '/training/rep/',
  '/training/report/',
  '/training/calendar/',
];

/** Every JS file a page loads: its <script src> and inline-module imports, then their imports. */
export function pageScripts(dist: string, page: string): string[] {
  const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
  const queue = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
  for (const inline of html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g))
    queue.push(...[...inline[1]!.matchAll(/(?:from|import)\s*"([^"]+\.js)"/g)].map((m) => m[1]!));
  const seen = new Set<string>();
  while (queue.length) {
    const src = queue.shift()!;
    if (seen.has(src)) continue;
    seen.add(src);
    const code = readFileSync(join(dist, src), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) queue.push(src.replace(/[^/]+$/, m[1]!));
  }
  return [...seen];
}

export function run(): void {
  const dist = 'dist';
  for (const page of PAGES) {
    if (!existsSync(join(dist, page, 'index.html'))) continue;
    const files = pageScripts(dist, page);
    const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
    const inline = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('');
    const bytes =
      files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file))).length, 0) + (inline ? gzipSync(inline).length : 0);
    console.log(
      `${page.padEnd(40)} ${(bytes / 1024).toFixed(1).padStart(5)} kB gzip in ${files.length} file(s)${inline ? ' + inline' : ''}`,
    );
  }
}
