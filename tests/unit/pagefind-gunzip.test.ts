/**
 * Pagefind's files inflated by the platform's gzip before Pagefind reads them, on files Pagefind
 * itself writes: each one it would inflate comes out as Pagefind's own inflate gives it (starting
 * with its signature, so it skips its inflate), and every other request is left alone.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inflated, inflatingFetch, isPagefindFile } from '../../src/lib/search/pagefind-gunzip';

const BASE = '/playbook/pagefind/';
let dir: string;
/** Every file Pagefind wrote, by its URL on the site. */
const files = new Map<string, Uint8Array<ArrayBuffer>>();

function walk(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pagefind-gunzip-'));
  const { index } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  for (let i = 0; i < 20; i++) {
    await index!.addCustomRecord({
      url: `/p${i}/`,
      content: `客户回款第${i}条，报价单和样品。`,
      language: 'zh-cn',
      meta: { title: `第${i}页` },
      filters: { type: [i % 2 ? '话术' : '手册'] },
    });
  }
  await index!.writeFiles({ outputPath: dir });
  await pagefind.close();
  for (const path of walk(dir)) files.set(BASE + relative(dir, path), new Uint8Array(readFileSync(path)));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const origin = 'http://localhost:4321';
const serve = (url: string | URL | Request) => {
  const path = new URL(typeof url === 'string' || url instanceof URL ? url : url.url, origin).pathname;
  const body = files.get(path);
  return Promise.resolve(body ? new Response(body) : new Response('not found', { status: 404 }));
};

describe('Pagefind files inflated natively', () => {
  it('knows every compressed file Pagefind writes, and nothing else', () => {
    const matched = [...files.keys()].filter((url) => isPagefindFile(url, BASE));
    const kinds = new Set(matched.map((url) => url.replace(/.*\./, '')));
    expect([...kinds].sort()).toEqual(['pagefind', 'pf_filter', 'pf_fragment', 'pf_index', 'pf_meta']);
    for (const url of matched) expect(files.get(url)!.subarray(0, 2)).toEqual(new Uint8Array([0x1f, 0x8b]));
    const unmatched = [...files.keys()].filter((url) => !isPagefindFile(url, BASE));
    expect(unmatched).toContain(`${BASE}pagefind.js`);
    expect(unmatched).toContain(`${BASE}pagefind-entry.json`);
    // With a query string (Pagefind's cache tag) and as a whole URL; outside the folder, never.
    const meta = matched.find((url) => url.endsWith('.pf_meta'))!;
    expect(isPagefindFile(`${origin}${meta}?ts=123`, BASE)).toBe(true);
    expect(isPagefindFile(meta.replace(BASE, '/elsewhere/'), BASE)).toBe(false);
  });

  it('gives Pagefind each file as its own inflate would, signature first', async () => {
    for (const [url, bytes] of files) {
      if (!isPagefindFile(url, BASE)) continue;
      const out = await inflated(bytes);
      expect(Buffer.from(out).equals(gunzipSync(bytes)), url).toBe(true);
      expect(new TextDecoder().decode(out.subarray(0, 12)), url).toBe('pagefind_dcd');
    }
  });

  it('answers Pagefind’s requests inflated and passes every other response through as it came', async () => {
    const fetch = inflatingFetch(serve, BASE);
    const meta = [...files.keys()].find((url) => url.endsWith('.pf_meta'))!;
    const response = await fetch(`${origin}${meta}?ts=1`);
    expect(response.ok).toBe(true);
    expect(new TextDecoder().decode(new Uint8Array(await response.arrayBuffer()).subarray(0, 12))).toBe('pagefind_dcd');

    const code = await fetch(`${BASE}pagefind.js`);
    expect(Buffer.from(await code.arrayBuffer()).equals(Buffer.from(files.get(`${BASE}pagefind.js`)!))).toBe(true);
    const missing = await fetch(`${BASE}index/nothing.pf_index`);
    expect(missing.status).toBe(404);
  });

  it('leaves bytes a host already inflated, and bytes that do not inflate, for Pagefind to judge', async () => {
    const meta = [...files.entries()].find(([url]) => url.endsWith('.pf_meta'))![1];
    const plain = new Uint8Array(gunzipSync(meta));
    expect(Buffer.from(await inflated(plain)).equals(Buffer.from(plain))).toBe(true);
    const broken = meta.slice(0, 20);
    expect(Buffer.from(await inflated(broken)).equals(Buffer.from(broken))).toBe(true);
  });
});
