/**
 * Site search ranking with a small stand-in for Pagefind (AND of words, quoted phrase search) over
 * a handful of pages, and the lexicon built from the same pages by the real builder.
 */
import { describe, expect, it } from 'vitest';
import {
  loadHits,
  searchSite,
  type PagefindApi,
  type PagefindResult,
  type RankedResult,
  type SiteHit,
} from '../../src/lib/search/site-search';
import { GLOSSARY_SHARDS, shardOf } from '../../src/lib/search/shards';
import { buildLexicon, glossaryShards } from '../../src/lib/search/vocabulary';

interface Page {
  url: string;
  title: string;
  content: string;
}

const pages: Page[] = [
  { url: '/collection/', title: '回款管理', content: '回款管理。货款到期前提醒；逾期第 1 天开始催收，超过 15 天暂停发货。' },
  { url: '/reminder/', title: '催收货款', content: '催收货款。逾期第一天就打电话，问清卡在哪一步，要到付款日期。' },
  {
    url: '/tiers/',
    title: '客户分级',
    content: '客户分级。客户分为重要客户、一般客户和潜在客户；客户的等级每季度复核，客户档案随之更新，客户付款记录也看。',
  },
  { url: '/plan/', title: '日程管理', content: '日程管理。制定工作计划的方法：先定目标，再排日程。' },
  { url: '/summary/', title: '工作总结与下月计划', content: '工作总结与下月计划。月度工作总结，工作量，下月计划，计划调整。' },
  { url: '/negotiation/', title: '谈判与签约', content: '谈判与签约。议价时先问清对比对象，以条件换条件。' },
  ...Array.from({ length: 12 }, (_, i) => ({
    url: `/visit-${i}/`,
    title: `客户拜访 ${i}`,
    content: `客户拜访 ${i}。拜访客户前准备资料，拜访后当天记录。`,
  })),
];

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const words = (text: string) => [...segmenter.segment(text.toLowerCase())].filter((s) => s.isWordLike).map((s) => s.segment);
const count = (text: string, word: string) => text.split(word).length - 1;

