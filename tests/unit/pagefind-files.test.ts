/**
 * The files Pagefind starts with, named on the search page at build time
 * (src/lib/search/pagefind-files.ts): the names Pagefind itself derives from its entry file.
 */
import { describe, expect, it } from 'vitest';
import { pagefindStartFiles, readPagefindFiles, withPagefindFiles, type PagefindEntry } from '../../src/lib/search/pagefind-files';

const entry: PagefindEntry = { languages: { 'zh-cn': { hash: 'zh-cn_38e96274b4c48', wasm: null } } };
const page = (attributes = '') =>
  `<!DOCTYPE html><html lang="zh-CN"><head></head><body><search-page${attributes}><form></form></search-page></body></html>`;

describe('Pagefind start files', () => {
  it('are named as Pagefind names them: its metadata by hash, the WebAssembly of the language or "unknown"', () => {
    expect(pagefindStartFiles(entry, 'zh-CN')).toEqual(['pagefind.zh-cn_38e96274b4c48.pf_meta', 'wasm.unknown.pagefind']);
    const two: PagefindEntry = { languages: { en: { hash: 'en_1a2b', wasm: 'en' }, 'zh-cn': { hash: 'zh-cn_3c4d' } } };
    expect(pagefindStartFiles(two, 'en')).toEqual(['pagefind.en_1a2b.pf_meta', 'wasm.en.pagefind']);
    // A language the index does not have: Pagefind's first index.
    expect(pagefindStartFiles(two, 'fr')).toEqual(['pagefind.en_1a2b.pf_meta', 'wasm.en.pagefind']);
    expect(pagefindStartFiles({ languages: {} }, 'zh-cn')).toEqual([]);
  });

  it('are written on the search page’s element, and read back; a page without it is unchanged', () => {
    const html = withPagefindFiles(page(), entry);
    expect(html).toContain('<search-page data-pagefind-files="pagefind.zh-cn_38e96274b4c48.pf_meta wasm.unknown.pagefind">');
    const value = /data-pagefind-files="([^"]*)"/.exec(html)?.[1];
    expect(readPagefindFiles(value)).toEqual(['pagefind.zh-cn_38e96274b4c48.pf_meta', 'wasm.unknown.pagefind']);
    expect(withPagefindFiles(page(' class="x"'), entry)).toContain('<search-page data-pagefind-files="');
    expect(withPagefindFiles('<html lang="zh-CN"><body><main></main></body></html>', entry)).toBe(
      '<html lang="zh-CN"><body><main></main></body></html>',
    );
    expect(withPagefindFiles(page(), { languages: {} })).toBe(page());
  });

  it('never yield a path or markup: only plain file names are read', () => {
    expect(readPagefindFiles(null)).toEqual([]);
    expect(readPagefindFiles('../x.pf_meta  wasm.unknown.pagefind "><script>')).toEqual(['wasm.unknown.pagefind']);
    expect(pagefindStartFiles({ languages: { 'zh-cn': { hash: '"><b>', wasm: null } } }, 'zh-cn')).toEqual(['wasm.unknown.pagefind']);
  });
});
