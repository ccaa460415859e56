import type { Page } from '@playwright/test';
import { expect, test } from './console';

/** Waits until the search page has answered (its status line no longer says it is working). */
async function searchFor(page: Page, query: string, params = '') {
  await page.goto(`/search/?q=${encodeURIComponent(query)}${params}`);
  if (query.trim()) await expect(page.locator('[data-status]')).not.toHaveText(/正在搜索|输入要找/);
}
const hitLinks = (page: Page) => page.locator('[data-results] > li > a.hit__title');

test('the header search box jumps to "/" and shows results as a rep types', async ({ page }) => {
  await page.goto('/handbook/daily-work/morning-routine/');
  await page.keyboard.press('/');
  await expect(page.locator('#site-search-q')).toBeFocused();
  await page.keyboard.type('报价');
  const panel = page.locator('.search-panel');
  // The first results are pages about quoting (which of them comes first is the ranking's business).
  await expect(panel.locator('a.hit__title').first()).toContainText('报价');
  await expect(panel.locator('a.hit__title')).toHaveCount(5);
  // The panel answers the whole word once typing pauses (on a slow machine 报 alone may pause first).
  const all = panel.getByRole('link', { name: '查看全部结果' });
  await expect(all).toHaveAttribute('href', /q=%E6%8A%A5%E4%BB%B7$/);
  await all.click();
  await expect(page).toHaveURL(/\/search\/\?q=%E6%8A%A5%E4%BB%B7/);
  await expect(hitLinks(page).first()).toBeVisible();
});

test('the header box answers a known word or its pinyin without Pagefind, with the search page\u2019s first results', async ({ page }) => {
  // Seven queries, each typed into the box and then searched on the page: more than one query's time.
  test.setTimeout(60_000);
  const pagefind: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/pagefind/')) pagefind.push(request.url());
  });
  // Typed words, a colloquial word, a trade term, a question around a word (fillers dropped), and
  // pinyin read as several words (hk: 回款, 回扣, 汇款 …), which ranks unlike any one of them.
  for (const query of ['报价', '回款', '拖款', 'CIF', '打卡怎么弄', 'hk', 'huikuan']) {
    await page.goto('/handbook/daily-work/morning-routine/');
    pagefind.length = 0;
    await page.locator('#site-search-q').fill(query);
    const panel = page.locator('.search-panel');
    const all = panel.getByRole('link', { name: '查看全部结果' });
    await expect(all).toHaveAttribute('href', `/search/?q=${encodeURIComponent(query)}`);
    const box = await panel.locator('a.hit__title').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const count = (await panel.locator('.search-panel__status').textContent()) ?? '';
    expect(box.length, query).toBeGreaterThan(0);
    expect(pagefind, query).toEqual([]);
    await all.click();
    await expect(page.locator('[data-status]')).not.toHaveText(/正在搜索|输入要找/);
    const first = await hitLinks(page).evaluateAll((links) => links.slice(0, 5).map((a) => a.getAttribute('href')));
    expect(box, query).toEqual(first);
    // The count the box gives is the one the search page ends with.
    await expect(page.locator('search-page')).not.toHaveAttribute('data-refining');
    // The page painted the same quick answer at once, and Pagefind's answer kept it: same pages, same order, same count.
    await expect(page.locator('search-page')).toHaveAttribute('data-quick', 'kept');
    expect(await hitLinks(page).evaluateAll((links) => links.slice(0, 5).map((a) => a.getAttribute('href'))), query).toEqual(first);
    expect(/找到 \d+ 个结果/.exec(count)?.[0], query).toBe(
      (await page.locator('[data-status]').textContent())?.match(/找到 \d+ 个结果/)?.[0],
    );
  }
});

