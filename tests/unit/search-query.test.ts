/**
 * Query understanding against a vocabulary built by the real builder (buildLexicon) from a small
 * handbook: what a rep types → the terms search looks for.
 */
import { describe, expect, it } from 'vitest';
import {
  cleanQuery,
  MAX_QUERY,
  MAX_TERMS,
  pinyinLetters,
  searchedWords,
  stripFillers,
  understandQuery,
  widenedWords,
  type UnderstoodQuery,
} from '../../src/lib/search/query';
import { GLOSSARY_SHARDS, shardOf } from '../../src/lib/search/shards';
import { buildLexicon, glossaryShards, pinyinShards, synonymPairs, type VocabularyDoc } from '../../src/lib/search/vocabulary';

const docs: VocabularyDoc[] = [
  {
    title: '回款管理',
    text: '货款按合同约定日期收回。逾期第 1 天开始催收，超过 15 天暂停发货。回款情况每周汇报。税 由财务核算，价 以价格表为准。客户口中的拖款就是逾期。',
    tags: ['回款', '催收', '逾期'],
    questions: ['客户拖着不付款咋办', '逾期多久停止发货'],
  },
  {
    title: '工作时间、请假与加班',
    text: '按作息时间出勤；请假和加贝须事先请示。考勤记录每月汇总。加班须经批准。盖 章 由营业助理办理，章 在档案室保管。',
    tags: ['请假', '加班', '考勤记录'],
    questions: ['请假找谁批'],
  },
  {
    title: '样品管理',
    text: '寄样前先办审批，寄样的快递单号记入登记表。确认样由营业助理留存。税 费由客户承担。价 格另议。',
    tags: ['样品', '寄样'],
    questions: ['样品能不能免费给客户'],
  },
  {
    title: '方案与报价',
    text: '报价一律书面，写明单价、价格条件和有效期。按 CIF（到岸价）或 FOB 报价时写明运费。价 格以价格表为准。客户嫌太贵、要砍价时，先讲总成本。',
    tags: ['报价'],
    questions: [],
  },
];
const glossary = [
  {
    term: '回款',
    aliases: ['收款', '催款'],
    definition: '按合同约定收回货款。',
    section: { url: '/handbook/contracts/collection/', title: '回款管理' },
  },
  { term: '议价', aliases: ['砍价', '讲价'], definition: '与客户商谈价格。' },
  { term: '话术', aliases: ['说辞'], definition: '标准的说法。' },
  { term: 'CIF', aliases: ['到岸价'], definition: '成本加保险费加运费。' },
];
const colloquial = [
  { term: '逾期', aliases: ['拖款', '不付款', '赖账'] },
  { term: '催收', aliases: ['拖款', '赖账'] },
  { term: '价格太高', aliases: ['太贵', '嫌贵', '报价高'] },
  { term: '考勤', aliases: ['打卡'] },
  { term: '参观工厂', aliases: ['看工厂'] },
];
const { lexicon, pinyin, cards } = buildLexicon(docs, glossary, colloquial);
const understand = (query: string) => understandQuery(query, lexicon, pinyin);
const texts = (u: UnderstoodQuery) => u.terms.map((t) => t.text);
const wordsOf = (u: UnderstoodQuery, text: string) => u.terms.find((t) => t.text === text)?.words.map((w) => w.word);

