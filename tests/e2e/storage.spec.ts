/**
 * A browser that refuses local storage (private mode, a company policy, a full quota) and progress
 * saved by an older handbook: every page still works, a quiz still scores for the visit, and the
 * reader is told progress cannot be saved. The console fixture fails any test that throws.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './console';

const REFUSED = '浏览器不允许读取本地存储，本次进度不会保存。';

/** localStorage throws on every use, as Chromium does when site data is blocked. */
async function refuseStorage(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The user denied access to storage.', 'SecurityError');
      },
    });
  });
}

/** localStorage reads but every write fails, as with a zero quota. */
async function fullStorage(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
}

async function answerFirstQuestionAndHandIn(page: Page): Promise<void> {
  await page.goto('/quiz/daily-work/');
  await page.getByRole('radio', { name: '8:50' }).check();
  await page.getByRole('button', { name: '交卷' }).click();
  await expect(page.locator('[data-result]')).toContainText(/\d+%|得分|正确/);
}

for (const [kind, refuse] of [
  ['refuses local storage', refuseStorage],
  ['cannot write to local storage', fullStorage],
] as const) {
  test(`a browser that ${kind}: every page works, quizzes score for the visit, and it says so`, async ({ page, context }) => {
    test.setTimeout(60_000);
    await refuse(context);
    for (const path of ['/', '/scripts/', '/drill/', '/glossary/', '/training/', '/training/rep/', '/training/report/']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
    }
    await page.goto('/training/');
    await expect(page.getByRole('alert').filter({ hasText: REFUSED })).toBeVisible();

    await answerFirstQuestionAndHandIn(page);
    await expect(page.getByText(REFUSED)).toBeVisible();

    // Confirming a section is kept for the visit, and the page says it is not saved.
    await page.goto('/handbook/daily-work/morning-routine/');
    await page.getByRole('button', { name: '已阅读确认' }).click();
    await expect(page.locator('read-confirm[data-place="end"] [data-status]')).toContainText('你已确认阅读');
    await expect(page.locator('read-confirm[data-place="end"] [data-status]')).toContainText(REFUSED);
  });
}

test('a stored role that no longer exists in roles.yaml counts as no role on the report', async ({ page }) => {
  // The real page stores the role; then the role is renamed away in a later handbook.
  await page.goto('/training/rep/');
  await page.getByRole('button', { name: '这是我的岗位（设为我的入职路径）' }).click();
  await expect
    .poll(() =>
      page.evaluate(() => (JSON.parse(localStorage.getItem('playbook.progress') ?? '{}') as { profile?: { role?: string } }).profile?.role),
    )
    .toBe('rep');
  await page.evaluate(() => {
    const data = JSON.parse(localStorage.getItem('playbook.progress') ?? '{}') as { profile: { role: string } };
    data.profile.role = 'retired-role';
    localStorage.setItem('playbook.progress', JSON.stringify(data));
  });
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto('/training/report/');
  await expect(page.getByText('请先在“培训”页面选择你的岗位。')).toBeVisible();
  expect(fetched).not.toContain('/training/retired-role.json');
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  await page.goto('/training/');
  await expect(page.getByLabel('我的岗位')).toHaveValue('');
});
