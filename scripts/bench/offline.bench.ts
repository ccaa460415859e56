/**
 * What a first visit stores for offline use (the service worker's precache, src/lib/web-app.ts):
 * files and bytes, raw and gzip, by kind, for the bundled content and for a generated corpus of
 * 2,000 sections and 1,000 scripts. Handbook sections are cached as they are read, so the section
 * count must not move these figures; script pages are precached, so the script count does.
 */
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateCorpus } from '../generate-corpus';

export const name = 'offline (service worker precache)';
const OUT = 'bench-out';

const KINDS: [string, RegExp][] = [
  ['code and styles (/_astro/)', /^\/_astro\//],
  ['script pages (/scripts/…)', /^\/scripts\//],
  ['drill', /^\/drill\//],
  ['glossary', /^\/glossary\//],
  ['search indexes (/search/*.json)', /^\/search\/.+\.json$/],
  ['Pagefind (engine, index chunks)', /^\/pagefind\//],
];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;

function precache(site: string): void {
  const worker = readFileSync(join(site, 'sw.js'), 'utf8');
  const urls = [...worker.matchAll(/\{url:"([^"]+)"/g)].map((match) => match[1] ?? '');
  const totals = new Map<string, { files: number; raw: number; gzip: number }>();
  for (const url of urls) {
    const kind = KINDS.find(([, pattern]) => pattern.test(url))?.[0] ?? 'shell (home, offline page, search page, icons, manifest)';
    const body = readFileSync(join(site, url));
    const total = totals.get(kind) ?? { files: 0, raw: 0, gzip: 0 };
    totals.set(kind, { files: total.files + 1, raw: total.raw + body.length, gzip: total.gzip + gzipSync(body).length });
  }
  let all = { files: 0, raw: 0, gzip: 0 };
  for (const [kind, total] of totals) {
    console.log(`  ${kind}: ${total.files} files, ${kb(total.raw)} (gzip ${kb(total.gzip)})`);
    all = { files: all.files + total.files, raw: all.raw + total.raw, gzip: all.gzip + total.gzip };
  }
  console.log(`  precached in all: ${all.files} files, ${kb(all.raw)} (gzip ${kb(all.gzip)})`);
}

function build(label: string, content: string, outDir: string): void {
  const started = performance.now();
  execSync(`npx astro build --outDir ${outDir}`, { stdio: 'ignore', env: { ...process.env, PLAYBOOK_CONTENT: content } });
  console.log(`${label} (built in ${((performance.now() - started) / 1000).toFixed(0)} s):`);
  precache(join(process.cwd(), outDir));
}

export function run(): void {
  build('bundled content', 'content', `${OUT}/offline-bundled`);
  const corpus = `${OUT}/offline-corpus-content`;
  generateCorpus(corpus, 2000, 1000);
  build('generated corpus, 2,000 sections and 1,000 scripts', corpus, `${OUT}/offline-corpus`);
}
