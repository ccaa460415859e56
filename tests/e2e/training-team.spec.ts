/**
 * The manager's team view (issues 13 and 17), end to end: three people use the portal in their own
 * browsers (a context each), export their files with the real export button, and a manager loads
 * them, with a garbage file, on /training/team/.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page, TestInfo } from '@playwright/test';
import { expect, test } from './console';
import { answerAll } from './quiz-answers';

interface RoleData {
  path?: { steps: { kind: string; ref?: string }[] };
  sections: { id: string; title: string; version: number }[];
}

const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const daysAgo = (n: number) => new Date(Date.now() + 8 * 3_600_000 - n * 86_400_000).toISOString().slice(0, 10);

/** A person sets who they are and their role on /training/. */
async function setPerson(page: Page, person: { name: string; no?: string; start?: string; role: string }) {
  await page.goto('/training/');
  await page.getByLabel('姓名').fill(person.name);
  if (person.no) await page.getByLabel('工号（可不填）').fill(person.no);
  if (person.start) await page.getByLabel('入职日期').fill(person.start);
  await page.getByLabel('姓名').press('Tab');
  await expect(page.getByText(`已保存：${person.name}。导出的文件名是 学习进度-${person.name}-${today()}.json。`)).toBeVisible();
  await page.getByLabel('我的岗位').selectOption(person.role);
}

