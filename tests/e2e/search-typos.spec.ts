/**
 * Search forgives an input method's homophone and says when its results hold only part of a query,
 * on the built site: what a rep sees above the results (the correction is src/lib/search/typos.ts).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './console';

async function searchFor(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('[data-status]')).not.toHaveText(/正在搜索|输入要找/, { timeout: 15_000 });
}

const firstTitles = (page: Page) =>
  page.locator('[data-results] > li > a.hit__title').evaluateAll((links) => links.slice(0, 3).map((a) => a.getAttribute('href') ?? ''));

test('回宽 shows 回款’s results, says so, and the rep can still search 回宽 as typed', async ({ page }) => {
  await searchFor(page, `/search/?q=${encodeURIComponent('回宽')}`);
  const line = page.locator('[data-correction]');
  await expect(line).toHaveText('已显示“回款”的结果。仍然搜索“回宽”');
  expect(await firstTitles(page)).toContain('/handbook/contracts/collection/');
  await expect(page.locator('[data-results] mark').first()).toHaveText(/回款/);

  await line.getByRole('link', { name: '仍然搜索“回宽”' }).click();
  await expect(page).toHaveURL(/[?&]typed=1/);
  await expect(page.locator('[data-status]')).not.toHaveText(/正在搜索|输入要找/);
  await expect(page.locator('#search-q')).toHaveValue('回宽');
  await expect(line).toBeHidden();
  // Edited, the query is corrected again.
  await page.locator('#search-q').fill('考琴');
  await expect(line).toHaveText('已显示“考勤”的结果。仍然搜索“考琴”');
  await expect(page).not.toHaveURL(/typed=1/);
});

test('合同签定 keeps its results and offers 合同签订', async ({ page }) => {
  await searchFor(page, `/search/?q=${encodeURIComponent('合同签定')}`);
  const line = page.locator('[data-correction]');
  await expect(line).toHaveText('您要找的是不是：合同签订');
  await line.getByRole('link', { name: '合同签订' }).click();
  await expect(page.locator('#search-q')).toHaveValue('合同签订');
  await expect(page.locator('[data-status]')).toHaveText(/找到 \d+ 个结果/);
  await expect(line).toBeHidden();
  expect(await firstTitles(page)).toContain('/handbook/contracts/signing/');
});

test('a query no page answers as a whole says its results hold only part of it', async ({ page }) => {
  await searchFor(page, `/search/?q=${encodeURIComponent('火星移民签证')}`);
  await expect(page.locator('[data-partial]')).toHaveText('没有找到同时包含这些词的内容，下面的结果只包含其中一部分。');
  await expect(page.locator('[data-correction]')).toBeHidden();
});

test('a correct query shows neither a correction nor a note, and fetches no readings', async ({ page }) => {
  const readings: string[] = [];
  page.on('request', (request) => {
    if (/\/search\/(readings|sounds)\//.test(request.url())) readings.push(request.url());
  });
  for (const query of ['回款', '报价', '客户拖着不付款咋办']) {
    await searchFor(page, `/search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('[data-status]')).toHaveText(/找到 \d+ 个结果/);
    await expect(page.locator('[data-correction]')).toBeHidden();
    await expect(page.locator('[data-partial]')).toBeHidden();
  }
  expect(readings).toEqual([]);
});

test('bad input still searches without a correction or an error', async ({ page }) => {
  for (const query of ['😀🙈', '<b>回宽</b>', '.*+?()[]']) {
    await searchFor(page, `/search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('[data-status]')).not.toHaveText(/搜索暂时不可用/);
  }
  // 2,000 characters, typed (or pasted) into the box: too long for an address.
  await page.locator('#search-q').fill('回宽'.repeat(1000));
  await expect(page.locator('[data-status]')).toHaveText(/找到 \d+ 个结果|没有找到/);
  await expect(page.locator('[data-correction]')).toBeHidden();
});

test('the header box shows 回款’s results for 回宽, says so, and takes 回宽 to the search page', async ({ page }) => {
  await page.goto('/handbook/');
  await page.locator('#site-search-q').fill('回宽');
  const panel = page.locator('.search-panel');
  await expect(panel.locator('.search-panel__status')).toHaveText(/^已显示“回款”的结果。找到 \d+ 个结果$/, { timeout: 15_000 });
  await expect(panel.locator('a.hit__title').first()).toHaveAttribute('href', '/handbook/contracts/collection/');
  await panel.getByRole('link', { name: '查看全部结果' }).click();
  await expect(page).toHaveURL(`/search/?q=${encodeURIComponent('回宽')}`);
  await expect(page.locator('[data-correction]')).toHaveText('已显示“回款”的结果。仍然搜索“回宽”');
});
