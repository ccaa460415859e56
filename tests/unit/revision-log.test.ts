import { describe, expect, it } from 'vitest';
import { formatMonth } from '../../src/lib/date';
import { byMonth, changesPages, concernsRole, revisionLog, type LogSource } from '../../src/lib/revision-log';
import { staleSections } from '../../src/lib/quiz-revisions';
import { buildRedirects } from '../../src/lib/redirects';

const source = (
  id: string,
  version: number,
  effective: string,
  changes: { version: number; date: string; summary: string }[],
  extra: Partial<LogSource> = {},
): LogSource => ({
  kind: 'section',
  id,
  title: id,
  url: `/handbook/${id}/`,
  data: { version, effective, changes },
  ...extra,
});

describe('the revision log', () => {
  const log = revisionLog(
    [
      source(
        'a/one',
        2,
        '2026-10-08',
        [
          { version: 2, date: '2026-10-08', summary: '改了时间' },
          { version: 1, date: '2026-09-01', summary: '首次发布' },
        ],
        { chapter: 'a', audience: ['rep'] },
      ),
      source('a/two', 1, '2026-09-15', [], { chapter: 'a', audience: ['manager'] }),
      {
        ...source('price', 3, '2026-11-02', [{ version: 3, date: '2026-11-02', summary: '加了让步话术' }]),
        kind: 'script',
        url: '/scripts/price/',
      },
    ],
    '首次发布',
  );
  it('lists every dated revision newest first, version 1 as 首次发布 at its effective date', () => {
    expect(log.map((item) => [item.id, item.version, item.date, item.summary])).toEqual([
      ['price', 3, '2026-11-02', '加了让步话术'],
      ['a/one', 2, '2026-10-08', '改了时间'],
      ['a/two', 1, '2026-09-15', '首次发布'],
      ['a/one', 1, '2026-09-01', '首次发布'],
    ]);
  });
  it('leaves out a first version whose date nobody wrote down', () => {
    expect(log.some((item) => item.id === 'price' && item.version === 1)).toBe(false);
  });
  it('groups by month', () => {
    expect(byMonth(log).map((m) => [m.month, m.items.length])).toEqual([
      ['2026-11', 1],
      ['2026-10', 1],
      ['2026-09', 2],
    ]);
    expect(formatMonth('2026-09')).toBe('2026 年 9 月');
  });
  it('filters by role: sections by audience, scripts and cases for everyone', () => {
    expect(log.filter((item) => concernsRole(item, 'rep')).map((item) => item.id)).toEqual(['price', 'a/one', 'a/one']);
  });
});

describe('/changes/, paged by month', () => {
  // A handbook of 250 sections published in September and revised since: the log the real builder makes.
  const sections = Array.from({ length: 250 }, (_, i) =>
    source(
      `gen/s${String(i).padStart(3, '0')}`,
      i < 3 ? 2 : 1,
      '2026-09-01',
      i < 3 ? [{ version: 2, date: `2026-1${i}-0${i + 1}`, summary: `第 ${i} 次修订` }] : [],
    ),
  );
  const pages = changesPages(revisionLog(sections, '首次发布'), 100);

  it('shows the newest month at /changes/ and every month at its own address, newest first', () => {
    expect(pages.map((page) => [page.month, page.page, page.href, page.path])).toEqual([
      ['2026-12', 1, '/changes/', '/changes/2026-12/'],
      ['2026-11', 1, '/changes/2026-11/', '/changes/2026-11/'],
      ['2026-10', 1, '/changes/2026-10/', '/changes/2026-10/'],
      ['2026-09', 1, '/changes/2026-09/', '/changes/2026-09/'],
      ['2026-09', 2, '/changes/2026-09/2/', '/changes/2026-09/2/'],
      ['2026-09', 3, '/changes/2026-09/3/', '/changes/2026-09/3/'],
    ]);
  });
  it('continues a month longer than a page on further pages, so no page grows with the history', () => {
    const september = pages.filter((page) => page.month === '2026-09');
    expect(september.map((page) => [page.pages, page.items.length])).toEqual([
      [3, 100],
      [3, 100],
      [3, 47],
    ]);
    // Every dated revision is on exactly one page (the revised three have no dated first version).
    expect(pages.flatMap((page) => page.items).length).toBe(247 + 3);
  });
  it('has one empty list of pages for an empty log', () => {
    expect(changesPages([])).toEqual([]);
  });
});

describe('quizzes and their sections', () => {
  const sections = [
    { id: 'a/one', data: { title: '一', version: 3 } },
    { id: 'a/two', data: { title: '二', version: 1 } },
    { id: 'a/three', data: { title: '三', version: 2 } },
  ];
  it('flags sections revised past the version the quiz was reviewed against', () => {
    const quiz = {
      data: {
        sections: [{ id: 'a/one' }, { id: 'a/two' }],
        questions: [{ section: { id: 'a/three' } }],
        reviewedAgainst: { 'a/one': 2, 'a/three': 2 },
      },
    };
    expect(staleSections(quiz, sections)).toEqual([{ id: 'a/one', title: '一', reviewed: 2, current: 3 }]);
  });
  it('takes a section missing from reviewedAgainst as reviewed against version 1', () => {
    const quiz = { data: { sections: [{ id: 'a/three' }], reviewedAgainst: {} } };
    expect(staleSections(quiz, sections).map((s) => s.id)).toEqual(['a/three']);
  });
});

describe('redirects from renames', () => {
  const live = new Set(['/handbook/a/three/', '/scripts/new/', '/handbook/']);
  it('follows chains to the page that exists now and skips URLs that are live again', () => {
    expect(
      buildRedirects(
        [
          ['handbook/a/one.mdx', 'handbook/a/two.mdx'],
          ['handbook/a/two.mdx', 'handbook/a/three.mdx'],
          ['scripts/old.mdx', 'scripts/new.mdx'],
          ['scripts/new.mdx', 'scripts/gone.mdx'],
          ['quizzes/x.yaml', 'paths/x.yaml'],
        ],
        { '/handbook/b/merged/': '/handbook/' },
        live,
      ),
    ).toEqual({ '/handbook/a/one/': '/handbook/a/three/', '/handbook/a/two/': '/handbook/a/three/', '/handbook/b/merged/': '/handbook/' });
  });
});
