import type { Page } from '@playwright/test';
import { expect, test } from './console';

const cardIds = (page: Page) =>
  page.locator('.drill-deck [data-card-id]').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-card-id')));

test('two people opening the same date see the same drill cards', async ({ browser }) => {
  const lists: (string | null)[][] = [];
  for (const timezoneId of ['Asia/Shanghai', 'America/New_York']) {
    const context = await browser.newContext({ timezoneId });
    const page = await context.newPage();
    await page.goto('/drill/?date=2026-12-08');
    await expect(page.locator('.drill-deck [data-card-id]').first()).toBeVisible();
    lists.push(await cardIds(page));
    await context.close();
  }
  expect(lists[0]?.length).toBeGreaterThan(3);
  expect(lists[1]).toEqual(lists[0]);
});

test('the drill shows the week’s theme and another date gives other cards', async ({ page }) => {
  await page.goto('/drill/?date=2026-12-08');
  await expect(page.getByText('12 月 8 日 星期二')).toBeVisible();
  await expect(page.locator('[data-theme]')).toContainText('年度合同签约');
  await expect(page.locator('.drill-deck [data-card-id]').first()).toBeVisible();
  const first = await cardIds(page);
  await page.getByRole('link', { name: '后一天' }).click();
  await expect(page).toHaveURL(/date=2026-12-09/);
  await expect(page.getByText('12 月 9 日 星期三')).toBeVisible();
  await expect(page.locator('.drill-deck [data-card-id]').first()).toBeVisible();
  expect(await cardIds(page)).not.toEqual(first);
});

test('the drill page carries the day’s selection, not the library’s cards, and fetches a few small card files', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/drill/cards/')) fetched.push(request.url());
  });
  const response = await page.goto('/drill/?date=2026-12-08');
  expect(await response?.text()).not.toContain('data-card-id');
  await expect(page.locator('.drill-deck [data-card-id]').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect((await cardIds(page)).length).toBeGreaterThan(3);
  // The day's scripts, terms and question, and the review's next new cards: a handful of files.
  expect(fetched.length).toBeGreaterThan(0);
  expect(fetched.length).toBeLessThanOrEqual(8);
});

test('meeting mode goes full screen and steps through the cards with the keyboard or a clicker', async ({ page }) => {
  await page.goto('/drill/?date=2026-12-08');
  await page.getByRole('button', { name: '会议模式' }).click();
  const panel = page.locator('.drill-team');
  await expect(panel).toHaveClass(/is-meeting/);
  await expect(page.getByRole('heading', { name: '今日议程' })).toBeVisible();
  await expect(page.locator('[data-timetable="winter"]')).toBeVisible();
  await expect(page.locator('[data-count]')).toHaveText(/第 1 \/ \d+ 张/);
  await expect(page.getByRole('button', { name: '上一张' })).toBeDisabled();
  const current = page.locator('.drill-deck .is-current');
  // Space first reveals the answer, then moves on (through the card's pages, if it has any).
  await page.keyboard.press('Space');
  await expect(current).toHaveClass(/is-revealed/);
  for (let i = 0; i < 12 && !((await page.locator('[data-count]').textContent()) ?? '').startsWith('第 2 /'); i++) {
    await page.keyboard.press(i % 2 ? 'Space' : 'PageDown');
  }
  await expect(page.locator('[data-count]')).toHaveText(/^第 2 \//);
  await expect(current).not.toHaveClass(/is-revealed/);
  await page.keyboard.press('ArrowRight');
  await expect(current).toHaveClass(/is-revealed/);
  await page.keyboard.press('PageUp');
  await expect(page.locator('[data-count]')).toHaveText(/^第 1 \//);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('[data-count]')).toHaveText(/^第 1 \//);
  // The countdown runs.
  await expect(page.locator('meeting-timer [data-time]')).toHaveText(/^9:5\d$/, { timeout: 3000 });
  await page.getByRole('button', { name: '退出会议模式' }).click();
  await expect(panel).not.toHaveClass(/is-meeting/);
});

test('a path step’s link practises just the scripts it names', async ({ page }) => {
  await page.goto('/drill/?scripts=price-too-high,cold-call-opening');
  await expect(page.locator('[data-practice]')).toContainText('应对“价格太高”');
  await expect(page.getByRole('link', { name: '前一天' })).toBeHidden();
  const ids = await cardIds(page);
  expect(ids.every((id) => /:(price-too-high|cold-call-opening)(:|$)/.test(id ?? ''))).toBe(true);
  expect(ids).toContain('script:price-too-high');
});

test('the home page names today’s drill scripts and links to the drill', async ({ page }) => {
  await page.goto('/');
  const block = page.locator('today-drill');
  await expect(block.locator('li a').first()).toBeVisible();
  await block.getByRole('link', { name: '开始晨练' }).click();
  await expect(page).toHaveURL(/\/drill\/$/);
  const home = await page.request.get('/').then((r) => r.text());
  expect(home).toContain('今日晨练');
});

test('a link into the agenda shows the agenda of the date it names (?date=), summer or winter', async ({ page }) => {
  const agenda = page.locator('.drill-agenda [data-timetable]:visible');
  // Outside meeting mode the agenda is not shown, unless a link points into it.
  await page.goto('/drill/?date=2027-07-01');
  await expect(page.locator('[data-count]')).toHaveText(/第 1 \//);
  await expect(agenda).toHaveCount(0);
  await page.goto('/drill/?date=2026-12-09#drill-agenda');
  // Scrolled to, once the day's cards above it are in.
  await expect(page.locator('.drill-deck')).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByRole('heading', { name: '今日议程' })).toBeInViewport();
  await page.goto('/drill/?date=2027-07-01#drill-agenda');
  await expect(agenda).toHaveCount(1);
  await expect(agenda.locator('.drill-agenda__label')).toContainText('夏时制');
  await expect(page.getByRole('heading', { name: '今日议程' })).toBeInViewport();
  await page.goto('/drill/?date=2026-12-08#drill-agenda');
  await expect(agenda).toHaveCount(1);
  await expect(agenda.locator('.drill-agenda__label')).toContainText('冬时制');
  await expect(page.locator('[data-date-label]')).toContainText('12 月 8 日');
});
