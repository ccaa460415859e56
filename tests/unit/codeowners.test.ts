import { describe, expect, it } from 'vitest';
import { codeowners } from '../../src/lib/codeowners';

describe('CODEOWNERS from owner roles', () => {
  const roles = [
    { id: 'manager', reviewers: ['@wang-jing'] },
    { id: 'supervisor', reviewers: ['@li-ming', '@sales/supervisors'], reportsTo: 'manager' },
    { id: 'rep', reviewers: [], reportsTo: 'supervisor' },
  ];
  it('goes from the whole folder to chapters to single files, later lines winning', () => {
    const text = codeowners(
      'content',
      roles,
      [{ file: 'content/handbook/daily-work/index.md', owner: 'supervisor' }],
      [
        { file: 'content/handbook/daily-work/timetable.md', owner: 'supervisor' },
        { file: 'content/handbook/daily-work/pay.md', owner: 'manager' },
        { file: 'content/forms/visit.md', owner: 'rep' },
      ],
    );
    expect(text.split('\n').filter((line) => line.startsWith('/'))).toEqual([
      '/content/ @wang-jing',
      '/content/handbook/daily-work/ @li-ming @sales/supervisors',
      '/content/handbook/daily-work/pay.md @wang-jing',
    ]);
  });
  it('says so when no role has reviewers yet', () => {
    expect(codeowners('content', [{ id: 'rep', reviewers: [] }], [], [])).toContain('没有指定审核人');
  });
});