/** Exports through 「导出进度文件」 and keeps the file; returns its path. */
async function exportFile(page: Page, testInfo: TestInfo): Promise<string> {
  await page.goto('/training/');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出进度文件' }).click();
  const file = await download;
  const path = testInfo.outputPath(file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

async function withPerson<T>(browser: Browser, use: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext();
  try {
    return await use(await context.newPage());
  } finally {
    await context.close();
  }
}

async function revisedSection(page: Page) {
  const [rep, assistant] = await Promise.all(
    ['rep', 'assistant'].map(async (role) => (await (await page.request.get(`/training/${role}.json`)).json()) as RoleData),
  );
  // A revised section on the rep's path that assistants must read too.
  const section = rep!.sections.find(
    (s) => s.version > 1 && assistant!.sections.some((a) => a.id === s.id) && rep!.path?.steps.some((step) => step.ref === s.id),
  );
  if (!section) throw new Error('the bundled content has no revised section on the rep path for assistants too');
  return section;
}

test('a manager loads three people’s exported files and a garbage file: table, confirmations, CSV, refusal', async ({
  browser,
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const revised = await revisedSection(page);

  // 张三, a rep who started 15 days ago: passes the daily-work quiz, confirms the revised section.
  const zhang = await withPerson(browser, async (me) => {
    await setPerson(me, { name: '张三', no: 'A001', start: daysAgo(15), role: 'rep' });
    await me.goto('/quiz/daily-work/');
    await answerAll(me);
    await me.getByRole('button', { name: '交卷' }).click();
    await expect(me.locator('[data-result]')).toContainText('得分 100%');
    await me.goto(`/handbook/${revised.id}/`);
    await me.getByRole('button', { name: '已阅读确认' }).click();
    await expect(me.getByText(`你已确认阅读第 ${revised.version} 版`)).toBeVisible();
    const path = await exportFile(me, testInfo);
    expect(path).toMatch(new RegExp(`学习进度-张三-${today()}\\.json$`));
    return path;
  });
  // 李四, an assistant: fails the daily-work quiz once; never opens the revised section.
  const li = await withPerson(browser, async (me) => {
    await setPerson(me, { name: '李四', start: daysAgo(3), role: 'assistant' });
    await me.goto('/quiz/daily-work/');
    await me.getByRole('button', { name: '交卷' }).click();
    await expect(me.locator('[data-result]')).toContainText('未通过');
    return exportFile(me, testInfo);
  });
  // 王五, a supervisor without a start date.
  const wang = await withPerson(browser, async (me) => {
    await setPerson(me, { name: '王五', no: 'B7', role: 'supervisor' });
    return exportFile(me, testInfo);
  });
  const garbage = testInfo.outputPath('notes.json');
  writeFileSync(garbage, '随便写的笔记，不是进度文件');

  await page.goto('/training/team/');
  await expect(page.getByText('文件只在这台电脑的浏览器里读取，不会上传到任何地方。')).toBeVisible();
  await page.locator('team-view[data-ready]').waitFor();
  await page.getByLabel('选择文件').setInputFiles([zhang, li, wang, garbage]);
  await expect(page.getByRole('status')).toHaveText('已加载 3 个文件，共 3 人。1 个文件未能加载，原因见下。');
  await expect(page.getByRole('listitem').filter({ hasText: 'notes.json' })).toHaveText(
    'notes.json：不是有效的 JSON 文件，可能不是进度文件或已损坏。',
  );
  await expect(page.getByText('以下数字是每位同事自己的浏览器记录的情况')).toBeVisible();

  // The table: one row per person.
  const rows = page.locator('[data-people] tr');
  await expect(rows).toHaveCount(3);
  const row = (name: string) => rows.filter({ has: page.getByRole('button', { name, exact: true }) });
  const cell = (name: string, column: string) => row(name).locator(`[data-column="${column}"]`);
  await expect(cell('张三', 'name')).toContainText('A001');
  await expect(cell('张三', 'role')).toHaveText('业务员');
  await expect(cell('张三', 'quizzes')).toContainText(/^1\/\d+ · 均分 100%$/);
  await expect(cell('张三', 'path')).toHaveText(/^2\/\d+（\d+%）$/); // the quiz and the confirmed reading
  await expect(cell('张三', 'file')).toHaveText(today());
  await expect(cell('李四', 'failed')).toHaveText('1');
  await expect(cell('李四', 'quizzes')).toContainText(/^0\/\d+/);
  await expect(cell('王五', 'overdue')).toHaveText('未设入职日期');
  expect(Number(await cell('张三', 'overdue').textContent())).toBeGreaterThan(0);

  // Sort by role (department order: manager, supervisor, rep, assistant), then the other way.
  await page.getByRole('button', { name: '岗位' }).click();
  await expect(rows.locator('[data-column="role"]')).toHaveText(['小组主管', '业务员', '营业助理']);
  await page.getByRole('button', { name: '岗位' }).click();
  await expect(rows.locator('[data-column="role"]')).toHaveText(['营业助理', '业务员', '小组主管']);
  await expect(page.locator('th[data-column="role"]')).toHaveAttribute('aria-sort', 'descending');
  // Filter by role.
  await page.getByLabel('岗位').selectOption('assistant');
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('李四');
  await page.getByLabel('岗位').selectOption('');

  // The confirmation view: who confirmed the revised section's current version, who has not.
  const section = page.locator('.team__confirm').filter({ has: page.getByRole('link', { name: revised.title, exact: true }) });
  await expect(section).toContainText(`第 ${revised.version} 版 · 已确认 1 人`);
  await expect(section.locator('.team__confirmed')).toHaveText('已确认：张三');
  await expect(section.locator('.team__unread')).toContainText('李四');

  // A person's detail: the completion report's data.
  await page.getByRole('button', { name: '张三', exact: true }).click();
  const detail = page.getByRole('dialog', { name: '张三 的培训情况' });
  await expect(detail).toContainText(`工号：A001 · 入职日期：`);
  await expect(detail.getByRole('row', { name: /日常工作测验.*100%.*通过/ })).toBeVisible();
  await detail.getByRole('button', { name: '关闭' }).click();

  // CSV: UTF-8 with a byte-order mark, one row per person; and one per person × quiz.
  const csv = async (button: string) => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: button }).click();
    const file = await download;
    return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
  };
  const people = await csv('导出 CSV：每人一行');
  expect(people.name).toBe(`团队进度-${today()}.csv`);
  expect([...people.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = people.bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
  expect(lines[0]).toMatch(/^姓名,工号,岗位,入职日期,已完成步骤,路径总步骤,完成率/);
  expect(lines).toHaveLength(4);
  expect(lines.find((l) => l.startsWith('张三,'))).toMatch(new RegExp(`^张三,A001,业务员,${daysAgo(15)},2,\\d+,`));
  const quizzes = (await csv('导出 CSV：每人每个测验一行')).bytes.toString('utf8');
  expect(quizzes).toMatch(/\r\n张三,A001,业务员,日常工作测验,是,100%,[\d-]+,100%,[\d-]+,1,0,通过\r\n/);
  expect(quizzes).toMatch(/\r\n李四,,营业助理,日常工作测验,是,0%,[\d-]+,0%,[\d-]+,1,1,未通过\r\n/);

  // Print: A4 landscape, with the date and the files it was built from; no controls.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText(`依据 3 个进度文件（见文末）`)).toBeVisible();
  await expect(page.getByRole('button', { name: '导出 CSV：每人一行' })).toBeHidden();
  await expect(page.getByRole('listitem').filter({ hasText: `学习进度-王五-${today()}.json：王五` })).toBeVisible();
  // Every page of the printout is A4 landscape (842 × 595 pt).
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  const boxes = [...pdf.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map(([, w, h]) => [
    Math.round(Number(w)),
    Math.round(Number(h)),
  ]);
  expect(boxes.length).toBeGreaterThan(0);
  expect(boxes).toEqual(boxes.map(() => [842, 595]));
  await page.emulateMedia({ media: 'screen' });

  // Kept in this browser on request; one button forgets it.
  await page.getByLabel('保存在这台电脑的浏览器里（下次打开本页自动加载；不会上传）').check();
  await expect(page.getByRole('status')).toHaveText('已保存在本机浏览器。');
  await page.reload();
  await expect(page.getByRole('status')).toContainText('已从本机载入');
  await expect(rows).toHaveCount(3);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: '清除本页和本机保存的团队数据' }).click();
  await expect(page.getByRole('status')).toHaveText('已清除。');
  await expect(rows).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel('保存在这台电脑的浏览器里（下次打开本页自动加载；不会上传）')).not.toBeChecked();
  expect(await page.evaluate(() => localStorage.getItem('playbook.team'))).toBeNull();
});

