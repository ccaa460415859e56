import { describe, expect, it } from 'vitest';
import { clipText, highlight, makeExcerpt, tidyText } from '../../src/lib/search/excerpt';
import { buildIndex, serialize, type CompactIndex } from '../../src/lib/search/lunr-index';
import { load, searchIndex } from '../../src/lib/search/lunr-query';
import { pinyinKeys, pinyinOf } from '../../src/lib/search/pinyin-keys';
import { suggestRelated, relatedOf, type RelatedDoc } from '../../src/lib/search/related';
import { joinShards, refsOf, shardOf, shardsFor, splitIndex } from '../../src/lib/search/shards';
import { Dictionary, queryTokens, tokenize } from '../../src/lib/search/tokenize';

describe('tokenizer', () => {
  it('cuts Chinese into words and bigrams, so a part of a word is still a token', () => {
    const tokens = tokenize('业务员按分段简化的流程报价');
    expect(tokens).toContain('报价');
    expect(tokens).toContain('段简'); // bigram across the segmenter's split 分段|简化
    expect(tokens).toContain('分段');
  });

  it('keeps glossary terms whole even when the segmenter splits them', () => {
    const dictionary = new Dictionary(['话术', '客户档案']);
    const tokens = tokenize('晨读时背诵标准话术并更新客户档案', { dictionary });
    expect(tokens).toContain('话术');
    expect(tokens).toContain('客户档案');
  });

  it('lower-cases Latin trade terms and keeps numbers', () => {
    expect(tokenize('按 CIF 或 FOB 报价，30 天')).toEqual(expect.arrayContaining(['cif', 'fob', '30']));
  });

  it('drops single characters from the index but searches a lone character as itself', () => {
    expect(tokenize('我的')).not.toContain('的');
    expect(queryTokens('价')).toEqual(['价']);
  });

  it('returns nothing for emoji, punctuation and empty input', () => {
    expect(queryTokens('😀🙈')).toEqual([]);
    expect(queryTokens('   ')).toEqual([]);
    expect(queryTokens('.*+?()[]')).toEqual([]);
  });

  it('computes pinyin keys (full and initials) at build time', () => {
    expect(pinyinKeys('报价')).toContain('baojia');
    expect(pinyinKeys('报价').split(' ')).toContain('bj');
    expect(pinyinOf('议价')).toEqual(['yijia', 'yj']);
  });

  it('keys ü as v, as a phone keyboard types it (效率 is "xiaolv", not "xiaol")', () => {
    expect(pinyinOf('效率')).toEqual(['xiaolv', 'xl']);
    expect(pinyinOf('法律')).toEqual(['falv', 'fl']);
    expect(pinyinKeys('绿色通道').split(' ')).toContain('lvsetongdao');
  });
});

describe('lunr index', () => {
  const docs = [
    { ref: 'quote', title: '报价话术', body: '价格太高时先问清客户比的是什么', py: pinyinKeys('报价话术') },
    { ref: 'visit', title: '客户拜访', body: '先约时间再拜访，按分段简化的流程准备', py: pinyinKeys('客户拜访') },
    { ref: 'cif', title: '解释 CIF 价格', body: 'CIF 包含运费和保险', py: pinyinKeys('解释价格') },
  ];
  const fields = [{ name: 'title', boost: 3 }, { name: 'body' }, { name: 'py', keys: true }];
  const index = buildIndex(docs, fields);
  const compact = load(JSON.parse(JSON.stringify(serialize(index))) as CompactIndex);

  it('scores the same after the compact serialisation round trip', () => {
    for (const query of ['报价', '价格', '拜访', 'cif', 'bj']) expect(searchIndex(compact, query)).toEqual(searchIndex(index, query));
  });

  it('finds a Chinese word, part of a word, a trade term and pinyin', () => {
    expect(searchIndex(compact, '报价')[0]?.ref).toBe('quote');
    expect(searchIndex(compact, '段简')[0]?.ref).toBe('visit');
    expect(searchIndex(compact, 'CIF')[0]?.ref).toBe('cif');
    expect(searchIndex(compact, 'baojia')[0]?.ref).toBe('quote');
    expect(searchIndex(compact, 'bj')[0]?.ref).toBe('quote');
    expect(searchIndex(compact, 'baoj')[0]?.ref).toBe('quote'); // still typing
  });

  it('treats lunr query syntax and HTML as plain text', () => {
    expect(() => searchIndex(compact, 'title:报价~2 +-*^')).not.toThrow();
    expect(() => searchIndex(compact, '<script>alert(1)</script>')).not.toThrow();
    expect(searchIndex(compact, '')).toEqual([]);
  });
});