/** Searches made, to check what was (and was not) sent to the engine. */
const asked: string[] = [];
const pagefind: PagefindApi = {
  search(query) {
    asked.push(query);
    const quoted = /^".+"$/.test(query);
    const needle = query.replace(/"/g, '').toLowerCase();
    const hits = pages.flatMap((page, id) => {
      const text = `${page.title} ${page.content}`.toLowerCase();
      if (quoted) return text.includes(needle) ? [{ id, score: 1 }] : [];
      const parts = words(needle);
      if (parts.length === 0 || !parts.every((part) => text.includes(part))) return [];
      return [{ id, score: parts.reduce((sum, part) => sum + count(text, part) + 5 * count(page.title.toLowerCase(), part), 0) }];
    });
    const results: PagefindResult[] = hits
      .sort((a, b) => b.score - a.score)
      .map(({ id, score }) => ({
        id: String(id),
        score,
        data: () => Promise.resolve({ url: pages[id]!.url, content: pages[id]!.content, excerpt: '', meta: { title: pages[id]!.title } }),
      }));
    return Promise.resolve({ results });
  },
};

const { lexicon, pinyin, cards } = buildLexicon(
  pages.map((page) => ({ title: page.title, text: page.content, tags: [], questions: [] })),
  [
    { term: '议价', aliases: ['砍价'], definition: '与客户商谈价格。', section: { url: '/negotiation/', title: '谈判与签约' } },
    { term: '客户', aliases: ['客人'], definition: '购买本公司产品的单位。' },
    { term: '回款', aliases: ['收款'], definition: '按合同约定收回货款。', section: { url: '/collection/', title: '回款管理' } },
  ],
  [
    { term: '逾期', aliases: ['拖款', '不付款'] },
    { term: '催收', aliases: ['拖款'] },
  ],
);
/** Card text as the browser gets it (src/client/search-data.ts): the shards of the keys asked for. */
const shards = glossaryShards(cards);
const cardText = (keys: string[]) => Promise.resolve(Object.assign({}, ...keys.map((key) => shards[shardOf(key, GLOSSARY_SHARDS)])));
const options = { lexicon, pinyin, cardText };
const urls = (hits: SiteHit[]) => hits.map((hit) => hit.url);

describe('site search', () => {
  it('ranks the pages covering most of a question first, not the page repeating one of its words', async () => {
    const result = await searchSite(pagefind, '客户拖着不付款咋办', options);
    const top = urls(await loadHits(result.results, 0, 2));
    expect(top.sort()).toEqual(['/collection/', '/reminder/']);
  });

  it('maps a colloquial word to the handbook words and highlights them in the excerpt', async () => {
    const result = await searchSite(pagefind, '拖款', options);
    const [first] = await loadHits(result.results, 0, 1);
    expect(['/collection/', '/reminder/']).toContain(first!.url);
    expect(first!.excerpt).toMatch(/<mark>(逾期|催收)<\/mark>/);
  });

  it('puts pages holding the typed phrase as written first', async () => {
    const result = await searchSite(pagefind, '工作计划', options);
    expect(urls(await loadHits(result.results, 0, 2))).toEqual(['/plan/', '/summary/']);
  });

  it('makes every result reachable and counts exactly those', async () => {
    const result = await searchSite(pagefind, '拜访', options);
    expect(result.results).toHaveLength(12);
    const all = [...(await loadHits(result.results, 0, 5)), ...(await loadHits(result.results, 5, 100))];
    expect(new Set(urls(all)).size).toBe(12);
  });

  it('shows a glossary term as a card labelled with the term, not as a result', async () => {
    const result = await searchSite(pagefind, '砍价', options);
    expect(result.cards).toEqual([
      { term: '议价', typed: '砍价', definition: '与客户商谈价格。', url: '/negotiation/', title: '谈判与签约' },
    ]);
    expect(urls(await loadHits(result.results, 0, 3))).toEqual(['/negotiation/']);
    // A glossary word most pages use is named in passing: no card.
    expect((await searchSite(pagefind, '客户拜访记录', options)).cards).toEqual([]);
  });

  it('reads pinyin through the vocabulary and never searches the raw letters', async () => {
    asked.length = 0;
    const result = await searchSite(pagefind, 'hk', options);
    expect(result.understood.terms[0]?.words[0]?.word).toBe('回款');
    expect(urls(await loadHits(result.results, 0, 1))).toEqual(['/collection/']);
    expect(result.cards[0]).toMatchObject({ term: '回款', typed: 'hk' });
    expect(asked.some((query) => /hk/i.test(query))).toBe(false);
  });

  it('looks a short text that is part of a word up in the bigram index', async () => {
    // As the browser's part-of-a-word lookup gives them: keyed by the page's Pagefind id (here its index).
    const plan: SiteHit = { url: '/plan/', title: '日程管理', excerpt: '', sub: [] };
    const fallback = (text: string): Promise<RankedResult[]> =>
      Promise.resolve(
        text === '作计' ? [{ key: String(pages.findIndex((p) => p.url === plan.url)), score: 0, load: () => Promise.resolve(plan) }] : [],
      );
    const result = await searchSite(pagefind, '作计', { ...options, fallback });
    expect(result.fallback).toBe(true);
    expect(urls(await loadHits(result.results, 0, 1))).toEqual(['/plan/']);
    // Pagefind's results (for 拜访) follow, without the page the bigram index listed first.
    const visit = pages.findIndex((p) => p.url === '/visit-3/');
    const first: RankedResult = {
      key: String(visit),
      score: 0,
      load: () => Promise.resolve({ url: '/visit-3/', title: '', excerpt: '', sub: [] }),
    };
    const mixed = await searchSite(pagefind, '拜访前', { ...options, fallback: () => Promise.resolve([first]) });
    expect(mixed.fallback).toBe(true);
    const all = urls(await loadHits(mixed.results, 0, mixed.results.length));
    expect(all[0]).toBe('/visit-3/');
    expect(all.filter((url) => url === '/visit-3/')).toHaveLength(1);
    expect(all.filter((url) => url.startsWith('/visit-'))).toHaveLength(12);
    // A word the index holds is not looked up there.
    expect((await searchSite(pagefind, '催收', { ...options, fallback })).fallback).toBe(false);
  });

  it('answers empty, emoji, HTML, regex and huge input without failing', async () => {
    asked.length = 0;
    for (const query of ['', '   ', '😀🙈', '.*[(?+\\']) expect((await searchSite(pagefind, query, options)).results).toEqual([]);
    expect(asked).toEqual([]);
    const html = await searchSite(pagefind, '<img src=x onerror=alert(1)>催收', options);
    expect(urls(await loadHits(html.results, 0, 1))).toEqual(['/reminder/']);
    const huge = await searchSite(pagefind, '催收'.repeat(1000), options);
    expect(huge.query).toHaveLength(100);
  });
});
