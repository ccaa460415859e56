/**
 * The lexicon cut by character (src/lib/search/lexicon-shards.ts): a query understood and ranked
 * with only the shards it loads gets exactly what the whole lexicon gives, while loading a few of
 * them. Lexicon and pinyin keys come from the real builder.
 */
import { describe, expect, it } from 'vitest';
import {
  joinLexicon,
  lexiconForQuery,
  shardsForText,
  splitLexicon,
  wholeLexicon,
  withDocFrequencies,
  type ShardSource,
} from '../../src/lib/search/lexicon-shards';
import { understandQuery, type PinyinTable } from '../../src/lib/search/query';
import { searchSite, type PagefindApi } from '../../src/lib/search/site-search';
import { buildLexicon, pinyinShards } from '../../src/lib/search/vocabulary';

const pages = [
  { title: '回款管理', text: '回款管理。货款到期前提醒；逾期第 1 天开始催收，超过 15 天暂停发货。CIF 报价含运费。' },
  { title: '催收货款', text: '催收货款。逾期第一天就打电话，问清卡在哪一步，要到付款日期。' },
  { title: '客户分级', text: '客户分级。客户分为重要客户、一般客户和潜在客户；每季度复核，客户档案随之更新。税 按 章 办。' },
  { title: '工作总结与下月计划', text: '月度工作总结，工作量，下月计划，计划调整。KPI 考核。打卡 考勤 打卡。' },
  { title: '谈判与签约', text: '谈判与签约。议价时先问清对比对象，以条件换条件。首件签样 首件签样。' },
];
const { lexicon, pinyin } = buildLexicon(
  pages.map((page) => ({ ...page, tags: [], questions: [] })),
  [
    { term: '议价', aliases: ['砍价'], definition: '与客户商谈价格。', section: { url: '/negotiation/', title: '谈判与签约' } },
    { term: '回款', aliases: ['收款'], definition: '按合同约定收回货款。', section: { url: '/collection/', title: '回款管理' } },
    { term: 'CIF', aliases: ['到岸价'], definition: '成本加保险费加运费。' },
  ],
  [
    { term: '逾期', aliases: ['拖款', '不付款', '赖账'] },
    { term: '催收', aliases: ['拖款'] },
    { term: '考勤', aliases: ['打卡'] },
  ],
);
const full = { ...lexicon, glossary: { ...lexicon.glossary, 回款: ['回款', '/collection/', 'page-1'] as [string, string, string] } };
const { core, shards } = splitLexicon(full, 8);
const letters = pinyinShards(pinyin);

/** Serves shards as the browser's loader does, counting what is fetched. */
function source(fetched: Set<number>): ShardSource {
  return {
    core,
    shards: (numbers) => {
      for (const n of numbers) fetched.add(n);
      return Promise.resolve(numbers.map((n) => shards[n]!));
    },
    pinyin: (keys) => Promise.resolve(Object.assign({}, ...keys.map((k) => letters[k] ?? {})) as PinyinTable),
  };
}

const QUERIES = [
  '客户拖着不付款咋办',
  '拖款',
  '赖账怎么办',
  '工作计划',
  '打卡',
  'hk',
  'huikuan',
  'hui kuan',
  'kanjia',
  '砍价',
  'cif',
  '到岸价是什么',
  'KPI',
  '税',
  '首件签',
  '回款管',
  '',
  '😀<b>',
  'zzzz',
];

