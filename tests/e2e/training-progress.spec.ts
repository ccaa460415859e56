import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from './console';

const stored = JSON.stringify({
  version: 2,
  profile: { name: '张三', role: 'rep' },
  quizzes: {
    'daily-work': {
      best: { correct: 12, total: 16, percent: 75, passed: false, at: '2026-11-20T02:00:00.000Z' },
      latest: { correct: 12, total: 16, percent: 75, passed: false, at: '2026-11-20T02:00:00.000Z' },
      attempts: 1,
    },
  },
  steps: { 'rep/w1-shadow': { at: '2026-11-21T02:00:00.000Z' } },
  reads: {},
  drill: {},
});

// Stored values are planted from a page that never reads progress, so no script of the page under
// test can repair them before it loads.
test('corrupt stored progress is set aside, the page says so and keeps working', async ({ page }) => {
  await page.goto('/glossary/');
  await page.evaluate(() => localStorage.setItem('playbook.progress', '{"version":2,"quizzes":'));
  await page.goto('/training/');
  await expect(page.getByRole('alert')).toContainText('进度已自动修复');
  await expect(page.getByRole('alert')).toContainText('已损坏，已另存备份');
  const backup = await page.evaluate(() => localStorage.getItem('playbook.progress.backup'));
  expect(backup).toContain('{\\"version\\":2,\\"quizzes\\":');
  // The page works: choosing a role is saved.
  await page.getByLabel('我的岗位').selectOption('rep');
  await expect(page.getByText('已保存：业务员')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('alert')).toBeHidden();
});

test('one bad entry is dropped and the rest of the progress kept, on the path page', async ({ page }) => {
  await page.goto('/glossary/');
  await page.evaluate((value) => {
    const data = JSON.parse(value) as { steps: Record<string, unknown> };
    data.steps['rep/w1-attend-meetings'] = { at: 'yesterday' };
    localStorage.setItem('playbook.progress', JSON.stringify(data));
  }, stored);
  await page.goto('/training/rep/');
  await expect(page.getByRole('alert')).toContainText('有 1 条进度记录无法识别');
  await expect(page.locator('[data-key="rep/w1-shadow"]').getByRole('checkbox')).toBeChecked();
});

test('progress moves by file: export, reset, import; a bad file is refused and changes nothing', async ({ page }, testInfo) => {
  await page.goto('/training/');
  await page.evaluate((value) => localStorage.setItem('playbook.progress', value), stored);
  await page.reload();
  await expect(page.getByLabel('我的岗位')).toHaveValue('rep');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出进度文件' }).click();
  const file = testInfo.outputPath('progress.json');
  await (await download).saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8')) as { progress: { steps: Record<string, unknown> } };
  expect(exported.progress.steps['rep/w1-shadow']).toBeTruthy();

  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: '重置进度' }).click();
  await expect(page.getByText('进度已重置')).toBeVisible();
  await expect(page.getByLabel('我的岗位')).toHaveValue('');

  // A file from a newer portal is refused; nothing is overwritten.
  const newer = testInfo.outputPath('newer.json');
  writeFileSync(newer, JSON.stringify({ app: 'sales-playbook', exportedAt: new Date().toISOString(), progress: { version: 99 } }));
  let chooser = page.waitForEvent('filechooser');
  await page.getByText('导入进度文件').click();
  await (await chooser).setFiles(newer);
  await expect(page.getByRole('status').filter({ hasText: '无法导入' })).toContainText('更新版本');
  await expect(page.getByLabel('我的岗位')).toHaveValue('');

  chooser = page.waitForEvent('filechooser');
  await page.getByText('导入进度文件').click();
  await (await chooser).setFiles(file);
  await expect(page.getByText(/已导入：1 个测验成绩、1 个已完成步骤/)).toBeVisible();
  await expect(page.getByLabel('我的岗位')).toHaveValue('rep');
  await page.goto('/training/rep/');
  await expect(page.locator('[data-key="rep/w1-shadow"]').getByRole('checkbox')).toBeChecked();
  await expect(page.locator('[data-key="rep/w1-quiz-daily"]')).toContainText('最好成绩 75%');
});

test('the home page continues where the reader left off', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: '选择你的岗位，开始入职路径。' })).toBeVisible();
  await page.evaluate((value) => localStorage.setItem('playbook.progress', value), stored);
  await page.reload();
  await expect(page.getByRole('link', { name: /业务员入职路径：已完成 1\/\d+ 步/ })).toBeVisible();
  await page.getByRole('link', { name: /下一步（第 1 周）：/ }).click();
  await expect(page).toHaveURL(/\/handbook\/overview\/role-and-functions\//);
});

test('the completion report lists steps with dates and quiz scores, ready to print', async ({ page }) => {
  await page.goto('/training/report/');
  await page.evaluate((value) => localStorage.setItem('playbook.progress', value), stored);
  await page.reload();
  await expect(page.getByText('华远包装材料有限公司').first()).toBeVisible();
  await expect(page.getByLabel('姓名')).toHaveValue('张三');
  await expect(page.getByRole('row', { name: /跟随老业务员拜访 3 次客户.*2026 年 11 月 21 日/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /日常工作测验.*75%.*未通过/ })).toBeVisible();
  await expect(page.getByText('业务部经理签字')).toBeVisible();
  await page.getByLabel('姓名').fill('李四');
  await page.getByLabel('姓名').blur();
  await page.reload();
  await expect(page.getByLabel('姓名')).toHaveValue('李四');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: '打印 / 存为 PDF' })).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
});

test('the training calendar lists upcoming sessions with two speakers and offers .ics files', async ({ page, request }) => {
  await page.clock.setFixedTime(new Date('2027-03-01T00:00:00+08:00'));
  await page.goto('/training/calendar/');
  await expect(page.getByRole('heading', { name: '展会准备与话术' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '全年案例复盘' })).toBeHidden();
  await expect(page.getByRole('heading', { name: '2027 年 3 月' })).toBeVisible();
  await page.getByRole('button', { name: '显示已结束的培训' }).click();
  await expect(page.getByRole('heading', { name: '全年案例复盘' })).toBeVisible();
  const plan = await request.get('/training/calendar/plan.ics');
  const text = await plan.text();
  expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(12);
  expect(text).toContain('\r\nDTSTART;TZID=Asia/Shanghai:20270317T140000\r\n');
  const one = await (await request.get('/training/calendar/2027-03.ics')).text();
  expect(one.match(/BEGIN:VEVENT/g)).toHaveLength(1);
});