test('a result shown from a quick answer stays the same link when Pagefind\u2019s answer keeps it, so a tap at that moment opens it', async ({
  page,
}) => {
  await page.goto('/search/');
  const kept = await page.evaluate(async (query) => {
    const host = document.querySelector<HTMLElement>('search-page')!;
    const form = host.querySelector('form')!;
    let painted: Element | null = null;
    const answered = new Promise<{ quick?: string; same: boolean }>((resolve) => {
      new MutationObserver(() => {
        // The quick answer is painted with the page marked as refining; Pagefind's answer then sets data-quick.
        if (!painted && host.hasAttribute('data-refining')) painted = host.querySelector('[data-results] a.hit__title');
        if (host.dataset.quick) {
          const now = host.querySelector('[data-results] a.hit__title');
          resolve({ quick: host.dataset.quick, same: painted !== null && now === painted && painted.isConnected });
        }
      }).observe(host, { attributes: true, childList: true, subtree: true });
    });
    (form.elements.namedItem('q') as HTMLInputElement).value = query;
    form.requestSubmit();
    return answered;
  }, '报价');
  expect(kept).toEqual({ quick: 'kept', same: true });
  // …and it still opens its page, with Pagefind's whole excerpt beside it.
  await expect(page.locator('[data-results] > li').first().locator('.hit__excerpt')).not.toBeEmpty();
  await hitLinks(page).first().click();
  await expect(page).not.toHaveURL(/\/search\//);
});

test('the header box shows the glossary cards the search page shows: none for a word most pages use', async ({ page }) => {
  test.setTimeout(40_000);
  // 客户 is on most pages: the search page shows no card for it in a sentence, nor may the box. 重要客户
  // names a term held by few pages (card shown); 买家 is another word for 客户, alone it is the whole query (card shown).
  for (const query of ['客户说太贵了，我该怎么回', '重要客户怎么跟进', '买家']) {
    await page.goto('/handbook/daily-work/morning-routine/');
    await page.locator('#site-search-q').fill(query);
    const panel = page.locator('.search-panel');
    const all = panel.getByRole('link', { name: '查看全部结果' });
    await expect(all).toHaveAttribute('href', `/search/?q=${encodeURIComponent(query)}`);
    await expect(panel.locator('a.hit__title').first()).toBeVisible();
    const boxCards = await panel.locator('.term-card dfn').allTextContents();
    await searchFor(page, query);
    const pageCards = await page.locator('search-page .term-card dfn').allTextContents();
    expect(boxCards, query).toEqual(pageCards);
  }
});

test('a reading page loads no search code until the box is focused', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('/scripts/price-too-high/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((path) => /pagefind|\/search\/|search-box|search-engine/.test(path))).toEqual([]);
  await page.locator('#site-search-q').focus();
  // Focus loads what the box needs to answer (its lexicon core), not Pagefind.
  await expect.poll(() => requests.some((path) => path.startsWith('/search/lexicon/'))).toBe(true);
  await page.waitForLoadState('networkidle');
  expect(requests.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
});

test('without JavaScript the header box is a plain form to /search/ and the script list still reads', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/scripts/');
  const form = page.getByRole('search').first();
  await expect(form).toHaveAttribute('action', '/search/');
  await expect(form).toHaveAttribute('method', 'get');
  await expect(page.locator('[data-script]').first()).toBeVisible();
  expect(await page.locator('[data-script]').count()).toBeGreaterThan(10);
  await expect(page.locator('script-finder form')).toBeHidden();
  await context.close();
});

test('the search page keeps the query in the URL and shows highlighted excerpts with links to headings', async ({ page }) => {
  await searchFor(page, '晨读');
  await expect(page.locator('#search-q')).toHaveValue('晨读');
  await expect(hitLinks(page).first()).toHaveAttribute('href', '/handbook/daily-work/morning-routine/');
  await expect(page.locator('.hit__excerpt mark').first()).toContainText('晨读');
  // Sub-results point at the exact heading.
  await expect(page.locator('.hit__sub a[href*="#"]').first()).toBeVisible();
  await page.locator('#search-q').fill('回款');
  await expect(page).toHaveURL(/\?q=%E5%9B%9E%E6%AC%BE/);
});

test('filters narrow the results and are kept in the URL', async ({ page }) => {
  await searchFor(page, '价格');
  await page.getByLabel('类型').selectOption('话术');
  await expect(page).toHaveURL(/type=%E8%AF%9D%E6%9C%AF/);
  await expect(page.locator('[data-status]')).toContainText('找到');
  const badges = await page.locator('[data-results] > li > .badge').allTextContents();
  expect(badges.length).toBeGreaterThan(0);
  expect(new Set(badges)).toEqual(new Set(['话术']));
  await page.reload();
  await expect(page.getByLabel('类型')).toHaveValue('话术');
});

test('a two-character word inside a long sentence is found', async ({ page }) => {
  // 交付 only appears inside sentences such as “协调工作计划、产品交付和服务…”.
  await searchFor(page, '交付');
  expect(await hitLinks(page).count()).toBeGreaterThan(0);
  await expect(page.locator('.hit__excerpt mark', { hasText: '交付' }).first()).toBeVisible();
});

test('pages holding the exact phrase come first', async ({ page, request }) => {
  await searchFor(page, '工作计划');
  const first = await hitLinks(page).first().getAttribute('href');
  const html = await (await request.get(first!)).text();
  expect(html.replace(/<[^>]+>/g, '')).toContain('工作计划');
});

test('colloquial words and aliases widen the search', async ({ page }) => {
  await searchFor(page, '砍价');
  await expect(hitLinks(page).first()).toHaveText('谈判与签约');
  await expect(page.locator('[data-status]')).toContainText('议价');
  await searchFor(page, '客人');
  await expect(page.locator('[data-status]')).toContainText('也搜索了：客户');
  await searchFor(page, '嫌贵');
  await expect(hitLinks(page).first()).toHaveText('应对“价格太高”');
});

test('a page is found by its tags, shown on it as links that search for each, never above a page whose title holds the word', async ({
  page,
}) => {
  // 开场白 is only a tag of the cold-call script: no page's text holds it.
  await searchFor(page, '开场白');
  await expect(hitLinks(page).first()).toHaveAttribute('href', '/scripts/cold-call-opening/');
  // 首单 is in a case's title and only in a script's tags: the case comes first.
  await searchFor(page, '首单');
  const order = await hitLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(order).toContain('/scripts/trial-order/');
  expect(order.indexOf('/cases/price-objection-won/')).toBeGreaterThanOrEqual(0);
  expect(order.indexOf('/cases/price-objection-won/')).toBeLessThan(order.indexOf('/scripts/trial-order/'));
  // On the page, each tag is a link to a search for it.
  await page.goto('/scripts/cold-call-opening/');
  await page.locator('.tags').getByRole('link', { name: '开场白', exact: true }).click();
  await expect(page).toHaveURL(/\/search\/\?q=%E5%BC%80%E5%9C%BA%E7%99%BD$/);
  await expect(hitLinks(page).first()).toHaveAttribute('href', '/scripts/cold-call-opening/');
});

test('part of a word is still found through the bigram index', async ({ page }) => {
  // 作计 is the middle of 工作计划: no word of Pagefind's index starts with it.
  await searchFor(page, '作计');
  await expect(page.locator('[data-status]')).toContainText('相近字词');
  expect(await hitLinks(page).count()).toBeGreaterThan(0);
});

test('a word still being typed shows the pages of the word it starts first, and they stay put as the whole list arrives', async ({
  page,
}) => {
  const fragments: string[] = [];
  page.on('requestfinished', (request) => {
    if (request.url().endsWith('.pf_fragment')) fragments.push(request.url());
  });
  // 客户档…: the pages about 客户档案 first, then every page the whole query finds.
  await searchFor(page, '客户档');
  // Fetched before the first results were shown: the fragments of those 5 at most.
  expect(fragments.length).toBeLessThanOrEqual(5);
  const first = await hitLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(first.length).toBeGreaterThanOrEqual(3);
  // The rest of the query refines the list below them, and the count with it.
  await expect(page.locator('search-page')).not.toHaveAttribute('data-refining');
  expect((await hitLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute('href')))).slice(0, first.length)).toEqual(first);
  const total = Number((await page.locator('[data-status]').textContent())?.match(/找到 (\d+) 个结果/)?.[1]);
  const more = page.getByRole('button', { name: /显示更多结果/ });
  for (let shown = await hitLinks(page).count(); await more.isVisible(); shown = await hitLinks(page).count()) {
    await more.click();
    await expect(hitLinks(page)).not.toHaveCount(shown);
  }
  await expect(hitLinks(page)).toHaveCount(total);
  const all = await hitLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(new Set(all).size).toBe(total);
});

