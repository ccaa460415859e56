import { describe, expect, it } from 'vitest';
import { formatClock, formatDate } from '../../src/lib/date';
import { buildTree, neighbours } from '../../src/lib/handbook';
import { t } from '../../src/lib/i18n';
import { splitByPhrases } from '../../src/lib/phrases';
import { revisionHistory } from '../../src/lib/revisions';

const chapter = (id: string, order: number) => ({ id, data: { title: id, order } });
const section = (id: string, order: number) => ({ id, data: { title: id, order } });

describe('the handbook tree', () => {
  const tree = buildTree(
    [chapter('b', 2), chapter('a', 1)],
    [section('a/two', 2), section('b/one', 1), section('a/one', 1), section('a/three', 3)],
  );
  it('orders chapters and their sections by `order`', () => {
    expect(tree.map((node) => [node.chapter.id, node.sections.map((s) => s.id)])).toEqual([
      ['a', ['a/one', 'a/two', 'a/three']],
      ['b', ['b/one']],
    ]);
  });
  it('gives previous and next within the chapter only', () => {
    expect(neighbours(tree, 'a/two')).toMatchObject({ prev: { id: 'a/one' }, next: { id: 'a/three' } });
    expect(neighbours(tree, 'a/three').next).toBeUndefined();
    expect(neighbours(tree, 'b/one')).toEqual({ prev: undefined, next: undefined });
  });
});

describe('formatting', () => {
  it('writes dates the Chinese way', () => expect(formatDate('2026-09-01')).toBe('2026 年 9 月 1 日'));
  it('writes clock times as the handbook does, without a leading zero', () => {
    expect(['08:30', '09:20', '12:00', '17:30'].map(formatClock)).toEqual(['8:30', '9:20', '12:00', '17:30']);
  });
  it('fills placeholders in UI strings', () => expect(t('section.version.value', { n: 3 })).toBe('第 3 版'));
});

describe('key phrases', () => {
  it('splits a line around its key phrases', () => {
    expect(splitByPhrases('好的，我周四打电话给您。', ['周四打电话'])).toEqual([
      { text: '好的，我', phrase: false },
      { text: '周四打电话', phrase: true },
      { text: '给您。', phrase: false },
    ]);
  });
  it('leaves text without phrases whole', () => expect(splitByPhrases('你好', ['再见'])).toEqual([{ text: '你好', phrase: false }]));
});

describe('revision history', () => {
  it('lists newest first and adds the first release', () => {
    const rows = revisionHistory(
      { version: 2, effective: '2026-10-01', changes: [{ version: 2, date: '2026-10-01', summary: '改了时间' }] },
      '首次发布',
    );
    expect(rows.map((row) => [row.version, row.summary])).toEqual([
      [2, '改了时间'],
      [1, '首次发布'],
    ]);
  });
});

import { groupByInitial, initialOf } from '../../src/lib/glossary-groups';

describe('glossary letter groups', () => {
  it('files a term under its pinyin initial, Latin terms under their letter, digits under #', () => {
    expect(initialOf('报价')).toBe('B');
    expect(initialOf('FOB')).toBe('F');
    expect(initialOf('5 个为什么')).toBe('#');
  });
  it('orders groups A–Z with # last', () => {
    const groups = groupByInitial(['回款', 'CIF', '5 个为什么', '报关', '报价单'], (term) => term);
    expect(groups.map((g) => [g.letter, g.items])).toEqual([
      ['B', ['报关', '报价单']],
      ['C', ['CIF']],
      ['H', ['回款']],
      ['#', ['5 个为什么']],
    ]);
  });
});
