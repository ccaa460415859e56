/**
 * When the search engines cannot load — Pagefind's WebAssembly blocked, the script finder's data
 * lost to a dropped connection — the reader is told, and the finder tries again once it can.
 */
import { expect, test } from './console';

test('search says it is unavailable, not 正在搜索… forever, when Pagefind’s WebAssembly fails', async ({ page, consoleErrors }) => {
  test.setTimeout(45_000);
  await page.route('**/pagefind/*.pagefind', (route) => route.abort());
  await page.goto(`/search/?q=${encodeURIComponent('报价')}`);
  await expect(page.locator('[data-status]')).toHaveText('搜索暂时不可用，请检查网络后再试。', { timeout: 25_000 });
  // Pagefind logs the failed load itself.
  expect(consoleErrors.every((text) => /Failed to load|WASM|Failed to fetch/.test(text))).toBe(true);
  consoleErrors.length = 0;
});

test('the script finder says so when its data failed to load, and loads it on the next try', async ({ page, consoleErrors }) => {
  let refuse = true;
  // The finder's index comes in shards (a manifest, then the shards a query needs).
  await page.route('**/search/scripts/*.json', (route) => (refuse ? route.abort() : route.fallback()));
  await page.goto('/scripts/');
  const box = page.getByRole('searchbox', { name: '查找话术' });
  await box.fill('太贵');
  await expect(page.locator('[data-status]')).toHaveText('搜索暂时不可用，请检查网络后再试。');
  refuse = false;
  await box.fill('价格太贵');
  await expect(page.locator('[data-results] > *').first()).toBeVisible();
  await expect(page.locator('[data-status]')).toHaveText(/\d+ 条匹配/);
  expect(consoleErrors.every((text) => text.includes('net::ERR_FAILED'))).toBe(true);
  consoleErrors.length = 0;
});

test('site search says so when its index files failed to load, and finds the same query once they load', async ({
  page,
  consoleErrors,
}) => {
  let refuse = true;
  await page.route('**/pagefind/index/*.pf_index', (route) => (refuse ? route.abort() : route.fallback()));
  // A question, searched by Pagefind (no quick answer): its words' index files are refused.
  await page.goto(`/search/?q=${encodeURIComponent('客户拖着不付款咋办')}`);
  const status = page.locator('[data-status]');
  await expect(status).toHaveText('搜索暂时不可用，请检查网络后再试。');
  // Back online, the rep searches the same question again: its words are searched anew.
  refuse = false;
  await page.locator('search-page input[name="q"]').press('Enter');
  await expect(page.locator('[data-results] > li > a.hit__title').first()).toHaveText('回款管理');
  await expect(status).not.toHaveText(/正在搜索|暂时不可用/);
  expect(consoleErrors.every((text) => /net::ERR_FAILED|Failed to fetch/.test(text))).toBe(true);
  consoleErrors.length = 0;
});
