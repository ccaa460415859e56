/**
 * Search as a rep uses it: on a phone, with a thumb, between visits, not yet knowing the
 * handbook's words. What the rep sees and does around the results (the ranking is tested in
 * search-quality.spec.ts).
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './console';

/** A thumb-sized tap target (Apple HIG, Material: 44–48 px). */
const TAP = 44;

async function searchFor(page: Page, query: string) {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('[data-status]')).not.toHaveText(/正在搜索|输入要找/);
}

async function height(target: Locator): Promise<number> {
  return (await target.boundingBox())?.height ?? 0;
}

test('the header box\u2019s 「查看全部结果」 sits beside the count, in view without scrolling the panel', async ({ page }) => {
  await page.goto('/handbook/');
  await page.locator('#site-search-q').fill('hk');
  const panel = page.locator('.search-panel');
  const all = panel.getByRole('link', { name: '查看全部结果' });
  await expect(panel.locator('a.hit__title')).toHaveCount(5);
  // The panel is scrolled to its top: the link is there, above the glossary card and the results.
  expect(await panel.evaluate((element) => element.scrollTop)).toBe(0);
  await expect(all).toBeInViewport();
  const [link, status, first] = await Promise.all(
    [all, panel.locator('.search-panel__status'), panel.locator('a.hit__title').first()].map((l) => l.boundingBox()),
  );
  expect(link!.y).toBeLessThan(first!.y);
  expect(Math.abs(link!.y + link!.height / 2 - (status!.y + status!.height / 2))).toBeLessThan(4);
  expect(link!.height).toBeGreaterThanOrEqual(TAP - 4);
  await all.click();
  await expect(page).toHaveURL('/search/?q=hk');
});

test('tabbing on past the header box closes its panel, which would cover the page', async ({ page }) => {
  await page.goto('/handbook/');
  await page.keyboard.press('/');
  await page.keyboard.type('报价');
  const panel = page.locator('.search-panel');
  await expect(panel.locator('a.hit__title').first()).toBeVisible();
  // Tab reaches the box's own button first: the panel stays, it belongs to the box.
  await page.keyboard.press('Tab');
  await expect(page.locator('.site-search button[type="submit"]')).toBeFocused();
  await expect(panel).toBeVisible();
  await expect(page.locator('#site-search-q')).toHaveAttribute('aria-expanded', 'true');
  // Then the panel's own links (「查看全部结果」, the glossary card's), then on into the page: the
  // panel closes, and the box says so.
  const inBox = () => page.evaluate(() => Boolean(document.activeElement?.closest('.site-search')));
  for (let i = 0; i < 5 && (await inBox()); i++) await page.keyboard.press('Tab');
  expect(await inBox()).toBe(false);
  await expect(panel).toBeHidden();
  await expect(page.locator('#site-search-q')).toHaveAttribute('aria-expanded', 'false');
  // A click on the panel's own text keeps it open (the rep is reading it).
  await page.locator('#site-search-q').fill('回款');
  await expect(panel.locator('a.hit__title').first()).toBeVisible();
  await panel.locator('.hit__excerpt').first().click();
  await expect(panel).toBeVisible();
});

test('a search with no result says what to do next: the glossary for the handbook\u2019s words, the contents, the scripts', async ({
  page,
}) => {
  await searchFor(page, 'baojai');
  await expect(page.locator('[data-status]')).toContainText('没有找到“baojai”');
  const next = page.getByRole('navigation', { name: '不知道手册里怎么说？可以从这里找：' });
  await expect(next).toBeInViewport();
  await expect(next.getByRole('link')).toHaveText([
    '术语表：查一个词在手册里的叫法和别名',
    '手册目录：按章节找规定和流程',
    '话术库：按销售阶段找话术',
  ]);
  await next.getByRole('link', { name: /^术语表/ }).click();
  await expect(page).toHaveURL('/glossary/');
});

test('a script the finder does not hold is one tap from the whole handbook\u2019s search', async ({ page }) => {
  await page.goto('/scripts/');
  const box = page.getByPlaceholder(/输入关键词或拼音/);
  await box.fill('火星移民');
  const status = page.locator('script-finder [data-status]');
  await expect(status).toHaveText('没有匹配的话术。换个词，或在整个手册里搜索“火星移民”');
  await status.getByRole('link', { name: '在整个手册里搜索“火星移民”' }).click();
  await expect(page).toHaveURL(`/search/?q=${encodeURIComponent('火星移民')}`);
  await expect(page.locator('#search-q')).toHaveValue('火星移民');
  // With a facet chosen, the way out is the facet.
  await page.goto('/scripts/');
  await page.getByLabel('阶段').selectOption('after-sales');
  await box.fill('火星移民');
  await expect(status).toHaveText('没有匹配的话术。换个词，或清除筛选。');
});

