/**
 * Reading and reviewing on a phone (390×844): what a rep sees first, without scrolling, on the
 * drill's review, /scripts/, home and a section; and the drill's practice of a path step.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './console';

const PHONE = { width: 390, height: 844 };

/** The top and bottom of an element, in viewport coordinates. */
const box = async (locator: Locator) => {
  const rect = await locator.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
  return { top: rect.top, bottom: rect.bottom };
};
const stickyTop = (page: Page) => page.locator('drill-review .drill-actions').evaluate((el) => el.getBoundingClientRect().top);

test.beforeEach(async ({ page }) => {
  await page.setViewportSize(PHONE);
});

test('review on a phone: the card starts near the top and the revealed answer is scrolled into view @phone', async ({ page }) => {
  await page.goto('/drill/?date=2026-12-08#review');
  const card = page.locator('[data-review-card] [data-card-id]');
  await expect(card).toBeVisible();
  // The date line and the week's theme belong to the team drill, not to personal review.
  await expect(page.getByRole('link', { name: '后一天' })).toBeHidden();
  await expect(page.locator('[data-theme]')).toBeHidden();
  expect((await box(card)).top).toBeLessThan(PHONE.height * 0.45);
  // Reveal cards until one has an answer below its question; each time the answer's end is in view.
  for (let i = 0; i < 4; i++) {
    await page.getByRole('button', { name: '显示答案' }).click();
    await expect(card).toHaveClass(/is-revealed/);
    const answer = card.locator('.drill-card__back, .dialogue > li').last();
    await expect.poll(async () => (await box(answer)).bottom - (await stickyTop(page))).toBeLessThanOrEqual(1);
    expect((await box(answer)).bottom).toBeGreaterThan(0);
    await page.getByRole('button', { name: /良好/ }).click();
  }
  // Back on the team tab the date line returns, and 后一天 keeps the tab the reader was on.
  await page.getByRole('tab', { name: '今日晨练' }).click();
  await expect(page.getByRole('link', { name: '后一天' })).toBeVisible();
  await page.getByRole('tab', { name: '我的复习' }).click();
  await expect(page).toHaveURL(/#review$/);
  await expect(page.locator('[data-date-next]')).toHaveAttribute('href', /date=2026-12-09#review$/);
});

test('practising a path step leaves the day’s new review cards for the daily review @phone', async ({ page }) => {
  await page.goto('/drill/?scripts=price-too-high#review');
  for (let i = 0; i < 3; i++) {
    await page.getByRole('button', { name: '显示答案' }).click();
    await page.getByRole('button', { name: /良好/ }).click();
  }
  await expect(page.locator('[data-stat="reviewedToday"]')).toHaveText('3');
  await page.goto('/drill/#review');
  await expect(page.locator('[data-stat="newToday"]')).toHaveText('10');
  await expect(page.locator('[data-stat="reviewedToday"]')).toHaveText('3');
});

test('/scripts/ on a phone: the first script is on the first screen, also when a search names glossary terms @phone', async ({ page }) => {
  await page.goto('/scripts/');
  const first = page.locator('[data-stage-group] [data-script] h3').first();
  expect((await box(first)).bottom).toBeLessThanOrEqual(PHONE.height);
  await page.getByRole('searchbox', { name: '查找话术' }).fill('价格');
  const hit = page.locator('[data-results] > li h3').first();
  await expect(hit).toBeVisible();
  await expect(page.locator('[data-terms]')).toBeVisible();
  expect((await box(hit)).bottom).toBeLessThanOrEqual(PHONE.height);
});

test('home on a phone: 常用话术 comes before the chapter list @phone', async ({ page }) => {
  await page.goto('/');
  const scripts = page.getByRole('heading', { name: '常用话术' });
  const chapters = page.getByRole('heading', { name: '手册章节' });
  expect((await box(scripts)).top).toBeLessThan((await box(chapters)).top);
  expect((await box(scripts)).top).toBeLessThan(PHONE.height * 2);
});

test('a section on a phone: contents folded at the top, a reading status at the top and 已阅读确认 after the text @phone', async ({
  page,
}) => {
  await page.goto('/handbook/daily-work/morning-routine/');
  const contents = page.locator('.toc-inline');
  await expect(contents).toBeVisible();
  await expect(page.locator('.toc')).toBeHidden();
  const firstEntry = contents.getByRole('link').first();
  await expect(firstEntry).toBeHidden();
  await contents.getByText(/本节目录/).click();
  await expect(firstEntry).toBeVisible();

  const status = page.locator('read-confirm[data-place="top"]');
  await expect(status).toContainText('尚未确认阅读');
  expect((await box(status)).bottom).toBeLessThan(PHONE.height * 1.5);
  const button = page.getByRole('button', { name: '已阅读确认' });
  const lastHeading = page.locator('article > .heading-link-wrapper > h2').last();
  expect((await box(button)).top).toBeGreaterThan((await box(lastHeading)).bottom);
  await status.getByRole('link', { name: /到文末确认/ }).click();
  await expect(button).toBeInViewport();
  await button.click();
  await expect(status).toContainText(/已确认阅读第 \d+ 版/);
  await expect(status.getByRole('link', { name: /到文末确认/ })).toBeHidden();
});