test('a first search fetches each of Pagefind\u2019s files once, its WebAssembly while its code loads', async ({ page }) => {
  for (const query of ['户档', '客户拖着不付款咋办', '报价']) {
    const fetched: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (/^\/pagefind\/(pagefind\.js|wasm\.|pagefind\..*\.pf_meta)/.test(path)) fetched.push(path);
    });
    await searchFor(page, query);
    await expect(page.locator('search-page')).not.toHaveAttribute('data-refining');
    await page.waitForLoadState('networkidle');
    expect(
      fetched.filter((path) => path.includes('wasm.')),
      query,
    ).toHaveLength(1);
    expect(new Set(fetched).size, query).toBe(fetched.length);
    page.removeAllListeners('request');
  }
});

test('a part of a word is looked up while its characters\u2019 readings load, not after', async ({ page }) => {
  // 户档 may be a typo, so its characters' readings are fetched (held back here for a moment); the
  // part-of-a-word index, whose pages are shown unless a correction replaces them, is fetched meanwhile.
  const order: string[] = [];
  await page.route(/\/search\/readings\//, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 600));
    order.push('readings');
    await route.continue();
  });
  page.on('request', (request) => {
    if (/^\/search\/pages\/\d+\.json$/.test(new URL(request.url()).pathname)) order.push('part-of-a-word');
  });
  await searchFor(page, '户档');
  await expect(hitLinks(page).first()).toBeVisible();
  await expect(page.locator('[data-results] > li').first()).toContainText('户档');
  expect(order).toContain('readings');
  expect(order.indexOf('part-of-a-word')).toBeGreaterThan(-1);
  expect(order.indexOf('part-of-a-word')).toBeLessThan(order.indexOf('readings'));
});

