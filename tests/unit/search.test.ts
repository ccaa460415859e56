import { describe, expect, it } from 'vitest';
import { highlight, safeExcerpt } from '../../src/lib/search/excerpt';
import { buildIndex, load, searchIndex, serialize, type CompactIndex } from '../../src/lib/search/lunr-index';
import { pinyinKeys, pinyinOf } from '../../src/lib/search/pinyin-keys';
import { suggestRelated, relatedOf, type RelatedDoc } from '../../src/lib/search/related';
import { phrasesOf, rerankByPhrase } from '../../src/lib/search/rerank';
import { cleanQuery, searchSite, stripFillers, type PagefindApi, type PagefindData } from '../../src/lib/search/site-search';
import { synonymTable, widenQuery } from '../../src/lib/search/synonyms';
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

describe('alias widening', () => {
  const table = synonymTable([
    { term: '议价', aliases: ['砍价', '讲价'] },
    { term: '客户', aliases: ['客人'] },
    { term: '业务部经理', aliases: ['经理', '销售部经理'] },
    { term: '报价', aliases: ['baojia'] },
  ]);

  it('adds the canonical term for an alias, original first', () => {
    expect(widenQuery('砍价', table)).toEqual(['砍价', '议价']);
    expect(widenQuery('客人', table)).toEqual(['客人', '客户']);
  });

  it('combines several aliases in one query', () => {
    expect(widenQuery('客人砍价', table)).toEqual(['客人砍价', '客户议价', '客人议价', '客户砍价']);
  });

  it('prefers the longest alias and leaves the canonical term alone', () => {
    expect(widenQuery('销售部经理', table)).toEqual(['销售部经理', '业务部经理']);
    expect(widenQuery('议价', table)).toEqual(['议价']);
  });

  it('matches Latin aliases only as whole words', () => {
    expect(widenQuery('baojia', table)).toEqual(['baojia', '报价']);
    expect(widenQuery('xbaojiay', table)).toEqual(['xbaojiay']);
  });

  it('returns nothing for an empty query', () => {
    expect(widenQuery('  ', table)).toEqual([]);
  });
});

describe('phrase re-ranking', () => {
  const items = [
    { title: '月度考核', content: '工作总结与下月计划' },
    { title: '跨部门协调', content: '协调工作计划和交付' },
    { title: '制定工作计划', content: '…' },
    { title: '其他', content: '工作 与 计划 分开出现' },
  ];

  it('puts the exact phrase in the title first, then in the content, keeping engine order otherwise', () => {
    expect(rerankByPhrase(items, phrasesOf(['工作计划'])).map((i) => i.title)).toEqual(['制定工作计划', '跨部门协调', '月度考核', '其他']);
  });

  it('matches any synonym variant and ignores spaces', () => {
    expect(phrasesOf(['工作 计划', '工作计划'])).toEqual(['工作计划']);
    expect(rerankByPhrase(items, phrasesOf(['工作 计划']))[0]?.title).toBe('制定工作计划');
  });

  it('leaves single-character queries to the engine', () => {
    expect(rerankByPhrase(items, phrasesOf(['价']))).toEqual(items);
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
  it('keeps <mark> and escapes everything else', () => {
    expect(safeExcerpt('a <mark>报价</mark> <img src=x onerror=alert(1)>')).toBe('a <mark>报价</mark> &lt;img src=x onerror=alert(1)&gt;');
    expect(safeExcerpt('&lt;b&gt;')).toBe('&lt;b&gt;');
  });

  it('highlights words in plain text without interpreting it', () => {
    expect(highlight('<i>报价</i>单', ['报价'])).toBe('&lt;i&gt;<mark>报价</mark>&lt;/i&gt;单');
    expect(highlight('a.b', ['.'])).toBe('a<mark>.</mark>b');
  });
});

describe('site search ranking', () => {
  const pages: Record<string, PagefindData> = {
    a: { url: '/a/', content: '月度工作总结，下月计划', excerpt: '<mark>工作</mark>', meta: { title: '月度考核' } },
    b: { url: '/b/', content: '制定工作计划的方法', excerpt: '<mark>工作计划</mark>', meta: { title: '计划管理' } },
    c: { url: '/c/', content: '议价时先问清对比对象', excerpt: '<mark>议价</mark>', meta: { title: '谈判' } },
  };
  const pagefind: PagefindApi = {
    search(query) {
      const ids = query.includes('工作') ? ['a', 'b'] : query === '议价' ? ['c'] : [];
      return Promise.resolve({ results: ids.map((id, i) => ({ id, score: 1 - i * 0.1, data: () => Promise.resolve(pages[id]!) })) });
    },
  };
  const synonyms = synonymTable([{ term: '议价', aliases: ['砍价'] }]);

  it('re-ranks loaded results by exact phrase', async () => {
    const result = await searchSite(pagefind, '工作计划', { synonyms });
    expect(result.hits.map((h) => h.url)).toEqual(['/b/', '/a/']);
  });

  it('widens by aliases and strips question words', async () => {
    const result = await searchSite(pagefind, '怎么砍价？', { synonyms });
    expect(result.variants).toEqual(['砍价', '议价']);
    expect(result.hits[0]?.url).toBe('/c/');
  });

  it('falls back when Pagefind finds nothing, and answers an empty query with nothing', async () => {
    const result = await searchSite(pagefind, '段简', {
      synonyms,
      fallback: () => Promise.resolve([{ url: '/f/', title: 'F', excerpt: '', sub: [] }]),
    });
    expect(result.fallback).toBe(true);
    expect(result.hits[0]?.url).toBe('/f/');
    expect((await searchSite(pagefind, '   ', { synonyms })).hits).toEqual([]);
  });

  it('caps and cleans the query', () => {
    expect(cleanQuery('x'.repeat(2000))).toHaveLength(100);
    expect(cleanQuery(' a\n\tb ')).toBe('a b');
    expect(stripFillers('如何')).toBe('如何');
  });
});
