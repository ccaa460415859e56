import { expect, test } from './console';
import { QUALITY_QUERIES } from './search-queries';

// Runs every query through the real search page (the same ranking code reps use) and requires
// the expected page in the top 3 for at least 90 % of them.
test('site search finds the right page in the top 3 for at least 90 % of reps\u2019 queries', async ({ page }) => {
  test.setTimeout(120_000);
  const misses: string[] = [];
  for (const { query, expect: wanted } of QUALITY_QUERIES) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('[data-status]')).not.toHaveText(/正在搜索|输入要找/);
    const top = await page
      .locator('[data-results] > li > a.hit__title')
      .evaluateAll((links) => links.slice(0, 3).map((a) => a.getAttribute('href') ?? ''));
    if (!top.some((href) => wanted.includes(href.split('#')[0]!))) misses.push(`${query} → ${top.join(' ') || '（无结果）'}`);
  }
  const rate = (QUALITY_QUERIES.length - misses.length) / QUALITY_QUERIES.length;
  console.log(
    `search quality: ${QUALITY_QUERIES.length - misses.length}/${QUALITY_QUERIES.length} (${Math.round(rate * 100)} %)${misses.length ? `\nmisses:\n  ${misses.join('\n  ')}` : ''}`,
  );
  expect(QUALITY_QUERIES.length).toBeGreaterThanOrEqual(30);
  expect(rate, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
});
