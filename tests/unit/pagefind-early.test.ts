/**
 * Index chunks fetched before Pagefind is ready (src/lib/search/pagefind-early.ts), on an index
 * Pagefind itself writes and re-cut as the build re-cuts it: for every search, the chunks named
 * from the metadata are exactly those Pagefind's own module then loads; and a file fetched early is
 * handed to Pagefind's fetch without fetching it again (src/lib/search/pagefind-gunzip.ts).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rechunkPagefind } from '../../src/integrations/pagefind-rechunk';
import { decodeCbor, type CborValue } from '../../src/lib/search/cbor';
import { chunksForSearch, chunkTable, pagefindWords, segmentsWords, type IndexChunk } from '../../src/lib/search/pagefind-early';
import { inflatingFetch } from '../../src/lib/search/pagefind-gunzip';

const WORDS = '客户 客户档案 客户拜访 客人 报价 报价单 回款 回款计划 逾期 税 税率 样品 寄样 展会 合同 付款 折扣 议价 CIF FOB'.split(' ');
const SEARCHES = [
  '客户',
  '"客户档案"',
  '客户档案',
  '税',
  '报价单怎么写',
  '"回款计划"',
  'CIF',
  'cif fob',
  '客户，报价！',
  '展会 样品 寄样',
  '没有的词',
  '客',
];

let dir: string;
let table: IndexChunk[];
/** The inflated metadata file. */
let meta: Uint8Array;

interface PagefindModule {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<unknown>;
}

beforeAll(async () => {
  // In the project (Vite's module runner loads Pagefind's module only from there), left out of git.
  mkdirSync(join(process.cwd(), 'node_modules', '.cache'), { recursive: true });
  dir = mkdtempSync(join(process.cwd(), 'node_modules', '.cache', 'pagefind-early-'));
  const { index } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  for (let i = 0; i < 60; i++) {
    const content = Array.from({ length: 30 }, (_, j) => WORDS[(i * 7 + j * 3) % WORDS.length]).join('，');
    await index!.addCustomRecord({ url: `/p${i}/`, content, language: 'zh-cn', meta: { title: `第${i}页` } });
  }
  await index!.writeFiles({ outputPath: dir });
  await pagefind.close();
  rechunkPagefind(dir, 300);
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  meta = gunzipSync(readFileSync(join(dir, `pagefind.${entry.languages['zh-cn']!.hash}.pf_meta`)));
  table = chunkTable(meta)!;
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The index chunks Pagefind's module loads for one search, fresh (nothing loaded before). */
async function chunksPagefindLoads(text: string, run: number): Promise<string[]> {
  const loaded: string[] = [];
  const scope = globalThis as { document?: unknown };
  const fetch = globalThis.fetch;
  scope.document = { currentScript: null, querySelector: (s: string) => (s === 'html' ? { getAttribute: () => 'zh-CN' } : null) };
  globalThis.fetch = (input: string | URL | Request) => {
    const url = input instanceof Request ? input.url : input instanceof URL ? input.href : input;
    const name = /index\/([^/]+)\.pf_index$/.exec(url)?.[1];
    if (name) loaded.push(name);
    try {
      return Promise.resolve(new Response(readFileSync(new URL(url.split('?')[0]!))));
    } catch {
      return Promise.resolve(new Response(null, { status: 404 }));
    }
  };
  try {
    // A fresh copy of Pagefind's module for each search (nothing loaded before), reading this index.
    const copy = join(dir, 'runs', String(run));
    mkdirSync(copy, { recursive: true });
    copyFileSync(join(dir, 'pagefind.js'), join(copy, 'pagefind.js'));
    const module = (await import(/* @vite-ignore */ pathToFileURL(join(copy, 'pagefind.js')).href)) as
      PagefindModule | { default: PagefindModule };
    const api = 'options' in module ? module : module.default;
    await api.options({ noWorker: true, baseUrl: '/', basePath: `${pathToFileURL(dir).href}/` });
    await api.init();
    await api.search(text);
    return loaded.sort();
  } finally {
    globalThis.fetch = fetch;
    delete scope.document;
  }
}

describe('index chunks fetched early', () => {
  it('reads the chunk table of the metadata as re-cut, and nothing else', () => {
    expect(table.length).toBeGreaterThan(3);
    expect(table.every(({ from, to, name }) => from instanceof Uint8Array && to instanceof Uint8Array && name.startsWith('zh-cn_'))).toBe(
      true,
    );
    // As a whole decode of the metadata reads it.
    const whole = decodeCbor(meta.subarray('pagefind_dcd'.length)) as CborValue[];
    const text = new TextDecoder();
    expect(table.map(({ from, to, name }) => [text.decode(from), text.decode(to), name])).toEqual(whole[2]);
    expect(chunkTable(new TextEncoder().encode('not pagefind'))).toBeUndefined();
    expect(chunkTable(meta.subarray(0, 40))).toBeUndefined();
  });

  it('names exactly the chunks Pagefind then loads, for words, phrases, sentences and Latin', async () => {
    const loaded: string[] = [];
    for (const [run, text] of SEARCHES.entries()) {
      const chunks = await chunksPagefindLoads(text, run);
      expect(chunksForSearch(table, text, 'zh-CN').sort(), text).toEqual(chunks);
      loaded.push(...chunks);
    }
    // Searches of several words load several chunks, and the searches between them most chunks.
    expect(loaded.length).toBeGreaterThan(SEARCHES.length);
    expect(new Set(loaded).size).toBeGreaterThan(table.length / 2);
  }, 60_000);

  it('reads a search as Pagefind does: its words, without punctuation, in lower case', () => {
    expect(pagefindWords('"CIF"，FOB！', 'zh-CN')).toEqual(['cif', 'fob']);
    expect(pagefindWords('   ', 'zh-CN')).toEqual([]);
    expect(segmentsWords('zh-CN')).toBe(true);
    expect(segmentsWords('en')).toBe(false);
  });

  it('hands Pagefind a file fetched early, inflated, without fetching it again', async () => {
    const file = readFileSync(join(dir, 'index', `${table[0]!.name}.pf_index`));
    const asked: string[] = [];
    const original = (input: RequestInfo | URL) => {
      asked.push(input instanceof Request ? input.url : input instanceof URL ? input.href : input);
      return Promise.resolve(new Response(new Uint8Array(file)));
    };
    const fetch = inflatingFetch(original, '/pagefind/');
    const early = await fetch.early(`/pagefind/index/${table[0]!.name}.pf_index`);
    const later = new Uint8Array(await (await fetch(`https://example.com/pagefind/index/${table[0]!.name}.pf_index`)).arrayBuffer());
    expect(asked).toHaveLength(1);
    expect(later).toEqual(early);
    expect(new TextDecoder().decode(later.subarray(0, 12))).toBe('pagefind_dcd');
    // Other files are not fetched early, and are fetched as asked.
    expect(await fetch.early('/search/lexicon.json')).toBeUndefined();
    await fetch('/pagefind/index/other.pf_index');
    expect(asked).toHaveLength(2);
  });
});