describe('related suggestions', () => {
  const docs: RelatedDoc[] = [
    {
      id: 'sales/negotiation',
      kind: 'section',
      title: '谈判与议价',
      summary: '客户压价时如何让步',
      tags: ['议价'],
      text: '让步要换取数量或付款条件',
    },
    { id: 'sales/visits', kind: 'section', title: '客户拜访', summary: '拜访前的准备', tags: ['拜访'], text: '约时间，带样品' },
    {
      id: 'price-too-high',
      kind: 'script',
      title: '应对价格太高',
      summary: '客户嫌贵时的议价话术',
      tags: ['议价', '价格'],
      text: '您比较的是哪一家的价格',
    },
    { id: 'first-visit', kind: 'script', title: '首次拜访开场', summary: '第一次上门拜访', tags: ['拜访'], text: '您好，我是业务员' },
    { id: 'price-won', kind: 'case', title: '议价后赢单', summary: '守住底价拿下订单', tags: ['议价'], text: '让步换来更长的合同' },
  ];
  const related = suggestRelated(docs, { terms: ['议价'] });

  it('suggests content of each kind that shares words, never the document itself', () => {
    const forSection = relatedOf(related, 'section', 'sales/negotiation');
    expect(forSection.script[0]).toBe('price-too-high');
    expect(forSection.case).toEqual(['price-won']);
    expect(forSection.section).not.toContain('sales/negotiation');
    expect(relatedOf(related, 'script', 'first-visit').section[0]).toBe('sales/visits');
    expect(relatedOf(related, 'case', 'price-won').script[0]).toBe('price-too-high');
  });

  it('returns empty lists for an unknown document', () => {
    expect(relatedOf(related, 'case', 'nope')).toEqual({ section: [], script: [], case: [] });
  });
});

describe('excerpts', () => {
  it('highlights words in plain text without interpreting it', () => {
    expect(highlight('<i>报价</i>单', ['报价'])).toBe('&lt;i&gt;<mark>报价</mark>&lt;/i&gt;单');
    expect(highlight('a.b', ['.'])).toBe('a<mark>.</mark>b');
  });

  it('puts a Chinese full stop where Pagefind joined a heading to its text with a Latin ". "', () => {
    expect(tidyText('目的. 业务部与其他部门密切合作')).toBe('目的。业务部与其他部门密切合作');
    expect(tidyText('报价记录（C&F/CIF 运费、包装）. 客户挑中的产品')).toBe('报价记录（C&F/CIF 运费、包装）。客户挑中的产品');
    expect(tidyText('1.5 个点，e.g. this')).toBe('1.5 个点，e.g. this');
    // The stop Pagefind puts after a last block (the tags at the end of a page).
    expect(tidyText('客户维护。转介绍 复购.')).toBe('客户维护。转介绍 复购。');
    expect(tidyText('按 FOB 报价, e.g.')).toBe('按 FOB 报价, e.g.');
  });

  it('clips a summary at its last clause within the limit and says it goes on with 「…」', () => {
    const summary = '月度或年度考核后，面谈人与员工面谈时当场填写；员工先填自评，双方在约定的行动上签字，交营业助理存档。';
    expect(clipText(summary, 100)).toBe(summary);
    expect(clipText(summary, 40)).toBe('月度或年度考核后，面谈人与员工面谈时当场填写；员工先填自评…');
    expect([...clipText(summary, 40)].length).toBeLessThanOrEqual(40);
    // No mark in the second half: cut at the limit, never past it; emoji count as one character.
    expect(clipText('一二三四五六七八九十一二三四五六七八九十', 10)).toBe('一二三四五六七八九…');
    expect(clipText('😀😀😀😀😀😀', 4)).toBe('😀😀😀…');
  });

  it('starts at the beginning of a sentence or clause, never mid-word, and ends near a boundary', () => {
    const content =
      '月度培训计划. 部门根据员工的个人发展规划和岗位要求制定年度培训计划，定期组织内部培训。参训人员签到，培训后填写培训评估表，不能参加的事先请假。';
    const excerpt = makeExcerpt(content, ['签到'], 30);
    expect(excerpt).toBe('…参训人员<mark>签到</mark>，培训后填写培训评估表，不能参加的事先请假。');
    // The window holding the most different words wins.
    expect(makeExcerpt(content, ['评估表', '请假'], 30)).toContain('<mark>评估表</mark>，不能参加的事先<mark>请假</mark>');
    // No hit: the opening of the page.
    expect(makeExcerpt(content, ['不存在'], 10)).toBe('月度培训计划。部门…');
  });

  it('escapes the page text and the words', () => {
    expect(makeExcerpt('<b>报价</b> & 价格', ['<b>'])).toBe('<mark>&lt;b&gt;</mark>报价&lt;/b&gt; &amp; 价格');
  });
});

