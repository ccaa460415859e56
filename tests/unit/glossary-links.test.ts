import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/lib/glossary-links';

describe('glossary term matching', () => {
  const match = createMatcher([
    { term: '客户档案', texts: ['客户档案', '客户资料'] },
    { term: '议价', texts: ['议价', '砍价'] },
    { term: 'FOB', texts: ['FOB'] },
  ]);

  it('links the longest term at a position, once per page', () => {
    const seen = new Set<string>();
    expect(match('先查客户档案，再看客户资料。', seen)).toEqual([{ start: 2, end: 6, term: '客户档案' }]);
    expect(match('客户档案', seen)).toEqual([]);
  });

  it('finds aliases and links them to the term', () => {
    expect(match('客户一直在砍价', new Set())).toEqual([{ start: 5, end: 7, term: '议价' }]);
  });

  it('matches Latin terms only as whole words', () => {
    expect(match('按 FOB 宁波报价', new Set())).toEqual([{ start: 2, end: 5, term: 'FOB' }]);
    expect(match('FOBX 不是术语', new Set())).toEqual([]);
  });
});
