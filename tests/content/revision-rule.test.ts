/**
 * The revision rule on small git repositories made by the test: the valid fixture site committed
 * as the base, then edited the way a manager's pull request would edit it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/check';
import { lastCommitDates, renameHistory } from '../../src/lib/git';
import { changedParts, readRevision } from '../../src/check/revision-rule';
import { buildRedirects } from '../../src/lib/redirects';
import { fixtureProject } from './fixture-site';

const SECTION = 'content/handbook/daily-work/timetable.md';

function git(root: string, ...args: string[]) {
  execFileSync('git', ['-c', 'user.name=测试', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: root, stdio: 'ignore' });
}

/** A repository holding the valid fixture site, committed and tagged `base`. */
function repository(): string {
  const root = fixtureProject();
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'add', '.');
  git(root, 'commit', '-q', '-m', 'base');
  git(root, 'tag', 'base');
  return root;
}

function edit(root: string, file: string, change: (text: string) => string) {
  const path = join(root, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

async function check(root: string) {
  const { problems } = await checkContent(root, 'content', { base: 'base' });
  return problems.filter((p) => p.severity === 'error').map(formatProblem);
}

const bodyEdit = (text: string) => text.replace('统一全部门的作息', '统一全部门的作息和考勤');
const bump = (text: string) =>
  text.replace('version: 1\neffective: 2026-09-01\n', 'version: 2\neffective: 2026-10-01\nchanges:\n  - { version: 2, date: 2026-10-01, summary: 目的中加上考勤 }\n');

describe('the revision rule (npm run check -- --base)', { timeout: 30_000 }, () => {
  it('fails a section whose body changed without a new version, naming the file and the fix', async () => {
    const root = repository();
    edit(root, SECTION, bodyEdit);
    expect(await check(root)).toEqual([
      `${SECTION}:7  version  自 base 以来改了正文，但 version 仍是 1；请把 version 改为 2、effective 改为生效日期，并在 changes 中加一行 { version: 2, date: 生效日期, summary: 改了什么 }`,
    ]);
  });

  it('passes the same edit with the version raised and a changes line', async () => {
    const root = repository();
    edit(root, SECTION, (text) => bump(bodyEdit(text)));
    expect(await check(root)).toEqual([]);
  });

  it('counts a changed rule field but not bookkeeping (order, tags)', async () => {
    const root = repository();
    edit(root, SECTION, (text) => text.replace('order: 1', 'order: 5').replace('tags: [夏令时, 冬令时, 上班时间]', 'tags: [作息]'));
    expect(await check(root)).toEqual([]);
    edit(root, SECTION, (text) => text.replace('audience: [manager, supervisor, rep, assistant]', 'audience: [manager, rep]'));
    expect((await check(root))[0]).toContain('改了字段 audience');
  });

  it('passes a new file at version 1 and fails one that starts higher', async () => {
    const root = repository();
    const added = 'content/handbook/daily-work/evening.md';
    const text = readFileSync(join(root, SECTION), 'utf8').replace('title: 作息时间', 'title: 晚间总结');
    writeFileSync(join(root, added), text);
    expect(await check(root)).toEqual([]);
    writeFileSync(join(root, added), bump(text));
    expect(await check(root)).toEqual([`${added}:7  version  这是新文件，version 应从 1 开始（现在是 2）；请改为 version: 1，并删去 changes 中版本 1 以后的行`]);
  });

  it('fails an effective date that goes backwards', async () => {
    const root = repository();
    edit(root, SECTION, (text) => text.replace('effective: 2026-09-01', 'effective: 2026-08-01'));
    expect(await check(root)).toEqual([`${SECTION}:8  effective  生效日期从 2026-09-01 改成了更早的 2026-08-01；生效日期不能倒退，请写 2026-09-01 或之后的日期`]);
  });

  it('fails a page deleted without a redirect, and passes once content/redirects.yaml has one', async () => {
    const root = repository();
    rmSync(join(root, 'content/scripts/cold-call-opening.md'));
    // References to it would fail the ordinary check; drop them so only the rule speaks.
    for (const file of ['content/handbook/daily-work/morning-routine.md', 'content/paths/rep.yaml']) {
      edit(root, file, (text) => text.replace('cold-call-opening, ', ''));
    }
    edit(root, 'content/handbook/daily-work/morning-routine.md', bump);
    const errors = await check(root);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^content\/scripts\/cold-call-opening\.md:1 {2}- {2}此文件自 base 以来被删除，已发布的网址 \/scripts\/cold-call-opening\/ 将失效；请在 content\/redirects\.yaml 加一行/);
    writeFileSync(join(root, 'content/redirects.yaml'), '"/scripts/cold-call-opening/": /scripts/price-too-high/\n');
    expect(await check(root)).toEqual([]);
  });

  it('lets a moved file through: the rename becomes a redirect', async () => {
    const root = repository();
    renameSync(join(root, 'content/cases/price-objection-won.md'), join(root, 'content/cases/price-won.md'));
    git(root, 'add', '-A');
    expect(await check(root)).toEqual([]);
  });

  it('remembers committed renames, which become redirects from the old URL', () => {
    const root = repository();
    // Asked before the rename is committed (answers are kept per commit): the commit is seen.
    expect(renameHistory(root, 'content')).toEqual([]);
    git(root, 'mv', 'content/handbook/daily-work/timetable.md', 'content/handbook/daily-work/hours.md');
    git(root, 'commit', '-q', '-m', 'rename');
    const renames = renameHistory(root, 'content');
    expect(renames).toEqual([['handbook/daily-work/timetable.md', 'handbook/daily-work/hours.md']]);
    expect(buildRedirects(renames, {}, new Set(['/handbook/daily-work/hours/']))).toEqual({ '/handbook/daily-work/timetable/': '/handbook/daily-work/hours/' });
  });

  it('treats a file git no longer tracks but that is still there as changed, not deleted', async () => {
    const root = repository();
    git(root, 'rm', '-q', '--cached', SECTION);
    expect(await check(root)).toEqual([]);
    edit(root, SECTION, bodyEdit);
    expect((await check(root))[0]).toContain('改了正文');
  });

  it('tells those who still use a renamed id its new name', async () => {
    const root = repository();
    git(root, 'mv', 'content/scripts/cold-call-opening.md', 'content/scripts/opening-call.md');
    const errors = await check(root);
    expect(errors[0]).toBe('content/handbook/daily-work/morning-routine.md:9  scripts[0]  找不到话术“cold-call-opening”；它已改名为 opening-call，请改为 opening-call');
  });

  it('dates each file by its last commit, for "last updated"', () => {
    const root = repository();
    const dates = lastCommitDates(root, 'content');
    expect(dates.get('handbook/daily-work/timetable.md')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(dates.has('handbook/daily-work/no-such.md')).toBe(false);
  });

  it('is skipped without --base, and says so when the base is unknown', async () => {
    const root = repository();
    edit(root, SECTION, bodyEdit);
    expect((await checkContent(root)).problems).toEqual([]);
    const { problems } = await checkContent(root, 'content', { base: 'no-such-ref' });
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('找不到 git 版本 no-such-ref')]);
  });
});

describe('what counts as a change', () => {
  const revision = (front: string, body = '正文\n') => readRevision(`---\n${front}\n---\n${body}`)!;
  it('ignores reordered fields and trailing whitespace', () => {
    expect(changedParts(revision('a: 1\nb: [x, y]'), revision('b: [x, y]\na: 1', '正文  \n\n'))).toEqual([]);
  });
  it('names the body and each changed rule field', () => {
    expect(changedParts(revision('title: 甲\nversion: 1'), revision('title: 乙\nversion: 2', '新正文'))).toEqual(['body', 'title']);
  });
});
