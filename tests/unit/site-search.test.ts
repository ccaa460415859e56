/**
 * Site search ranking with a small stand-in for Pagefind (AND of words, quoted phrase search) over
 * a handful of pages, and the lexicon built from the same pages by the real builder.
 */
import { describe, expect, it } from 'vitest';
import { loadHits, rankedAlike, searchSite, type PagefindApi, type RankedResult, type SiteHit } from '../../src/lib/search/site-search';
import { understandQuery } from '../../src/lib/search/query';
import { GLOSSARY_SHARDS, shardOf } from '../../src/lib/search/shards';
import { buildLexicon, glossaryShards } from '../../src/lib/search/vocabulary';
import { PAGEFIND_DF_MIN } from '../../src/lib/search/indexes';
import { DEFER_PAGES } from '../../src/lib/search/site-search';
import { joinLexicon, splitLexicon, withDocFrequencies } from '../../src/lib/search/lexicon-shards';
import { standIn, words, type Page } from './pagefind-stand-in';

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

/** Searches made, to check what was (and was not) sent to the engine. */
const asked: string[] = [];
const pagefind = standIn(pages, asked);

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

  it('searches a word again after a search of it failed (offline, then back online)', async () => {
    // The browser keeps each word's evidence for the visit (search-engine.ts passes one cache).
    const cache = new Map();
    let online = false;
    const flaky: PagefindApi = {
      search: (query, options) => (online ? pagefind.search(query, options) : Promise.reject(new Error('index file did not load'))),
    };
    await expect(searchSite(flaky, '拖款', { ...options, cache })).rejects.toThrow('index file did not load');
    online = true;
    const result = await searchSite(flaky, '拖款', { ...options, cache });
    expect(['/collection/', '/reminder/']).toContain(urls(await loadHits(result.results, 0, 1))[0]);
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
    // Nor are words that pages hold as written (工作计划, cut in two): only when no page does.
    const asked: string[] = [];
    const counting = (text: string) => (asked.push(text), fallback(text));
    expect((await searchSite(pagefind, '工作计划', { ...options, fallback: counting })).fallback).toBe(false);
    expect(asked).toEqual([]);
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

describe("site search finds the typed phrase however the page's text is cut into words", () => {
  // Pagefind cuts a page's text into words in context: 请老客户转介绍 as 请老|客户|转|介绍, while the
  // query 老客户转介绍 is cut 老|客户|转|介绍, so its quoted search misses the page titled with it and
  // finds only the pages that hold the phrase in running text.
  const referral: Page[] = [
    { url: '/ask/', title: '请老客户转介绍', content: '请老客户转介绍。在客户肯定你的时候开口，问具体的人和需求，事后反馈结果。' },
    {
      url: '/prospecting/',
      title: '客户开发',
      content: '客户开发。通过电话、展会和开发信找到潜在客户。业务员的日常展业，以及展会、老客户转介绍等集中开发活动；老客户要定期联系。',
    },
    { url: '/after-sales/', title: '售后服务', content: '售后服务。按等级定期联系老客户，问满意度；客户满意时再谈转介绍。' },
    ...Array.from({ length: 6 }, (_, i) => ({
      url: `/visit-${i}/`,
      title: `客户拜访 ${i}`,
      content: `客户拜访 ${i}。拜访客户前准备资料。`,
    })),
  ];
  const engine = standIn(referral);
  const built = buildLexicon(
    referral.map((page) => ({ title: page.title, text: page.content, tags: [], questions: [] })),
    [],
    [
      { term: '转介绍', aliases: ['介绍客户'] },
      { term: '老客户', aliases: ['老主顾'] },
    ],
  );
  const opts = { lexicon: built.lexicon, pinyin: built.pinyin, cardText: () => Promise.resolve({}) };

  /** The engine, noting in `read` the page of every fragment asked for; `fails` says which fail to load. */
  const readingFragments = (read: string[], fails: (url: string) => boolean = () => false): PagefindApi => ({
    async search(query, options) {
      const found = await engine.search(query, options);
      return {
        results: (found?.results ?? []).map((result) => ({
          ...result,
          data: () => {
            const url = referral[Number(result.id)]!.url;
            read.push(url);
            return fails(url) ? Promise.reject(new Error('offline')) : result.data();
          },
        })),
      };
    },
  });

  it("counts a phrase in a page's title as much as one in running text", async () => {
    expect(understandQuery('老客户转介绍', built.lexicon).phrase).toBe('老客户转介绍');
    // The stand-in, like Pagefind, does not find the titled page by the quoted phrase…
    const quoted = await engine.search('"老客户转介绍"');
    expect(quoted!.results.map((r) => referral[Number(r.id)]!.url)).toEqual(['/prospecting/']);
    // …but its text holds the phrase, in the title: it ranks with the page holding it in running
    // text, before the page holding the words apart.
    const result = await searchSite(engine, '老客户转介绍', opts);
    const top = urls(await loadHits(result.results, 0, 3));
    expect(top.slice(0, 2).sort()).toEqual(['/ask/', '/prospecting/']);
    expect(top[2]).toBe('/after-sales/');
  });

  it('reads a result once, for the phrase and again to show it', async () => {
    const read: string[] = [];
    const result = await searchSite(readingFragments(read), '老客户转介绍', opts);
    const readForPhrase = read.length;
    const shown = urls(await loadHits(result.results, 0, 5));
    // The phrase was read from the first results, and those are the ones shown: read once each.
    expect(readForPhrase).toBeGreaterThan(0);
    expect(read.slice(0, readForPhrase).every((url) => shown.includes(url))).toBe(true);
    expect(read).toHaveLength(new Set(read).size);
    expect(new Set(read)).toEqual(new Set(shown));
  });

  it('reads a result again when its fragment failed to load', async () => {
    const read: string[] = [];
    let offline = true;
    const result = await searchSite(
      readingFragments(read, () => offline),
      '老客户转介绍',
      opts,
    );
    offline = false;
    const shown = await loadHits(result.results, 0, 5);
    expect(shown.map((hit) => hit.title)).toContain('请老客户转介绍');
  });

  it('reads only the first results, and a fragment that fails to load as not holding the phrase', async () => {
    const read: string[] = [];
    const failing = readingFragments(read, (url) => url === '/ask/');
    const result = await searchSite(failing, '老客户转介绍', opts);
    expect(read.length).toBeLessThanOrEqual(5);
    expect(result.results.length).toBeGreaterThan(2);
  });
});

describe('site search asks for the rarest terms first', () => {
  // A large handbook: every page a customer visit, a few about collection too.
  const large: Page[] = [
    ...pages,
    ...Array.from({ length: DEFER_PAGES + 100 }, (_, i) => ({
      url: `/report-${i}/`,
      title: `拜访报告 ${i}`,
      content: `客户拜访报告 ${i}。记录客户的需求${i % 50 === 0 ? '和逾期货款' : ''}。`,
    })),
  ];
  const log: string[] = [];
  const engine = standIn(large, log);
  const built = buildLexicon(
    large.map((page) => ({ title: page.title, text: page.content, tags: [], questions: [] })),
    [],
    [{ term: '逾期', aliases: ['拖款'] }],
  ).lexicon;
  // Page counts as the build adds them to the lexicon shards (pagefindDocFrequencies, then
  // withDocFrequencies): the pages holding each word the engine indexes, on at least PAGEFIND_DF_MIN pages.
  const df = new Map<string, number>();
  for (const page of large) for (const word of new Set(words(`${page.title} ${page.content}`))) df.set(word, (df.get(word) ?? 0) + 1);
  for (const [word, n] of df) if (n < PAGEFIND_DF_MIN) df.delete(word);
  const split = splitLexicon(built);
  const counted = {
    lexicon: joinLexicon(
      split.core,
      split.shards.map((shard, n) => withDocFrequencies(shard, n, split.shards.length, df, DEFER_PAGES)),
    ),
    cardText: () => Promise.resolve({}),
    cache: new Map(),
  };
  const whole = { lexicon: built, cardText: () => Promise.resolve({}) };

  it('shows the pages the rare words point to before asking for words on most pages, then the whole list', async () => {
    log.length = 0;
    const query = '客户拜访报告里逾期货款的需求怎么记录';
    const result = await searchSite(engine, query, counted);
    // Four of its words are on hundreds of pages: only the rarest of them is asked for first.
    expect(['客户', '拜访', '报告', '需求'].filter((word) => log.some((q) => q.includes(word)))).toHaveLength(1);
    const textOf = (url: string) => large.find((page) => page.url === url)!.content;
    expect(textOf(urls(await loadHits(result.results, 0, 1))[0]!)).toContain('逾期');
    const refined = result.refine ? await result.refine() : result.results;
    // They are on more than half the pages: beyond the query's rarest words, never asked for, not even
    // for the whole list (they say next to nothing about which page answers, and weigh most to fetch).
    expect(['客户', '拜访', '报告', '需求'].filter((word) => log.some((q) => q.includes(word)))).toHaveLength(1);
    expect(textOf(urls(await loadHits(refined, 0, 1))[0]!)).toContain('逾期');
    // Without page counts (a small handbook), every word is searched.
    log.length = 0;
    const all = await searchSite(engine, query, whole);
    expect(all.refine).toBeUndefined();
    expect(['客户', '拜访', '报告', '需求'].filter((word) => log.some((q) => q.includes(word)))).toHaveLength(4);
  });

  it('reads a character still being typed after a word as the most common word it starts', async () => {
    log.length = 0;
    let partOfWord = 0;
    const fallback = () => {
      partOfWord++;
      return Promise.resolve([]);
    };
    const result = await searchSite(engine, '逾期货', { ...counted, fallback });
    const [top] = urls(await loadHits(result.results, 0, 1));
    expect(large.find((page) => page.url === top)!.content).toContain('逾期货款');
    // Neither the lone character nor, before or after the first results, the part-of-a-word index:
    // the pages holding 逾期货款 are the ones it would list.
    expect(log.filter((q) => !q.startsWith('"') && /货(?!款)/.test(q))).toEqual([]);
    await result.refine!();
    expect(partOfWord).toBe(0);
  });

  it('searches a short query whole at once, and the whole query when its rare words find too little', async () => {
    expect((await searchSite(engine, '逾期货款', counted)).refine).toBeUndefined();
    // 罚款, 违约 and 赔偿 are on no page: too little to show first, so the whole query is searched.
    log.length = 0;
    const result = await searchSite(engine, '客户罚款违约赔偿', counted);
    expect(result.refine).toBeUndefined();
    expect(log.some((q) => q.includes('客户'))).toBe(true);
    expect(result.results.length).toBeGreaterThan(3);
  });
});

describe('queries ranked alike (a quick answer painted before Pagefind answers)', () => {
  const understood = (query: string) => understandQuery(query, lexicon, pinyin);
  it('are one term searching the same words: their results are the same, in the same order', async () => {
    for (const [query, built] of [
      ['回款', '回款'],
      ['拖款', '拖款'],
      ['回款怎么办', '回款'],
      ['  砍价 ', '砍价'],
    ] as const) {
      expect(rankedAlike(understood(query), understood(built)), query).toBe(true);
      const keys = async (text: string) => (await searchSite(pagefind, text, options)).results.map((result) => result.key);
      expect(await keys(query), query).toEqual(await keys(built));
    }
  });

  it('are not a query of several terms, pinyin read otherwise, part of a word or a word still being typed', () => {
    for (const [query, built] of [
      ['回款 计划', '回款'],
      ['hk', '回款'],
      ['户档', '户档'],
      ['客户分', '客户分级'],
      ['', '回款'],
    ] as const)
      expect(rankedAlike(understood(query), understood(built)), query).toBe(false);
    // hk is read as 回款 first, then other words: weighed otherwise than 回款 typed.
    expect(understood('hk').terms[0]!.words.length).toBeGreaterThan(understood('回款').terms[0]!.words.length);
  });
});
