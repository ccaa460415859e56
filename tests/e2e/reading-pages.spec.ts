import { expect, test } from './console';

test('the home page leads to the handbook, scripts and the morning timetable', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/业务部工作手册/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { name: '早间流程' })).toBeVisible();
  await expect(page.getByRole('cell', { name: '晨读训练' }).first()).toBeVisible();
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '手册' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '业务部工作手册' })).toBeVisible();
  await expect(page.getByRole('link', { name: '早间流程' })).toBeVisible();
});

test('a section shows its owner, audience, version, revision table and chapter neighbours', async ({ page }) => {
  await page.goto('/handbook/daily-work/morning-routine/');
  await expect(page.getByRole('heading', { level: 1, name: '早间流程' })).toBeVisible();
  const meta = page.locator('dl.meta');
  await expect(meta).toContainText('负责人');
  await expect(meta).toContainText('业务部经理');
  await expect(meta).toContainText('必读对象');
  await expect(meta).toContainText('第 2 版');
  await expect(page.getByRole('heading', { name: '修订记录' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: '当前位置' })).toContainText('日常工作');
  // The in-page table of contents jumps to a heading.
  const toc = page.getByRole('navigation', { name: '本节目录' });
  await toc.getByRole('link', { name: '晨读训练' }).click();
  await expect(page).toHaveURL(/#晨读训练|#%E6%99%A8/);
  // Previous / next stay inside the chapter.
  await page.getByRole('link', { name: /下一节/ }).click();
  await expect(page).toHaveURL(/\/handbook\/daily-work\//);
});

test('reading pages ship no JavaScript of their own: only the tiny header search loader, and the reading confirmation on sections', async ({
  page,
}) => {
  const scriptsOn = async (path: string) => {
    await page.goto(path);
    // JSON islands (the data an element reads) are not JavaScript.
    return page
      .locator('script:not([type="application/json"])')
      .evaluateAll((scripts) => scripts.map((s) => s.getAttribute('src') ?? 'inline'));
  };
  for (const path of ['/scripts/price-too-high/', '/cases/price-objection-won/', '/glossary/']) {
    const sources = await scriptsOn(path);
    expect(sources, path).toHaveLength(1);
    expect(sources[0], path).toMatch(/Header\.astro/);
  }
  const section = await scriptsOn('/handbook/daily-work/morning-routine/');
  expect(section).toHaveLength(2);
  expect(section.some((src) => src.includes('Header.astro'))).toBe(true);
  expect(section.some((src) => src.includes('ReadConfirm'))).toBe(true);
});

test('a script sets out the dialogue rep / customer with key points and pitfalls', async ({ page }) => {
  await page.goto('/scripts/price-too-high/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('价格太高');
  const lines = page.locator('.dialogue li');
  expect(await lines.count()).toBeGreaterThanOrEqual(4);
  await expect(page.locator('.dialogue .line--rep').first()).toContainText('业务员');
  await expect(page.locator('.dialogue .line--customer').first()).toContainText('客户');
  await expect(page.locator('mark.key-phrase').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: '要点' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '误区' })).toBeVisible();
});

test('an unknown address shows the Chinese 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/handbook/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: '找不到这个页面' })).toBeVisible();
  await page.getByRole('link', { name: '回到首页' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('keyboard users can skip to the content', async ({ page }) => {
  await page.goto('/handbook/daily-work/timetable/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await skip.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('a phone reads a section without sideways scrolling @phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/', '/handbook/daily-work/morning-routine/', '/scripts/price-too-high/', '/glossary/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${path} fits 360 px`).toBeLessThanOrEqual(0);
  }
});

test('a section links its related quizzes, forms, cases and further reading', async ({ page }) => {
  await page.goto('/handbook/daily-work/daily-review/');
  const related = page.getByRole('complementary', { name: '相关内容' });
  await expect(related.getByRole('link', { name: '日常工作测验' })).toHaveAttribute('href', '/quiz/daily-work/');
  await expect(related.getByRole('link', { name: '客户拜访报告' })).toHaveAttribute('href', '/forms/visit-report/');
  const links = await related
    .getByRole('listitem')
    .evaluateAll((items) => items.map((item) => item.querySelector('a')?.getAttribute('href') ?? null));
  expect(links.length).toBeGreaterThan(2);
  expect(links, 'every related item is a link').not.toContain(null);
  await related.getByRole('link', { name: '日常工作测验' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '日常工作测验' })).toBeVisible();
});
