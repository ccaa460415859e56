import { describe, expect, it } from 'vitest';
import {
  addUnanswered,
  mergeUnanswered,
  normalizeQuery,
  UNANSWERED_MAX,
  withdrawUnanswered,
  type UnansweredEntry,
} from '../../src/lib/progress/unanswered';

describe('unanswered searches', () => {
  it('counts the same question asked again, whatever its punctuation, width or spacing', () => {
    expect(normalizeQuery(' 报价 单？ ')).toBe(normalizeQuery('报价单'));
    expect(normalizeQuery('ＣＩＦ报价')).toBe('cif报价');
    let list = addUnanswered([], '报价单？', 0, '2026-11-01');
    list = addUnanswered(list, '样品', 4, '2026-11-02');
    list = addUnanswered(list, ' 报价单 ', 3, '2026-11-03');
    expect(list).toEqual([
      { query: '样品', date: '2026-11-02', count: 1, results: 4 },
      { query: '报价单', date: '2026-11-03', count: 2, results: 3 },
    ]);
  });

  it('ignores a query of punctuation only', () => {
    expect(addUnanswered([], '？？', 0, '2026-11-01')).toEqual([]);
  });

  it(`keeps ${UNANSWERED_MAX} queries, dropping the one asked longest ago`, () => {
    let list: UnansweredEntry[] = [];
    for (let i = 0; i < UNANSWERED_MAX; i++) list = addUnanswered(list, `问题${i}`, 0, `2026-10-${String((i % 28) + 1).padStart(2, '0')}`);
    list = addUnanswered(list, '问题0', 0, '2026-11-01'); // asked again: now the newest
    list = addUnanswered(list, '新问题', 0, '2026-11-02');
    expect(list).toHaveLength(UNANSWERED_MAX);
    expect(list.map((e) => e.query)).toContain('问题0');
    expect(list.map((e) => e.query)).not.toContain('问题28'); // the oldest date, 2026-10-01, after 问题0 moved on
    expect(list.at(-1)).toEqual({ query: '新问题', date: '2026-11-02', count: 1, results: 0 });
  });

  it('takes back one count when a result is opened after all', () => {
    const list = addUnanswered(addUnanswered([], '运费', 0, '2026-11-01'), '运费', 2, '2026-11-02');
    expect(withdrawUnanswered(list, '运费')).toEqual([{ query: '运费', date: '2026-11-02', count: 1, results: 2 }]);
    expect(withdrawUnanswered(withdrawUnanswered(list, '运费'), '运费')).toEqual([]);
  });

  it('merges two files of one person without double counting', () => {
    const older = [{ query: '运费', date: '2026-11-01', count: 2, results: 0 }];
    const newer = [
      { query: '运费?', date: '2026-11-05', count: 3, results: 1 },
      { query: '样品', date: '2026-11-04', count: 1, results: 0 },
    ];
    expect(mergeUnanswered(older, newer)).toEqual([
      { query: '样品', date: '2026-11-04', count: 1, results: 0 },
      { query: '运费?', date: '2026-11-05', count: 3, results: 1 },
    ]);
  });
});
