/**
 * The header box's quick answers: built by the build's own step (answerTerms, searchSite over an
 * engine) and read back through the shards as written, they give a one-term query exactly the
 * search page's first results and count, and combine the terms of a longer query by coverage.
 */
import { describe, expect, it } from 'vitest';
import { answerTerms, termShares } from '../../src/integrations/quick-answers';
import { understandQuery } from '../../src/lib/search/query';
import {
  combineQuick,
  quickKeyOf,
  quickShardOf,
  quickShards,
  quickTerms,
  shortenExcerpt,
  type QuickShard,
} from '../../src/lib/search/quick-answers';
import { cardsFromCounts, loadHits, searchSite } from '../../src/lib/search/site-search';
import { buildLexicon } from '../../src/lib/search/vocabulary';
import { standIn } from './pagefind-stand-in';

const pages = [
  { url: '/collection/', title: '回款管理', content: '回款管理。货款到期前提醒；逾期第 1 天开始催收，超过 15 天暂停发货。' },
  { url: '/reminder/', title: '催收货款', content: '催收货款。逾期第一天就打电话，问清卡在哪一步，要到付款日期。' },
  { url: '/tiers/', title: '客户分级', content: '客户分级。客户分为重要客户、一般客户和潜在客户；客户档案随之更新，客户付款记录也看。' },
  { url: '/attendance/', title: '考勤', content: '考勤。每天打卡两次，外勤拜访客户用手机定位打卡。' },
  { url: '/remittance/', title: '汇款', content: '汇款。客户汇款以后，把银行水单发给财务核对。' },
  ...Array.from({ length: 8 }, (_, i) => ({
    url: `/visit-${i}/`,
    title: `客户拜访 ${i}`,
    content: `客户拜访 ${i}。拜访客户前准备资料，拜访后当天记录。`,
  })),
];

const engine = standIn(pages);

const { lexicon, pinyin } = buildLexicon(
  pages.map((page) => ({ title: page.title, text: page.content, tags: [], questions: [] })),
  [{ term: '回款', aliases: ['收款'], definition: '按合同约定收回货款。', section: { url: '/collection/', title: '回款管理' } }],
  [
    { term: '逾期', aliases: ['拖款'] },
    { term: '考勤', aliases: ['打卡'] },
  ],
);
const options = { lexicon, cardText: () => Promise.resolve({}) };

/** The shards as the browser reads them: written as JSON, looked up by each term's shard. */
async function built(): Promise<QuickShard[]> {
  return JSON.parse(JSON.stringify(quickShards(await answerTerms(engine, lexicon, pinyin)))) as QuickShard[];
}
function lookup(shards: QuickShard[]) {
  return (key: string) => {
    const shard = shards[quickShardOf(key)]!;
    const answer = shard.answers[key];
    return answer ? { answer, pages: shard.pages } : undefined;
  };
}

/** The quick answer for a query shows the search page's own first results for it, in order, and its count. */
async function expectAsSearchPage(shards: QuickShard[], query: string, withPinyin = false) {
  const page = await searchSite(engine, query, withPinyin ? { ...options, pinyin } : options);
  const quick = combineQuick(understandQuery(query, lexicon, withPinyin ? pinyin : undefined), lookup(shards));
  expect(quick, query).toBeDefined();
  expect(
    quick!.hits.map((hit) => hit.url),
    query,
  ).toEqual((await loadHits(page.results, 0, 5)).map((hit) => hit.url));
  expect(quick!.total, query).toBe(page.results.length);
  return page;
}

