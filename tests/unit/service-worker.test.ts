/**
 * sw.js: src/worker/sw.ts bundled as the build starts, then the built site's precache list put in
 * place of its placeholder. (What the worker does in a browser — offline reading, the offline page,
 * 「手册已更新」 — is tested end to end in tests/e2e/offline.spec.ts.)
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRECACHE_PLACEHOLDER, precacheList, serviceWorker, workerCode } from '../../src/integrations/service-worker';

const BASE = '/sales-playbook/';
let site: string;
const files = {
  'index.html': '<h1>首页</h1>',
  'offline/index.html': '<h1>离线中</h1>',
  'scripts/price/index.html': '<h1>太贵了</h1>',
  '_astro/reading.Ab12Cd.js': 'export{}',
  'pagefind/pagefind-entry.json': '{}',
  'handbook/a/index.html': '<h1>不预先缓存</h1>',
};

/** Runs the integration as a build does, with `root` as the project root; returns sw.js and what it logged. */
async function build(root: string): Promise<{ sw: string; warnings: string[] }> {
  const warnings: string[] = [];
  const logger = { info: () => undefined, warn: (message: string) => warnings.push(message) } as unknown as AstroIntegrationLogger;
  const { hooks } = serviceWorker(BASE);
  const config = { root: pathToFileURL(`${root}/`) };
  await (hooks['astro:config:setup'] as (options: unknown) => Promise<void>)({ command: 'build', config });
  await (hooks['astro:build:done'] as (options: unknown) => Promise<void>)({ dir: pathToFileURL(`${site}/`), logger });
  return { sw: readFileSync(join(site, 'sw.js'), 'utf8'), warnings };
}

const list = (sw: string) => /\[\{url:"[^\]]*\]/.exec(sw)?.[0];

beforeAll(() => {
  site = mkdtempSync(join(tmpdir(), 'service-worker-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), text);
  }
});
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('sw.js: the worker bundled from src/worker/sw.ts with the built site’s precache list', () => {
  it('precaches the shell and the script pages, hashed files without a revision, and nothing else', async () => {
    const { sw, warnings } = await build(process.cwd());
    const precached = list(sw);
    expect(precached).toContain(`{url:"${BASE}_astro/reading.Ab12Cd.js",revision:null}`);
    expect(precached).toMatch(new RegExp(`\\{url:"${BASE}scripts/price/index\\.html",revision:"[0-9a-f]{32}"\\}`));
    expect(precached).toMatch(new RegExp(`\\{url:"${BASE}offline/index\\.html",revision:"[0-9a-f]{32}"\\}`));
    expect(sw).not.toContain('handbook/a/');
    expect(sw).not.toMatch(new RegExp(`\\b${PRECACHE_PLACEHOLDER}\\b`));
    // A page never read answers offline with the offline page, under the base path.
    expect(sw).toContain(`"${BASE}offline/index.html"`);
    for (const cache of ['playbook-pages', 'playbook-search', 'playbook-data']) expect(sw).toContain(cache);
    // This small site has no drill cards: the build says what will not open offline.
    expect(warnings).toContain('离线缓存：没有文件符合 drill/cards/*.json，这些内容离线时打不开。');
  }, 60_000);

  it('gives a page a new revision when it changes, and leaves the others’ alone', async () => {
    const revisions = (sw: string) => {
      const found: Record<string, string | undefined> = {};
      for (const match of (list(sw) ?? '').matchAll(/\{url:"([^"]+)",revision:("[0-9a-f]+"|null)\}/g)) found[match[1]!] = match[2];
      return found;
    };
    const before = revisions((await build(process.cwd())).sw);
    writeFileSync(join(site, 'scripts/price/index.html'), '<h1>太贵了（修订）</h1>');
    const after = revisions((await build(process.cwd())).sw);
    expect(after[`${BASE}scripts/price/index.html`]).not.toBe(before[`${BASE}scripts/price/index.html`]);
    expect({ ...after, [`${BASE}scripts/price/index.html`]: '' }).toEqual({ ...before, [`${BASE}scripts/price/index.html`]: '' });
  }, 60_000);

  it('leaves out a file too large to precache, and says so', async () => {
    mkdirSync(join(site, 'search'), { recursive: true });
    writeFileSync(join(site, 'search/lexicon.json'), Buffer.alloc(5 * 2 ** 20, 32));
    try {
      const { sw, warnings } = await build(process.cwd());
      expect(sw).not.toContain('search/lexicon.json');
      expect(warnings).toContain('离线缓存：search/lexicon.json 有 5.0 MiB，超过 4 MiB，不预先缓存。');
    } finally {
      rmSync(join(site, 'search/lexicon.json'));
    }
  }, 60_000);

  it('writes the list as minified code', () => {
    expect(
      precacheList([
        { url: '/a/', revision: 'f00' },
        { url: '/_astro/b.js', revision: null },
      ]),
    ).toBe('[{url:"/a/",revision:"f00"},{url:"/_astro/b.js",revision:null}]');
  });

  it('fails the build, saying why, when the worker’s code has no single place for the list', async () => {
    const root = mkdtempSync(join(tmpdir(), 'service-worker-root-'));
    try {
      mkdirSync(join(root, 'src/worker'), { recursive: true });
      writeFileSync(join(root, 'src/worker/sw.ts'), 'self.addEventListener("fetch", () => undefined);\n');
      await expect(workerCode(root, BASE)).rejects.toThrow(`src/worker/sw.ts bundled with 0 uses of ${PRECACHE_PLACEHOLDER}, not 1`);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