test('on a phone every search control is a thumb-sized target @phone', async ({ page }) => {
  await searchFor(page, '晨读');
  await expect(page.locator('[data-more]')).toBeVisible();
  const targets = [
    page.locator('#search-q'),
    page.locator('.search-form__row button'),
    ...['type', 'chapter', 'stage', 'role'].map((name) => page.locator(`select[name="${name}"]`)),
    page.locator('[data-results] a.hit__title').first(),
    page.locator('.hit__sub a').first(),
    page.locator('[data-more]'),
    page.locator('.search-next a').first(),
  ];
  for (const target of targets)
    expect(await height(target), await target.evaluate((e) => e.outerHTML.slice(0, 80))).toBeGreaterThanOrEqual(TAP);
  await page.goto('/scripts/');
  for (const target of [
    page.locator('#site-search-q'),
    page.locator('.site-search button'),
    page.getByPlaceholder(/输入关键词或拼音/),
    page.getByLabel('阶段'),
    page.getByRole('button', { name: '清除' }),
  ])
    expect(await height(target)).toBeGreaterThanOrEqual(TAP);
});

test('filters that leave a query without a result are cleared in one tap, and the query\u2019s results come back', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('报价')}&type=${encodeURIComponent('表格')}&stage=${encodeURIComponent('售后服务')}`);
  const status = page.locator('[data-status]');
  await expect(status).toContainText('所选筛选条件下没有“报价”的结果');
  const clear = page.getByRole('button', { name: '清除筛选' });
  await expect(clear).toBeVisible();
  await clear.click();
  await expect(status).toContainText(/找到 \d+ 个结果/);
  await expect(page).toHaveURL(`/search/?q=${encodeURIComponent('报价')}`);
  await expect(page.locator('select[name="type"]')).toHaveValue('');
  await expect(page.locator('select[name="stage"]')).toHaveValue('');
  // No filter chosen: nothing to clear, and focus did not fall out of the form.
  await expect(clear).toBeHidden();
  await expect(page.locator('select[name="type"]')).toBeFocused();
  await page.locator('select[name="role"]').selectOption({ index: 1 });
  await expect(clear).toBeVisible();
});

test('「显示更多结果」 from the keyboard moves focus to the first new result, and never drops it on the page when the last are shown', async ({
  page,
}) => {
  await searchFor(page, '晨读');
  const more = page.locator('[data-more]');
  const titles = page.locator('[data-results] > li > a.hit__title');
  await expect(titles).toHaveCount(5);
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(titles.nth(5)).toBeFocused();
  // The last page of results: the button goes, focus lands on the first of them, not on <body>.
  while (await more.isVisible()) {
    const shown = await titles.count();
    await more.focus();
    await page.keyboard.press('Enter');
    await expect(titles.nth(shown)).toBeFocused();
  }
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('A');
});

test('back from a result, the rep finds the results as they left them: as many shown, at the same place @phone', async ({ page }) => {
  // The test browser keeps no back/forward copy of a page (as a phone short of memory, or a
  // browser without one): the page loads and searches again.
  await searchFor(page, '客户');
  const titles = page.locator('[data-results] > li > a.hit__title');
  const more = page.locator('[data-more]');
  // Two taps on 「显示更多结果」 (reading on may fetch a few more by itself: how many is not the point).
  for (const atLeast of [15, 25]) {
    await more.click();
    await expect.poll(() => titles.count()).toBeGreaterThanOrEqual(atLeast);
  }
  await expect(page.locator('[data-results][aria-busy]')).toHaveCount(0);
  const shown = await titles.count();
  const chosen = titles.nth(17);
  await chosen.scrollIntoViewIfNeeded();
  const href = await chosen.getAttribute('href');
  const y = await page.evaluate(() => window.scrollY);
  expect(y).toBeGreaterThan(1000);
  await chosen.click();
  await expect(page).toHaveURL(href!);
  await page.goBack();
  await expect(page).toHaveURL(`/search/?q=${encodeURIComponent('客户')}`);
  await expect.poll(() => titles.count()).toBeGreaterThanOrEqual(shown);
  await expect(page.locator(`[data-results] > li > a.hit__title[href="${href}"]`)).toBeInViewport();
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - y)).toBeLessThan(50);
  // A new visit to the same address starts at the top, with the first results.
  await page.goto(`/search/?q=${encodeURIComponent('客户')}`);
  await expect(titles).toHaveCount(5);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('the search page shows one search box, its own, and 「/」 goes to it', async ({ page }) => {
  await searchFor(page, '报价');
  await expect(page.getByRole('searchbox')).toHaveCount(1);
  await expect(page.locator('#site-search-q')).toBeHidden();
  await page.locator('h1').click();
  await page.keyboard.press('/');
  await expect(page.locator('#search-q')).toBeFocused();
  // Typing "/" in the box is just typing.
  await page.keyboard.type('/');
  await expect(page.locator('#search-q')).toHaveValue('报价/');
  // Elsewhere the header box is there, and 「/」 goes to it.
  await page.goto('/scripts/');
  await page.keyboard.press('/');
  await expect(page.locator('#site-search-q')).toBeFocused();
});

test('a script card on /scripts/ opens from anywhere on it, not only from its title\u2019s line @phone', async ({ page }) => {
  /** Taps the middle of the card's summary, below its title (what is on top there takes the tap). */
  const tapSummary = async (card: Locator) => {
    const box = (await card.locator('p').first().boundingBox())!;
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
  };
  await page.goto('/scripts/');
  const card = page.locator('[data-script]').first();
  const href = await card.locator('h3 a').getAttribute('href');
  await tapSummary(card);
  await expect(page).toHaveURL(href!);
  // The same for a card the finder lists.
  await page.goBack();
  await page.getByPlaceholder(/输入关键词或拼音/).fill('bj');
  const found = page.locator('[data-results] > li').first();
  await expect(found).toBeVisible();
  const foundHref = await found.locator('h3 a').getAttribute('href');
  await tapSummary(found);
  await expect(page).toHaveURL(foundHref!);
});

test('on a phone, 「搜索」 on the keyboard closes it so the results are not under it @phone', async ({ page }) => {
  expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
  await page.goto('/search/');
  const box = page.locator('#search-q');
  await box.tap();
  await box.fill('回款');
  await expect(box).toBeFocused();
  await box.press('Enter');
  await expect(box).not.toBeFocused();
  await expect(page.locator('[data-results] > li').first()).toBeVisible();
  // The script finder alike.
  await page.goto('/scripts/');
  const finder = page.getByPlaceholder(/输入关键词或拼音/);
  await finder.tap();
  await finder.fill('bj');
  await finder.press('Enter');
  await expect(finder).not.toBeFocused();
  await expect(page.locator('[data-results] > li').first()).toBeVisible();
});

test('with a mouse and keys, Enter in the search box keeps focus there to refine the query', async ({ page }) => {
  await page.goto('/search/');
  const box = page.locator('#search-q');
  await box.click();
  await box.fill('回款');
  await box.press('Enter');
  await expect(page.locator('[data-results] > li').first()).toBeVisible();
  await expect(box).toBeFocused();
});

test('the header box shows a new hire what to type — a handbook word, an everyday word, pinyin — not a key a phone lacks @phone', async ({
  page,
}) => {
  await page.goto('/handbook/');
  const box = page.locator('#site-search-q');
  await expect(box).toHaveAttribute('placeholder', '搜索，例如 报价、拖款、hk');
  // Each example answers.
  for (const example of ['报价', '拖款', 'hk']) {
    await box.fill(example);
    await expect(page.locator('.search-panel a.hit__title').first()).toBeVisible();
  }
});

/** Whether an input's placeholder fits in its box, uncut. */
async function placeholderFits(box: Locator): Promise<boolean> {
  return box.evaluate((input: HTMLInputElement) => {
    const style = getComputedStyle(input);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = style.font;
    const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return context.measureText(input.placeholder).width <= room;
  });
}

test('on a phone the search boxes\u2019 examples are not cut off, and each of them answers @phone', async ({ page }) => {
  await page.goto('/search/');
  const box = page.locator('#search-q');
  await expect(box).toHaveAttribute('placeholder', '例如 拖款、客户不付款咋办、hk');
  expect(await placeholderFits(box)).toBe(true);
  for (const example of ['拖款', '客户不付款咋办', 'hk']) {
    await box.fill(example);
    await expect(page.locator('[data-status]')).toContainText(/找到 \d+ 个结果/);
  }
  await page.goto('/handbook/');
  expect(await placeholderFits(page.locator('#site-search-q'))).toBe(true);
});

/** Searched once online, then the connection drops (no service worker: search-ux runs without it). */
async function offlineAfter(page: Page, query: string) {
  await searchFor(page, query);
  await expect(page.locator('[data-results] > li')).toHaveCount(5);
  await expect(page.locator('search-page:not([data-refining])')).toBeAttached();
  await page.context().setOffline(true);
}

test('offline, a new query says search is unavailable and leaves none of the previous query\u2019s results under it', async ({
  page,
  consoleErrors,
}) => {
  await offlineAfter(page, '报价');
  await page.locator('search-page [name="q"]').fill('客户一直拖着不付款怎么办');
  await expect(page.locator('[data-status]')).toHaveText('搜索暂时不可用，请检查网络后再试。', { timeout: 20_000 });
  await expect(page.locator('[data-results] > li')).toHaveCount(0);
  await expect(page.locator('[data-cards] > *')).toHaveCount(0);
  await expect(page.locator('[data-more]')).toBeHidden();
  // The browser logs each file it could not fetch.
  expect(consoleErrors.every((text) => /ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(text))).toBe(true);
  consoleErrors.length = 0;
});

test('offline, a word whose lexicon file did not load is not reported as absent from the handbook', async ({ page, consoleErrors }) => {
  await offlineAfter(page, '报价');
  await page.locator('search-page [name="q"]').fill('合同');
  await expect(page.locator('[data-status]')).toHaveText('搜索暂时不可用，请检查网络后再试。', { timeout: 20_000 });
  await expect(page.locator('[data-status]')).not.toContainText('没有找到');
  // Back online, the same query finds its pages.
  await page.context().setOffline(false);
  await page.locator('search-page form').evaluate((form: HTMLFormElement) => form.requestSubmit());
  await expect(page.locator('[data-status]')).toHaveText(/^找到 \d+ 个结果/, { timeout: 20_000 });
  expect(consoleErrors.every((text) => /ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(text))).toBe(true);
  consoleErrors.length = 0;
});

test('pinyin whose keys did not load is not reported as neither a word nor pinyin, nor as found nowhere', async ({
  page,
  consoleErrors,
}) => {
  let refuse = true;
  await page.route('**/search/pinyin/*.json', (route) => (refuse ? route.abort('internetdisconnected') : route.fallback()));
  await page.goto(`/search/?q=hk`);
  const status = page.locator('[data-status]');
  await expect(status).toHaveText('搜索暂时不可用，请检查网络后再试。', { timeout: 20_000 });
  // Once they load, hk reads as pinyin (回款) and finds its pages.
  refuse = false;
  await page.locator('search-page form').evaluate((form: HTMLFormElement) => form.requestSubmit());
  await expect(status).toHaveText(/^找到 \d+ 个结果/, { timeout: 20_000 });
  expect(consoleErrors.every((text) => text.includes('ERR_INTERNET_DISCONNECTED'))).toBe(true);
  consoleErrors.length = 0;
});

test('Escape closes the header box\u2019s list and keeps focus in the box, to type on', async ({ page }) => {
  await page.goto('/handbook/');
  const box = page.locator('#site-search-q');
  await box.fill('报价');
  const panel = page.locator('.search-panel');
  await expect(panel.locator('a.hit__title').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('报价');
});

test('the header box with no result offers the search page to try another way, not 「查看全部结果」 of nothing', async ({ page }) => {
  await page.goto('/handbook/');
  await page.locator('#site-search-q').fill('baojai');
  const panel = page.locator('.search-panel');
  await expect(panel.locator('.search-panel__status')).toContainText('没有找到“baojai”');
  await expect(panel.getByRole('link', { name: '查看全部结果' })).toHaveCount(0);
  await panel.getByRole('link', { name: '到搜索页换个找法' }).click();
  await expect(page).toHaveURL('/search/?q=baojai');
  // With results, the link still says what it opens.
  await page.goto('/handbook/');
  await page.locator('#site-search-q').fill('报价');
  await expect(panel.getByRole('link', { name: '查看全部结果' })).toBeVisible();
});

test('filters that leave a query without a result say so, next to 「清除筛选」, instead of asking for other words', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('报价')}&type=${encodeURIComponent('表格')}&stage=${encodeURIComponent('售后服务')}`);
  const status = page.locator('[data-status]');
  await expect(status).toHaveText('所选筛选条件下没有“报价”的结果。清除筛选可看到全部结果。');
  await expect(page.getByRole('button', { name: '清除筛选' })).toBeVisible();
  // Without filters, a query with no result still asks for other words.
  await searchFor(page, 'baojai');
  await expect(status).toHaveText(/^没有找到“baojai”。换个说法，或少输入几个字试试。/);
});