describe('quick answers', () => {
  it('give a one-term query the search page’s first results, in order, and its count', async () => {
    const shards = await built();
    for (const query of ['回款', '拖款', '客户', '拜访', '打卡怎么弄']) await expectAsSearchPage(shards, query);
  });

  it('give pinyin that reads as several words the search page’s own results for it, not those of its first reading', async () => {
    const shards = await built();
    // huikuan and hk read as 回款 and 汇款: ranked apart from either word alone.
    expect(pinyin.huikuan).toEqual(expect.arrayContaining(['回款', '汇款']));
    for (const query of ['huikuan', 'hk', 'hui kuan']) {
      const page = await expectAsSearchPage(shards, query, true);
      expect(
        page.understood.terms[0]!.words.map((w) => w.word),
        query,
      ).toEqual(expect.arrayContaining(['回款', '汇款']));
    }
    // A reading of one word still uses that word's answer (no file of its own).
    const single = Object.keys(pinyin).find((key) => pinyin[key]!.length === 1 && pinyin[key]![0] === '考勤')!;
    expect(quickTerms(lexicon, pinyin)).not.toContain(single);
    expect(combineQuick(understandQuery(single, lexicon, pinyin), lookup(shards))!.hits[0]!.url).toBe('/attendance/');
  });

  it('rank the pages covering more terms of a longer query first, without claiming a count', async () => {
    const quick = combineQuick(understandQuery('拜访客户打卡', lexicon), lookup(await built()))!;
    expect(quick.hits[0]!.url).toBe('/attendance/');
    expect(quick.total).toBeUndefined();
  });

  it('leave a query with a term they do not hold to Pagefind', async () => {
    const shards = await built();
    expect(combineQuick(understandQuery('回款 电话', lexicon), lookup(shards))).toBeUndefined();
    // A single character the content uses as a word has its own answer.
    expect(combineQuick(understandQuery('回款 天', lexicon), lookup(shards))).toBeDefined();
    expect(combineQuick(understandQuery('咋办', lexicon), lookup(shards))).toBeUndefined();
  });

  it('load each page once however many terms find it, with the excerpts of each term', async () => {
    const loads: string[] = [];
    const counting: typeof engine = {
      async search(query, options) {
        const found = await engine.search(query, options);
        return found && { results: found.results.map((r) => ({ ...r, data: () => (loads.push(r.id), r.data()) })) };
      },
    };
    const answers = await answerTerms(counting, lexicon, pinyin);
    expect(loads.length).toBeGreaterThan(0);
    expect(new Set(loads).size).toBe(loads.length);
    // Two terms finding the same page each highlight their own word in its excerpt.
    expect(answers.get('回款')!.top[0]!.hit.excerpt).toContain('<mark>回款</mark>');
    expect(answers.get('逾期')!.top.find((r) => r.hit.url === '/collection/')!.hit.excerpt).toContain('<mark>逾期</mark>');
  });

  it('are answered in shares that keep a word and its aliases together, each term once', () => {
    const shares = termShares(lexicon, 2, pinyin);
    expect(shares.flat().sort()).toEqual(quickTerms(lexicon, pinyin));
    const shareOf = (term: string) => shares.findIndex((share) => share.includes(term));
    expect(shareOf('收款')).toBe(shareOf('回款'));
    expect(shareOf('拖款')).toBe(shareOf('逾期'));
    expect(shareOf('打卡')).toBe(shareOf('考勤'));
    expect(shareOf('huikuan')).toBe(shareOf('回款'));
    expect(Math.abs(shares[0]!.length - shares[1]!.length)).toBeLessThanOrEqual(2);
  });

  it('choose the glossary cards of a longer query as the search page does: none for a word most pages hold', async () => {
    // 客户 is on nearly every page, 回款 on one: the search page shows 回款's card only. The lexicon's
    // page counts list only words on hundreds of pages, so the box needs the counts the build kept.
    const glossary = [
      { term: '回款', aliases: ['收款'], definition: '按合同约定收回货款。', section: { url: '/collection/', title: '回款管理' } },
      {
        term: '客户',
        aliases: ['买家'],
        definition: '购买或可能购买本公司产品的企业或个人。',
        section: { url: '/tiers/', title: '客户分级' },
      },
    ];
    const withCards = buildLexicon(
      pages.map((page) => ({ title: page.title, text: page.content, tags: [], questions: [] })),
      glossary,
      [],
    );
    const cardText = (keys: string[]) =>
      Promise.resolve(Object.fromEntries(keys.map((key) => [key, ['定义', '标题'] as [string, string]])));
    const shards = JSON.parse(JSON.stringify(quickShards(await answerTerms(engine, withCards.lexicon, withCards.pinyin)))) as QuickShard[];
    for (const query of ['客户 回款', '客户说回款怎么办', '客户']) {
      const understood = understandQuery(query, withCards.lexicon);
      const page = await searchSite(engine, query, { lexicon: withCards.lexicon, cardText });
      // What the box reads: the files of its terms, as search-quick.ts loads them.
      const files = understood.terms.map((term) => shards[quickShardOf(quickKeyOf(term)!)]!);
      const held = Object.assign({}, ...files.map((file) => file.held ?? {})) as Record<string, number>;
      const box = await cardsFromCounts(understood, withCards.lexicon, cardText, held);
      expect(
        box.map((card) => card.term),
        query,
      ).toEqual(page.cards.map((card) => card.term));
    }
    expect((await searchSite(engine, '客户 回款', { lexicon: withCards.lexicon, cardText })).cards.map((card) => card.term)).toEqual([
      '回款',
    ]);
  });

  it('cut excerpts to a few characters, closing a highlight and keeping escapes whole', () => {
    expect(shortenExcerpt('逾期第 1 天开始<mark>催收</mark>，超过 15 天暂停发货', 10)).toBe('逾期第 1 天开始<mark>催</mark>…');
    expect(shortenExcerpt('A&amp;B <mark>CIF</mark>', 3)).toBe('A&amp;B…');
    expect(shortenExcerpt('短', 10)).toBe('短');
  });
});
