/**
 * Pagefind's word index re-cut into small chunks, on an index Pagefind itself writes: every word
 * keeps its postings, and every term finds (by Pagefind's own rule) the chunk holding all the
 * words it is the start of.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pagefindDocFrequencies, rechunkPagefind } from '../../src/integrations/pagefind-rechunk';
import { decodeCbor, encodeCbor, type CborValue } from '../../src/lib/search/cbor';
import { chunkBounds, chunkFor, compareBytes, cutWords, type PagefindWord } from '../../src/lib/search/pagefind-chunks';

const WORDS = '客户 客户档案 客户拜访 客人 报价 报价单 回款 回款计划 逾期 税 税率 样品 寄样 展会 合同 付款 折扣 议价 CIF FOB'.split(' ');

let dir: string;
/** The text of each page indexed. */
const contents: string[] = [];
const read = (file: string) => gunzipSync(readFileSync(file)).subarray('pagefind_dcd'.length);
const entry = () => JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
const meta = () => decodeCbor(read(join(dir, `pagefind.${entry().languages['zh-cn']!.hash}.pf_meta`))) as CborValue[];
/** Every word of the index with its postings, in the order of the chunk table. */
function words(): PagefindWord[][] {
  return (meta()[2] as string[][]).map(([, , hash]) => (decodeCbor(read(join(dir, 'index', `${hash}.pf_index`))) as PagefindWord[][])[0]!);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pagefind-chunks-'));
  const { index } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  for (let i = 0; i < 60; i++) {
    const content = Array.from({ length: 30 }, (_, j) => WORDS[(i * 7 + j * 3) % WORDS.length]).join('，');
    contents.push(content);
    await index!.addCustomRecord({ url: `/p${i}/`, content, language: 'zh-cn', meta: { title: `第${i}页` } });
  }
  await index!.writeFiles({ outputPath: dir });
  await pagefind.close();
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Pagefind index re-cut into small chunks', () => {
  it('keeps every word and its postings, in more and smaller chunks', () => {
    const before = words();
    const beforeFiles = readdirSync(join(dir, 'index'));
    const [report] = rechunkPagefind(dir, 300);
    const after = words();
    expect(report!.after.chunks).toBeGreaterThan(report!.before.chunks);
    expect(after.length).toBe(report!.after.chunks);
    const sorted = (chunks: PagefindWord[][]) => chunks.flat().sort((a, b) => compareBytes(a[0], b[0]));
    expect(JSON.stringify(sorted(after))).toBe(JSON.stringify(sorted(before)));
    // Only the new chunks are left, and the entry points at the new metadata.
    const files = readdirSync(join(dir, 'index'));
    expect(files.filter((file) => beforeFiles.includes(file))).toEqual([]);
    expect(files.sort()).toEqual((meta()[2] as string[][]).map(([, , hash]) => `${hash}.pf_index`).sort());
    expect(readdirSync(dir).filter((file) => file.endsWith('.pf_meta'))).toEqual([`pagefind.${entry().languages['zh-cn']!.hash}.pf_meta`]);
  });

  it('sends every term to the one chunk holding all the words it starts (Pagefind’s lookup rule)', () => {
    const chunks = words();
    const table = (meta()[2] as string[][]).map(([from, to]) => ({ from: from!, to: to! }));
    const all = chunks.flat().map(([word]) => word);
    expect(all.length).toBeGreaterThan(10);
    for (const word of all) {
      for (const term of [...word].map((_, n) => [...word].slice(0, n + 1).join(''))) {
        const found = chunkFor(table, term);
        expect(found, term).toBeGreaterThanOrEqual(0);
        const holding = new Set(chunks.flatMap((chunk, i) => (chunk.some(([w]) => w.startsWith(term)) ? [i] : [])));
        expect([...holding], term).toEqual([found]);
      }
    }
  });
});

describe('page counts of words, read from the index Pagefind wrote', () => {
  it('counts the pages holding each common word, and leaves rarer words out', () => {
    const df = pagefindDocFrequencies(dir, 5);
    // Words no other word of the pages contains: the pages holding them are the pages listing them.
    for (const word of ['FOB', 'CIF', '逾期', '合同', '议价']) {
      const pages = contents.filter((content) => content.split('，').includes(word)).length;
      expect(pages).toBeGreaterThanOrEqual(5);
      expect(df.get(word.toLowerCase()), word).toBe(pages);
    }
    expect([...df.values()].every((pages) => pages >= 5 && pages <= contents.length)).toBe(true);
    expect(df.has('第')).toBe(false);
    expect(pagefindDocFrequencies(dir, contents.length + 1).size).toBe(0);
  });
});

describe('cutting words', () => {
  const word = (w: string): PagefindWord => [w, []];
  const list = ['付款', '客', '客人', '客户', '客户档案', '客户拜访', '报价', '报价单'].map(word).sort((a, b) => compareBytes(a[0], b[0]));

  it('keeps words starting alike together and cuts a group too large where the next character changes', () => {
    expect(cutWords(list, () => 1, 3, 5).map((chunk) => chunk.map(([w]) => w))).toEqual([
      ['付款'],
      ['客', '客人', '客户', '客户拜访', '客户档案'],
      ['报价', '报价单'],
    ]);
    // 客 outweighs the largest chunk allowed: cut where its second character changes.
    const cut = cutWords(list, () => 1, 2, 3).map((chunk) => chunk.map(([w]) => w));
    expect(cut).toEqual([['付款'], ['客', '客人'], ['客户', '客户拜访', '客户档案'], ['报价', '报价单']]);
    const bounds = chunkBounds(cut.map((chunk) => chunk.map(word)));
    expect(chunkFor(bounds, '客')).toBe(1);
    expect(chunkFor(bounds, '客户')).toBe(2);
    expect(chunkFor(bounds, '客户档')).toBe(2);
    expect(chunkFor(bounds, '报')).toBe(3);
    expect(chunkFor(bounds, 'cif')).toBe(0);
  });
});

describe('CBOR of Pagefind files', () => {
  it('re-encodes what it decodes to the same bytes', () => {
    const value: CborValue = [
      '1.6.0',
      [
        ['zh-cn_abc', 864, ''],
        ['税率', [[3, [-25, 173, 70000, 4_300_000_000], []]], []],
      ],
      true,
      null,
    ];
    const bytes = encodeCbor(value);
    expect(decodeCbor(bytes)).toEqual(value);
    expect(Buffer.compare(Buffer.from(encodeCbor(decodeCbor(bytes))), Buffer.from(bytes))).toBe(0);
  });

  it('leaves an index in a format it does not know exactly as it was', () => {
    const copy = mkdtempSync(join(tmpdir(), 'pagefind-unknown-'));
    try {
      writeFileSync(
        join(copy, 'pagefind-entry.json'),
        JSON.stringify({ version: '9', languages: { 'zh-cn': { hash: 'zh-cn_x', wasm: null, page_count: 1 } } }),
      );
      // A float where Pagefind 1.6 writes none: not a format this module can rewrite faithfully.
      const meta = gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from([0x82, 0xfa, 0x3f, 0x80, 0x00, 0x00, 0x80])]));
      writeFileSync(join(copy, 'pagefind.zh-cn_x.pf_meta'), meta);
      expect(() => rechunkPagefind(copy, 300)).toThrow();
      expect(readFileSync(join(copy, 'pagefind.zh-cn_x.pf_meta'))).toEqual(meta);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