/** A stand-in for Pagefind: every page holding the word. */
const engine: PagefindApi = {
  search: (query) => {
    const needle = query.replace(/"/g, '');
    return Promise.resolve({
      results: pages.flatMap((page, id) =>
        `${page.title}${page.text}`.includes(needle)
          ? [{ id: `page-${id}`, score: 1, data: () => Promise.resolve({ url: `/${id}/`, content: page.text, excerpt: '', meta: {} }) }]
          : [],
      ),
    });
  },
};

describe('lexicon shards', () => {
  it('split and joined again, are the whole lexicon', () => {
    expect(joinLexicon(core, shards)).toEqual(full);
  });

  it('give every query the understanding and the results the whole lexicon gives', async () => {
    for (const query of QUERIES) {
      const fetched = new Set<number>();
      const partial = await lexiconForQuery(query, source(fetched));
      const expected = understandQuery(query, full, pinyin);
      expect(understandQuery(query, partial.lexicon, partial.pinyin), query).toEqual(expected);
      const cardText = () => Promise.resolve({});
      const [a, b] = await Promise.all([
        searchSite(engine, query, { lexicon: full, pinyin, cardText }),
        searchSite(engine, query, { lexicon: partial.lexicon, pinyin: partial.pinyin, cardText }),
      ]);
      expect(
        b.results.map((r) => [r.key, r.score]),
        query,
      ).toEqual(a.results.map((r) => [r.key, r.score]));
    }
  });

  it('load only the shards of a short query’s characters and of the words it maps to', async () => {
    const fetched = new Set<number>();
    await lexiconForQuery('拖款', source(fetched));
    expect(fetched.size).toBeLessThan(shards.length);
    // 拖 and 款 as typed; 逾 and 催 where its synonyms 逾期 and 催收 are looked up in the glossary.
    expect([...fetched].sort()).toEqual(shardsForText('拖款逾催', 8));
  });

  it('carry the page counts the build adds, where a query’s lookup finds them', async () => {
    // As the build reads them from Pagefind's index (pagefindDocFrequencies): word → pages.
    const df = new Map([
      ['客户', 40],
      ['逾期', 12],
      ['催收', 9],
      ['计划', 30],
      ['回款', 15],
      ['考勤', 6],
    ]);
    const counted = shards.map((shard, n) => withDocFrequencies(shard, n, shards.length, df, 10));
    // Only words on at least 10 pages are counted; every character knows its most common word.
    expect(joinLexicon(core, counted).df).toEqual({ 客户: 40, 逾期: 12, 计划: 30, 回款: 15 });
    expect(joinLexicon(core, counted).starts).toEqual({ 客: '客户', 逾: '逾期', 催: '催收', 计: '计划', 回: '回款', 考: '考勤' });
    // The whole lexicon, as the build writes it for a query of many characters: what all shards join into, in order.
    expect(wholeLexicon(full, joinLexicon(core, counted))).toEqual(joinLexicon(core, counted));
    expect(wholeLexicon(full, joinLexicon(core, shards))).toEqual(joinLexicon(core, shards));
    const counting: ShardSource = { ...source(new Set()), shards: (numbers) => Promise.resolve(numbers.map((n) => counted[n]!)) };
    for (const query of QUERIES) {
      const { lexicon: partial, pinyin: keys } = await lexiconForQuery(query, counting);
      for (const term of understandQuery(query, partial, keys).terms)
        for (const { word } of term.words) {
          expect(partial.df?.[word], `${query}: ${word}`).toBe((df.get(word) ?? 0) >= 10 ? df.get(word) : undefined);
          if (df.has(word)) expect(partial.starts?.[word[0]!], `${query}: ${word}`).toBe(word);
        }
    }
  });

  it('are joined once per visit: every query of a source reads the shards loaded so far, understood as with the whole lexicon', async () => {
    const fetched = new Set<number>();
    const visit = source(fetched);
    for (const query of QUERIES) {
      const { lexicon: partial, pinyin: keys } = await lexiconForQuery(query, visit);
      expect(understandQuery(query, partial, keys), query).toEqual(understandQuery(query, full, pinyin));
    }
    // Asked again, a query needs no new shard and gets the lexicon already joined.
    const again = await lexiconForQuery(QUERIES[0]!, visit);
    expect((await lexiconForQuery(QUERIES[1]!, visit)).lexicon).toBe(again.lexicon);
  });

  it('give two queries asked at once (the search page’s quick answer and its Pagefind search) the same understanding', async () => {
    // Shards arrive a little later, as over the network: the second query finds them asked for, not yet joined.
    const slow: ShardSource = {
      ...source(new Set()),
      shards: (numbers) => new Promise((resolve) => setTimeout(() => resolve(numbers.map((n) => shards[n]!)), 5)),
    };
    for (const query of QUERIES) {
      const visit: ShardSource = { ...slow };
      const both = await Promise.all([lexiconForQuery(query, visit), lexiconForQuery(query, visit)]);
      for (const { lexicon: partial, pinyin: keys } of both)
        expect(understandQuery(query, partial, keys), query).toEqual(understandQuery(query, full, pinyin));
    }
  });

  it('fail, for every query waiting on them, while shards do not load, and understand the query once they do', async () => {
    // Offline: every fetch fails a little later, as the network does. The quick answer and the
    // Pagefind search ask at once; neither may understand the query without its shards (its words
    // would be taken for words no page holds: 「没有找到」 for a word the handbook uses).
    let online = false;
    const visit: ShardSource = {
      ...source(new Set()),
      shards: (numbers) =>
        new Promise((resolve, reject) =>
          setTimeout(() => (online ? resolve(numbers.map((n) => shards[n]!)) : reject(new Error('offline'))), 5),
        ),
    };
    const query = '回款';
    const both = await Promise.allSettled([lexiconForQuery(query, visit), lexiconForQuery(query, visit)]);
    expect(both.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    // Asked again later, still offline: it fails again, it does not answer from what never loaded.
    await expect(lexiconForQuery(query, visit)).rejects.toThrow('offline');
    online = true;
    const { lexicon: partial, pinyin: keys } = await lexiconForQuery(query, visit);
    expect(understandQuery(query, partial, keys)).toEqual(understandQuery(query, full, pinyin));
    expect(understandQuery(query, partial, keys).terms[0]!.words.length).toBeGreaterThan(0);
  });
});