describe('the vocabulary built from the content', () => {
  it('keeps single characters the content uses on their own, never particles', () => {
    expect(lexicon.chars).toContain('税');
    expect(lexicon.chars).toContain('章');
    expect(lexicon.chars).not.toContain('的');
    expect(lexicon.chars).not.toContain('由');
  });

  it('lists the vocabulary: glossary terms, synonyms, tags and words of titles, to keep whole', () => {
    expect(lexicon.words).toEqual(expect.arrayContaining(['寄样', '打卡', '报价', '回款', '议价', '催收']));
    expect(lexicon.words).not.toContain('的');
  });

  it('maps colloquial words to every handbook word they stand for, never to themselves', () => {
    expect(lexicon.synonyms).toContainEqual(['拖款', '逾期']);
    expect(lexicon.synonyms).toContainEqual(['拖款', '催收']);
    expect(lexicon.synonyms).toContainEqual(['到岸价', 'CIF']);
    expect(synonymPairs([{ term: '议价', aliases: ['议价', '砍价', '砍价'] }])).toEqual([['砍价', '议价']]);
  });

  it('keys words by full pinyin and initials, the common word first, sharded by first letter', () => {
    expect(pinyin.huikuan).toEqual(['回款']);
    expect(pinyin.hk?.[0]).toBe('回款');
    expect(pinyin.qj).toContain('请假');
    expect(pinyinShards(pinyin).h?.huikuan).toEqual(['回款']);
    expect(Object.keys(pinyinShards(pinyin).q ?? {}).every((key) => key.startsWith('q'))).toBe(true);
  });

  it('reads initials as the handbook word more pages use, whichever list names it, before colloquial words', () => {
    const page = (text: string): VocabularyDoc => ({ title: '', text, tags: [], questions: [] });
    const { pinyin: keys } = buildLexicon(
      [page('逾期第 1 天开始催收，出售前先查信用。'), page('催收三次仍不付款，出售暂停。'), page('外箱材数按厘米计算，出售时写明。')],
      [{ term: '材数', aliases: [], definition: '每个外箱的体积。' }],
      [
        { term: '催收', aliases: ['讨债'] },
        { term: '出手', aliases: [] },
        { term: '销售', aliases: ['出售'] },
      ],
    );
    // 催收 (named by the synonyms, on 2 pages) before the glossary's 材数 (on 1) and 出手 (on none);
    // the colloquial 出售, on every page, after them all.
    expect(keys.cs).toEqual(['催收', '材数', '出手']);
    expect(keys.cuishou).toEqual(['催收']);
  });

  it('records the Latin words of the content and a card per glossary term, its text in a shard of its own', () => {
    expect(lexicon.latin).toEqual(expect.arrayContaining(['cif', 'fob']));
    expect(lexicon.glossary['回款']).toEqual(['回款', '/handbook/contracts/collection/']);
    expect(lexicon.glossary.cif?.[0]).toBe('CIF');
    // The lexicon every first search loads carries no definitions; the card's shard does.
    expect(JSON.stringify(lexicon)).not.toContain('按合同约定收回货款');
    const shards = glossaryShards(cards);
    expect(shards).toHaveLength(GLOSSARY_SHARDS);
    expect(shards[shardOf('回款', GLOSSARY_SHARDS)]?.['回款']).toEqual(['按合同约定收回货款。', '回款管理']);
    expect(shards.flatMap((shard) => Object.keys(shard)).sort()).toEqual(Object.keys(lexicon.glossary).sort());
    expect(lexicon.pages).toBe(4);
  });
});