test('a search that found nothing travels in the export and is counted in 「没找到的内容」; a search whose result was opened is not', async ({
  browser,
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  // Latin nonsense: no content word, not pinyin (a made-up Chinese phrase shares characters with pages).
  const nonsense = 'zxqvbkw';
  const file = await withPerson(browser, async (me) => {
    await setPerson(me, { name: '赵六', role: 'rep' });
    await me.goto('/search/');
    const box = me.locator('#search-q');
    await box.fill(nonsense);
    await box.press('Enter');
    await expect(me.getByText(`没有找到“${nonsense}”`)).toBeVisible();
    await box.fill('报价');
    await box.press('Enter');
    // Clicked once the page has settled on its answer: a list still being completed may be redrawn under the click.
    await expect(me.locator('[data-status]')).toHaveText(/找到 \d+ 个结果/);
    await expect(me.locator('search-page')).not.toHaveAttribute('data-refining');
    const first = me.locator('[data-results] a').first();
    await expect(first).toBeVisible();
    await first.click();
    await expect(me).not.toHaveURL(/\/search\//);
    await me.goto('/training/');
    await expect(me.getByText('搜索页记下了 1 条你没找到的搜索')).toBeVisible();
    const path = await exportFile(me, testInfo);
    const progress = (JSON.parse(readFileSync(path, 'utf8')) as { progress: { unanswered: { query: string; results: number }[] } })
      .progress;
    expect(progress.unanswered).toEqual([{ query: nonsense, date: today(), count: 1, results: 0 }]);
    // The reader can clear the record; it was already in the file they chose to export.
    await me.getByRole('button', { name: '清除没找到的搜索记录' }).click();
    await expect(me.getByText('已清除没找到的搜索记录。')).toBeVisible();
    await expect(me.getByText('搜索页记下了')).toBeHidden();
    return path;
  });

  await page.goto('/training/team/');
  await page.locator('team-view[data-ready]').waitFor();
  await page.getByLabel('选择文件').setInputFiles([file]);
  const gaps = page.locator('[data-gaps] li');
  await expect(gaps).toHaveCount(1);
  await expect(gaps).toContainText(`${nonsense} 1 人 · 1 次 · 最近 ${today()} 没有结果`);
  await expect(gaps).toContainText('赵六');
  await expect(gaps.getByRole('link', { name: nonsense })).toHaveAttribute('href', `/search/?q=${encodeURIComponent(nonsense)}`);
  await expect(page.locator('[data-column="unanswered"]').last()).toHaveText('1');
});

test('a result opened while the search page is still completing its answer answers the query on screen', async ({ browser }, testInfo) => {
  test.setTimeout(120_000);
  const nonsense = 'zxqvbkw';
  const unanswered = await withPerson(browser, async (me) => {
    await me.goto('/search/');
    const box = me.locator('#search-q');
    await box.fill(nonsense);
    await box.press('Enter');
    await expect(me.getByText(`没有找到“${nonsense}”`)).toBeVisible();
    // Pagefind's files held back: what is on screen for 报价 is its quick answer, painted before
    // the page has Pagefind's whole answer (more results, whole excerpts).
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await me.route('**/pagefind/**', async (route) => {
      await held;
      await route.continue().catch(() => undefined);
    });
    await box.fill('报价');
    await box.press('Enter');
    await expect(me.locator('search-page[data-refining]')).toBeAttached();
    await me.locator('[data-results] a').first().click();
    await expect(me).not.toHaveURL(/\/search\//);
    release();
    await me.unroute('**/pagefind/**');
    const path = await exportFile(me, testInfo);
    return (JSON.parse(readFileSync(path, 'utf8')) as { progress: { unanswered: unknown[] } }).progress.unanswered;
  });
  // 报价 was answered (a result opened); the nonsense before it was not.
  expect(unanswered).toEqual([{ query: nonsense, date: today(), count: 1, results: 0 }]);
});
