import { describe, expect, it } from 'vitest';
import { relatedLinks } from '../../src/lib/related-links';
import { urls } from '../../src/lib/urls';

const entry = (title: string) => ({ data: { title } });
const quizzes = { entries: new Map([['daily-work', entry('日常工作测验')]]), href: urls.quiz };
const scripts = {
  entries: new Map([
    ['price-too-high', entry('应对“价格太高”')],
    ['cold-call-opening', entry('陌生电话开场')],
  ]),
  href: urls.script,
};

describe('a page’s related links', () => {
  it('link every entry the author listed to its page', () => {
    expect(relatedLinks(quizzes, [{ id: 'daily-work' }])).toEqual([{ href: '/quiz/daily-work/', title: '日常工作测验' }]);
  });
  it('use the search suggestions, marked, only where the author listed nothing', () => {
    const suggestion = { ids: ['cold-call-opening'], note: '推荐' };
    expect(relatedLinks(scripts, [{ id: 'price-too-high' }], suggestion)).toEqual([
      { href: '/scripts/price-too-high/', title: '应对“价格太高”' },
    ]);
    expect(relatedLinks(scripts, [], suggestion)).toEqual([{ href: '/scripts/cold-call-opening/', title: '陌生电话开场', note: '推荐' }]);
    expect(relatedLinks(scripts, [])).toEqual([]);
  });
  it('leave out an id that names no entry', () => {
    expect(relatedLinks(scripts, [{ id: 'gone' }, { id: 'price-too-high' }]).map((link) => link.href)).toEqual([
      '/scripts/price-too-high/',
    ]);
  });
});