test('empty, huge, regex, HTML and emoji queries answer sensibly and inject nothing', async ({ page }) => {
  await searchFor(page, '');
  await expect(page.locator('[data-status]')).toHaveText('输入要找的内容。');
  // 2,000 characters: in the URL (capped when read) and typed into the box (capped when searched).
  await searchFor(page, 'cif'.repeat(667));
  await expect(page.locator('#search-q')).toHaveValue('cif'.repeat(667).slice(0, 100));
  await page.locator('#search-q').fill('报价'.repeat(1000));
  await expect(page).toHaveURL(/\?q=(%E6%8A%A5%E4%BB%B7){50}$/);
  await expect(page.locator('[data-status]')).not.toHaveText(/正在搜索/);
  for (const query of ['.*[(?+\\', '<img src=x onerror="window.__injected=1">', '"><script>window.__injected=1</script>', '😀🙈', '%00%']) {
    await searchFor(page, query);
    await expect(page.locator('[data-status]')).not.toBeEmpty();
    await expect(page.locator('[data-results] img, [data-results] script')).toHaveCount(0);
    expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
  }
  await searchFor(page, '😀🙈');
  await expect(page.locator('[data-status]')).toContainText('没有找到');
});

test('the script finder searches as the rep types, by pinyin, with facets, and offline once loaded', async ({ page, context }) => {
  await page.goto('/scripts/');
  const box = page.getByPlaceholder(/输入关键词或拼音/);
  await box.fill('bj');
  const results = page.locator('[data-results] h3 a');
  await expect(results.first()).toBeVisible();
  await expect(page.locator('[data-results]')).toContainText('报价');
  await box.fill('baojia');
  await expect(page.locator('[data-results]')).toContainText('报价呈现');
  await expect(page.locator('[data-terms]')).toContainText('报价单');
  // A small index is fetched whole after the first search, for offline use.
  await expect(page.locator('script-finder')).toHaveAttribute('data-offline', 'ready');
  await context.setOffline(true);
  await box.fill('别家便宜');
  await expect(results.first()).toHaveText('应对“别家更便宜”');
  await box.fill('');
  await page.getByLabel('阶段').selectOption('after-sales');
  await expect(page.locator('[data-status]')).toContainText('条匹配');
  const stages = await page
    .locator('[data-script]:visible')
    .evaluateAll((cards) => cards.map((card) => (card as HTMLElement).dataset.stage));
  expect(new Set(stages)).toEqual(new Set(['after-sales']));
  await context.setOffline(false);
});

test('a section the author left without links shows suggested scripts', async ({ page }) => {
  await page.goto('/handbook/collaboration/cross-department/');
  await expect(page.locator('aside .badge', { hasText: '推荐' }).first()).toBeVisible();
});

test('on a phone the search page is usable @phone', async ({ page }) => {
  await searchFor(page, '报价');
  await expect(hitLinks(page).first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
