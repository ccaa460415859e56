/** `npm run new` writes files that pass the content check as they are. */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/check';
import { scaffold, ScaffoldError } from '../../src/scaffold/templates';
import { fixtureProject } from './fixture-site';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

function runNew(cwd: string, ...args: string[]): string {
  return execFileSync(TSX, [join(ROOT, 'scripts', 'new.ts'), ...args], { cwd, encoding: 'utf8' });
}

describe('npm run new', { timeout: 30_000 }, () => {
  it('scaffolds a section, script, case and quiz that pass the check with today’s date and version 1', async () => {
    const root = fixtureProject();
    // The CLI once (as a manager runs it), then the same templates directly (spawning is slow).
    const printed = [runNew(root, 'section', 'daily-work/evening-summary')];
    const context = {
      today: '2026-11-27',
      roles: ['manager', 'supervisor', 'rep', 'assistant'],
      chapters: [{ id: 'daily-work', owner: 'manager' }],
      sections: [
        { id: 'daily-work/timetable', order: 1, version: 1 },
        { id: 'daily-work/morning-routine', order: 2, version: 1 },
        { id: 'daily-work/evening-summary', order: 3, version: 1 },
      ],
    };
    for (const [kind, path] of [['script', 'content/scripts/follow-up.md'], ['case', 'late-quote-lost'], ['quiz', 'daily-work-review']] as const) {
      const result = scaffold(kind, path, context);
      writeFileSync(join(root, 'content', result.path), result.text);
    }
    const { problems } = await checkContent(root);
    expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    const section = readFileSync(join(root, 'content/handbook/daily-work/evening-summary.md'), 'utf8');
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
    expect(section).toContain(`effective: ${today}`);
    expect(section).toContain('version: 1');
    expect(section).toContain('order: 3'); // after the chapter's two sections
    expect(section).toContain('owner: manager'); // the chapter's owner
    expect(printed[0]).toContain('接下来');
    expect(printed[0]).toContain('related 中加上 daily-work/evening-summary');
    // A quiz named after a chapter covers its sections, reviewed against their current versions.
    expect(readFileSync(join(root, 'content/quizzes/daily-work-review.yaml'), 'utf8')).toMatch(/reviewedAgainst:\n {2}daily-work\/timetable: 1\n {2}daily-work\/morning-routine: 1\n/);
  });

  it('refuses to overwrite a file and explains a bad name', () => {
    const root = fixtureProject();
    expect(() => runNew(root, 'script', 'price-too-high')).toThrow();
    const context = { today: '2026-11-27', roles: ['rep'], chapters: [{ id: 'daily-work', owner: 'manager' }], sections: [] };
    expect(() => scaffold('section', 'no-such-chapter/x', context)).toThrow(ScaffoldError);
    expect(() => scaffold('script', '价格太高', context)).toThrow('请用小写英文、数字和连字符');
  });
});