describe('query understanding', () => {
  it('strips question and filler words from a reviewed list', () => {
    for (const [query, left] of [
      ['客户拖着不付款咋办', ['客户', '不付款']],
      ['是不是要寄样', ['寄样']],
      ['寄样什么时候交', ['寄样']],
      ['审批干什么', ['审批']],
      ['报价怎么弄', ['报价']],
      ['有没有价格条件', ['价格', '条件']],
      ['能不能打卡', ['打卡']],
    ] as const) {
      const understood = understand(query);
      for (const text of left) expect(texts(understood)).toContain(text);
      expect(texts(understood).join('')).not.toMatch(/咋办|是不是|什么时候|干什么|怎么|有没有|能不能/);
    }
    expect(understand('合同包不包含运费').terms.map((t) => t.text)).toContain('包含');
    expect(stripFillers('怎么办').text.trim()).toBe('');
  });

  it('keeps single characters that are content words and drops particles', () => {
    expect(texts(understand('税'))).toEqual(['税']);
    expect(understand('税').terms[0]?.single).toBe(true);
    expect(texts(understand('章的'))).toEqual(['章']);
    expect(texts(understand('价吗'))).toEqual(['价']);
    expect(understand('的了吗').terms).toEqual([]);
    expect(understand('的了吗').dropped).toEqual(expect.arrayContaining(['的', '了', '吗']));
  });

  it('rejoins a domain word the segmenter splits into single characters', () => {
    expect(texts(understand('打卡'))).toEqual(['打卡']);
    expect(texts(understand('寄样要审批吗'))).toEqual(['寄样', '审批']);
  });

  it('maps colloquial words and glossary aliases to the handbook word, keeping what was typed', () => {
    expect(wordsOf(understand('拖款'), '拖款')).toEqual(['拖款', '逾期', '催收']);
    expect(wordsOf(understand('砍价'), '砍价')).toEqual(['砍价', '议价']);
    expect(widenedWords(understand('打卡'))).toEqual([{ from: '打卡', to: '考勤', via: 'synonym' }]);
  });

  it('searches a colloquial word no page holds only as the handbook words it stands for', () => {
    // 赖账 is on no page: Pagefind would list pages holding 赖 and 账 apart as holding it.
    expect(lexicon.synonyms).toContainEqual(['赖账', '逾期', 1]);
    expect(lexicon.synonyms).toContainEqual(['拖款', '逾期']);
    expect(wordsOf(understand('赖账'), '赖账')).toEqual(['逾期', '催收']);
    expect(widenedWords(understand('赖账')).map(({ to }) => to)).toEqual(['逾期', '催收']);
    // A word on no page that stands for no other is still searched as typed.
    expect(wordsOf(understand('区别'), '区别')).toEqual(['区别']);
  });

  it('never doubles characters when a synonym sits inside a longer phrase', () => {
    const understood = understand('报价价格太贵');
    expect(wordsOf(understood, '太贵')).toEqual(['太贵', '价格太高']);
    expect(searchedWords(understood).join(' ')).not.toContain('价格价格');
  });

  it('reads pinyin, full or initials, with or without spaces, through the vocabulary', () => {
    for (const query of ['hk', 'huikuan', 'hui kuan', 'HuiKuan']) {
      const understood = understand(query);
      expect(understood.terms).toHaveLength(1);
      expect(understood.terms[0]!.words[0]).toMatchObject({ word: '回款', via: 'pinyin' });
      expect(understood.unknown).toEqual([]);
    }
    expect(wordsOf(understand('qingjia'), 'qingjia')).toEqual(['请假']);
  });

  it('searches Latin words of the content as typed and never raw letters that are not', () => {
    expect(wordsOf(understand('CIF'), 'cif')).toEqual(['cif']);
    expect(wordsOf(understand('到岸价'), '到岸价')).toEqual(['到岸价', 'CIF']);
    expect(texts(understand('C&F 和 CIF 区别'))).toEqual(['c&f', 'cif', '区别']);
    const junk = understand('xqzv');
    expect(junk.terms).toEqual([]);
    expect(junk.unknown).toEqual(['xqzv']);
    expect(pinyinLetters('hk 回款 cif xq', lexicon)).toEqual(['h', 'x']);
  });

  it('completes a vocabulary word the rep is still typing at the end of the query', () => {
    expect(wordsOf(understand('价格太'), '价格太')).toEqual(['价格太', '价格太高']);
    // Only at the end, and only from three characters on.
    expect(wordsOf(understand('价格太 回款'), '价格太')).toBeUndefined();
    expect(understand('寄').terms.every((term) => term.words.length === 1)).toBe(true);
  });

  it('finds the phrase typed as written when it joins several terms', () => {
    expect(understand('寄样审批').phrase).toBe('寄样审批');
    expect(understand('寄样审批咋办').phrase).toBe('寄样审批');
    expect(understand('寄样').phrase).toBeUndefined();
    expect(understand('寄样的审批').phrase).toBeUndefined();
  });

  it('takes no phrase from a stretch of a longer query: the pages holding it need not answer the rest', () => {
    // 寄样审批 joins two of the three terms; the pages that hold it say nothing about 请假.
    expect(texts(understand('请假 寄样审批'))).toEqual(['请假', '寄样', '审批']);
    expect(understand('请假 寄样审批').phrase).toBeUndefined();
    expect(understand('请假后寄样审批').phrase).toBeUndefined();
  });

  it('drops a pronoun between a verb and its object and reads the words around it together', () => {
    // 看我们工厂 → 看工厂, a colloquial word for 参观工厂; 我们 alone is dropped as before.
    const understood = understand('客户想先看我们工厂');
    expect(wordsOf(understood, '看工厂')).toEqual(['参观工厂']);
    expect(understood.dropped).toContain('我们');
    expect(wordsOf(understand('看他们的工厂'), '看工厂')).toEqual(['参观工厂']);
    expect(understand('我们').terms).toEqual([]);
  });

  it('drops numbers and durations written in characters, and framing words around the subject', () => {
    // The content writes figures in digits; 手上 and 还有 frame the subject (我手上还有几个客户).
    const understood = understand('我手上还有几个请假三天一周的');
    expect(texts(understood)).toEqual(['请假']);
    expect(understood.dropped).toEqual(expect.arrayContaining(['手上', '还有', '几个', '三天', '一周']));
  });

  it('drops a comparison with an earlier time and reads the words around it together', () => {
    // 报价比上次高了 → 报价高了: 报价高 is a colloquial word for 价格太高; 这次 frames the subject.
    const understood = understand('客户说这次报价比上次高了');
    expect(wordsOf(understood, '报价高')).toEqual(['价格太高']);
    expect(understood.dropped).toEqual(expect.arrayContaining(['比上次', '这次']));
    expect(texts(understand('价格比以前太贵'))).toEqual(['价格', '太贵']);
    // A comparison with others stays: the competitor is the subject; so does a word ending in 比.
    expect(understand('价格比别家贵').dropped).not.toContain('比别家');
    expect(understand('对比以前的报价').dropped).not.toContain('比以前');
    expect(understand('比以前贵').dropped).toContain('比以前');
  });

  it('keeps at most a few telling terms of a long sentence', () => {
    const understood = understand('客户说我们价格比别家贵了百分之十让我降价还要九十天账期和免费寄样');
    expect(understood.terms.length).toBeLessThanOrEqual(MAX_TERMS);
    expect(texts(understood)).toContain('寄样');
  });

  it('keeps working on empty, huge, emoji, HTML and regex input', () => {
    expect(understand('').terms).toEqual([]);
    expect(understand('   ').query).toBe('');
    expect(understand('回款'.repeat(1000)).query).toHaveLength(MAX_QUERY);
    expect(understand('回款'.repeat(1000)).terms.map((t) => t.text)).toEqual(['回款']);
    expect(understand('😀🙈').terms).toEqual([]);
    expect(texts(understand('<img src=x onerror=alert(1)>回款'))).toContain('回款');
    expect(() => understand('.*[(?+\\')).not.toThrow();
    expect(understand('.*[(?+\\').terms).toEqual([]);
    expect(cleanQuery(' a\n\tb ')).toBe('a b');
  });
});