describe('sharded lunr index', () => {
  const docs = Array.from({ length: 40 }, (_, i) => ({
    ref: `s${i}`,
    title: ['报价话术', '客户拜访', '催收货款', '解释 CIF 价格', '样品寄送'][i % 5]! + i,
    body: ['价格太高时先问清客户比的是什么', '先约时间再拜访', '逾期第一天打电话', 'CIF 包含运费和保险', '寄样前先审批'][i % 5]!,
    py: pinyinKeys(['报价话术', '客户拜访', '催收货款', '解释价格', '样品寄送'][i % 5]!),
  }));
  const fields = [{ name: 'title', boost: 3 }, { name: 'body' }, { name: 'py', keys: true }];
  const whole = buildIndex(docs, fields);
  const { manifest, shards } = splitIndex(serialize(whole), 16);
  const wire = JSON.parse(JSON.stringify({ manifest, shards })) as { manifest: typeof manifest; shards: typeof shards };

  it('scores exactly as the whole index from only the shards a query needs', () => {
    for (const query of ['报价', '价格太高', '拜访', 'cif', 'bj', 'baoj', '催', '寄样审批']) {
      const needed = shardsFor(queryTokens(query), manifest);
      expect(needed.length).toBeLessThan(manifest.shards);
      const part = load(
        joinShards(
          wire.manifest,
          needed.map((n) => wire.shards[n]!),
        ),
      );
      expect(searchIndex(part, query)).toEqual(searchIndex(whole, query));
    }
  });

  it('joins the shards into exactly the index they were cut from, and some of them into its part', () => {
    const compact = serialize(whole);
    expect(joinShards(wire.manifest, wire.shards)).toEqual(compact);
    // Three shards, in another order: the index's own rows of their terms, vector entries renumbered.
    const some = wire.shards
      .flatMap((shard, n) => (shard.terms.length ? [n] : []))
      .slice(0, 3)
      .reverse();
    const held = new Set(some.flatMap((n) => wire.shards[n]!.terms.map((row) => row[0])));
    const kept = compact.terms.flatMap((row, old) => (held.has(row[0]) ? [{ row, old }] : []));
    const renumbered = new Map(kept.map(({ old }, i) => [old, i]));
    const vectors = compact.vectors.map((doc) =>
      doc.map((vector) =>
        vector.flatMap((value, i) => (i % 2 === 0 && renumbered.has(value) ? [renumbered.get(value)!, vector[i + 1]!] : [])),
      ),
    );
    expect(some).toHaveLength(3);
    expect(
      joinShards(
        wire.manifest,
        some.map((n) => wire.shards[n]!),
      ),
    ).toEqual({ ...compact, terms: kept.map(({ row }) => row), vectors });
  });

  it('answers nothing (without failing) for tokens whose shard is not loaded', () => {
    const none = load(joinShards(wire.manifest, []));
    expect(searchIndex(none, '报价')).toEqual([]);
  });
});

describe('part-of-a-word index cut by whole term', () => {
  // As the build makes it: pages numbered 0…n-1, title, summary and the opening of the text.
  const docs = Array.from({ length: 60 }, (_, i) => ({
    ref: String(i),
    title: ['客户档案', '客户拜访', '客户分级', '回款计划', '样品确认'][i % 5]! + i,
    text: ['客户档案要按月更新', '拜访客户前先约时间', '客户分为重要客户和一般客户', '回款计划每周核对', '样品确认后再报价'][i % 5]!,
  }));
  const whole = buildIndex(docs, [{ name: 'title', boost: 5 }, { name: 'text' }]);
  const { manifest, shards } = splitIndex(serialize(whole), 16, 'term');
  const wire = JSON.parse(JSON.stringify({ manifest, shards })) as { manifest: typeof manifest; shards: typeof shards };

  it('scores exactly as the whole index from the shards of the query’s tokens', () => {
    for (const query of ['户档', '客户拜', '款计', '样品确认', '核对']) {
      const needed = shardsFor(queryTokens(query), wire.manifest);
      expect(needed.length).toBeLessThan(manifest.shards);
      const part = load(
        joinShards(
          wire.manifest,
          needed.map((n) => wire.shards[n]!),
        ),
      );
      expect(searchIndex(part, query), query).toEqual(searchIndex(whole, query));
      expect(searchIndex(part, query).length, query).toBeGreaterThan(0);
    }
  });

  it('spreads the terms of a common first character over many shards, and lists numbered pages by count', () => {
    const terms = shards.flatMap((shard, n) => shard.terms.map((row) => [row[0] as string, n] as const));
    // 户档, 户拜, 户分, 户前, 户和: one shard if cut by first character, several by whole term.
    const starting = terms.filter(([term]) => term.startsWith('户'));
    expect(starting.length).toBeGreaterThanOrEqual(5);
    expect(new Set(starting.map(([, n]) => n)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(starting.map(([term]) => shardOf(term, 16))).size).toBe(1);
    expect(wire.manifest.refs).toBe(60);
    expect(refsOf(wire.manifest)).toEqual(docs.map((d) => d.ref));
  });
});
