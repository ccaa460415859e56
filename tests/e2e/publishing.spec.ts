import { site } from '../../src/site.config';
import { expect, test } from './console';

test('an old address of a moved page lands on the page where it lives now', async ({ page, request }) => {
  // A static page: meta refresh (works without JavaScript) and a canonical link to the new URL.
  const html = await (await request.get('/handbook/daily-work/morning-meeting/')).text();
  expect(html).toContain('<html lang="zh-CN">');
  expect(html).toMatch(/<link rel="canonical" href="[^"]*\/handbook\/daily-work\/morning-routine\/">/);
  await page.goto('/handbook/daily-work/morning-meeting/');
  await expect(page).toHaveURL(/\/handbook\/daily-work\/morning-routine\/$/);
  await expect(page.getByRole('heading', { level: 1, name: '早间流程' })).toBeVisible();
});

test('the revision log lists revisions by month, newest first, each linking to the page’s history', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: '修订记录' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '修订记录' })).toBeVisible();
  const months = page.locator('main h2[id^="m-"]');
  expect(await months.count()).toBeGreaterThan(0);
  await expect(months.first()).toHaveText(/^\d{4} 年 \d{1,2} 月$/);
  const dates = await page.locator('.revision-log time').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime') ?? ''));
  expect(dates).toEqual([...dates].sort().reverse());
  const first = page.locator('.revision-log a').first();
  await expect(first).toHaveAttribute('href', /#revisions$/);
  await first.click();
  await expect(page.locator('#revisions')).toBeVisible();
});

test('the revision log narrows to one chapter and one role, and the choice survives a reload', async ({ page }) => {
  await page.goto('/changes/');
  const all = await page.locator('.revision-log li:visible').count();
  await page.getByLabel('章节').selectOption('daily-work');
  const chapter = page.locator('.revision-log li:visible');
  expect(await chapter.count()).toBeGreaterThan(0);
  expect(await chapter.count()).toBeLessThan(all);
  for (const value of await chapter.evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset.chapter)))
    expect(value).toBe('daily-work');
  await expect(page.locator('.revision-filter output')).toContainText(`显示 ${await chapter.count()} 条`);
  await page.getByLabel('角色').selectOption('assistant');
  await expect(page).toHaveURL(/chapter=daily-work/);
  await page.reload();
  await expect(page.getByLabel('章节')).toHaveValue('daily-work');
  await expect(page.getByLabel('角色')).toHaveValue('assistant');
});

test('first publications are hidden until asked for, so the real revisions stand out', async ({ page }) => {
  // The first page of the log that has any, found through the log's own month and page links.
  const toggle = page.getByLabel(/也显示首次发布（\d+ 条）/);
  const count = async () => Number((await toggle.locator('..').textContent())?.match(/（(\d+) 条）/)?.[1]);
  await page.goto('/changes/');
  const months = await page
    .getByRole('navigation', { name: '按月份' })
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  for (const month of months) {
    await page.goto(month);
    while ((await count()) === 0 && (await page.locator('.changes-pager a[rel="next"]').count()) > 0)
      await page.locator('.changes-pager a[rel="next"]').click();
    if ((await count()) > 0) break;
  }
  const firsts = await count();
  expect(firsts).toBeGreaterThan(0);
  // The filter's script hides them (without JavaScript the whole log shows); its form shows once it has.
  await expect(page.locator('revision-filter form')).toBeVisible();
  const shown = page.locator('.revision-log li:visible');
  expect(await shown.evaluateAll((nodes) => nodes.filter((node) => node.hasAttribute('data-first')).length)).toBe(0);
  const revisions = await shown.count();
  await toggle.check();
  await expect(shown).toHaveCount(revisions + firsts);
  await expect(page).toHaveURL(/first=1/);
  await page.reload();
  await expect(toggle).toBeChecked();
  await expect(shown).toHaveCount(revisions + firsts);
});

test('the revision log shows the newest month; every other month is a link to its own page', async ({ page }) => {
  await page.goto('/changes/');
  const months = page.getByRole('navigation', { name: '按月份' }).getByRole('link');
  expect(await months.count()).toBeGreaterThan(1);
  const newest = (await page.locator('main h2[id^="m-"]').getAttribute('id'))!;
  await expect(months.first()).toHaveAttribute('aria-current', 'page');
  // An older month, through the link the page itself offers.
  const older = months.nth(1);
  const label = (await older.textContent())!.trim();
  await older.click();
  await expect(page).toHaveURL(/\/changes\/\d{4}-\d{2}\/$/);
  await expect(page.locator('main h2[id^="m-"]')).toHaveText(label);
  expect(await page.locator('main h2[id^="m-"]').getAttribute('id')).not.toBe(newest);
  expect(await page.locator('.revision-log li').count()).toBeGreaterThan(0);
  // And back to the newest, which is /changes/ itself.
  await page.getByRole('navigation', { name: '按月份' }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/changes\/$/);
});

test('a link to a month from before the log was paged (/changes/#m-…) lands on that month’s page', async ({ page }) => {
  await page.goto('/changes/');
  const older = page.getByRole('navigation', { name: '按月份' }).getByRole('link').nth(1);
  const path = (await older.getAttribute('href'))!;
  const month = /(\d{4}-\d{2})\/$/.exec(path)![1]!;
  // Followed from elsewhere (a bookmark, another page) …
  await page.goto('/');
  await page.goto(`/changes/#m-${month}`);
  await expect(page).toHaveURL(new RegExp(`/changes/${month}/#m-${month}$`));
  await expect(page.locator(`#m-${month}`)).toBeInViewport();
  // … or typed into the address bar while /changes/ is open.
  await page.goto('/changes/');
  await page.evaluate((hash) => (location.hash = hash), `#m-${month}`);
  await expect(page).toHaveURL(new RegExp(`/changes/${month}/#m-${month}$`));
  await expect(page.locator(`#m-${month}`)).toBeInViewport();
  // The newest month's own anchor stays where it is.
  const newest = (await page.getByRole('navigation', { name: '按月份' }).getByRole('link').first().getAttribute('data-month-link'))!;
  await page.goto(`/changes/#m-${newest}`);
  await expect(page).toHaveURL(new RegExp(`/changes/#m-${newest}$`));
});

test('the chosen filter goes along to the other months', async ({ page }) => {
  await page.goto('/changes/');
  await page.getByLabel('章节').selectOption('daily-work');
  const older = page.getByRole('navigation', { name: '按月份' }).getByRole('link').nth(1);
  await expect(older).toHaveAttribute('href', /\?chapter=daily-work$/);
  await older.click();
  await expect(page.getByLabel('章节')).toHaveValue('daily-work');
  for (const value of await page
    .locator('.revision-log li:visible')
    .evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset.chapter)))
    expect(value).toBe('daily-work');
});

test('without JavaScript a month of the revision log still reads, with links to the other months', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/changes/');
  expect(await page.locator('.revision-log li').count()).toBeGreaterThan(0);
  await expect(page.locator('.revision-filter')).toBeHidden();
  expect(await page.getByRole('navigation', { name: '按月份' }).getByRole('link').count()).toBeGreaterThan(1);
  await context.close();
});

test('the revision feed is advertised on every page and parses as RSS', async ({ page, request }) => {
  await page.goto('/handbook/daily-work/timetable/');
  const href = await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href');
  expect(href).toBe('/changes/rss.xml');
  const response = await request.get(href!);
  expect(response.ok()).toBe(true);
  const xml = await response.text();
  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const items = [...doc.querySelectorAll('channel > item')];
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.nodeName,
      title: doc.querySelector('channel > title')?.textContent,
      items: items.map((item) => ({
        title: item.querySelector('title')?.textContent ?? '',
        link: item.querySelector('link')?.textContent ?? '',
        date: item.querySelector('pubDate')?.textContent ?? '',
        guid: item.querySelector('guid')?.textContent ?? '',
      })),
    };
  }, xml);
  expect(feed.error).toBeNull();
  expect(feed.root).toBe('rss');
  expect(feed.title).toContain('修订记录');
  expect(feed.items.length).toBeGreaterThan(0);
  for (const item of feed.items) {
    expect(item.title).toMatch(/第 \d+ 版/);
    expect(item.link).toMatch(/^https?:\/\/.+#revisions$/);
    expect(Number.isNaN(Date.parse(item.date))).toBe(false);
  }
  expect(new Set(feed.items.map((item) => item.guid)).size).toBe(feed.items.length);
});

test('every content page offers "edit this page" and when it was last updated', async ({ page }) => {
  const pages = {
    '/handbook/daily-work/timetable/': 'content/handbook/daily-work/timetable.md',
    '/handbook/daily-work/': 'content/handbook/daily-work/index.md',
    '/scripts/price-too-high/': 'content/scripts/price-too-high.md',
    '/cases/price-objection-won/': 'content/cases/price-objection-won.md',
    '/glossary/': 'content/glossary.yaml',
  };
  for (const [path, file] of Object.entries(pages)) {
    await page.goto(path);
    await expect(page.getByRole('link', { name: '在仓库中编辑此页' }), path).toHaveAttribute(
      'href',
      `${site.repository}/blob/main/${file}`,
    );
  }
  await page.goto('/handbook/daily-work/timetable/');
  await expect(page.locator('.page-source')).toContainText(/最后更新 \d{4} 年 \d{1,2} 月 \d{1,2} 日/);
  // The version links to the section's own revision table.
  await page
    .locator('dl.meta')
    .getByRole('link', { name: /第 \d+ 版/ })
    .click();
  await expect(page).toHaveURL(/#revisions$/);
});

test('the editor’s guide explains a check message under the heading the check links to', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: '编辑指南' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '编辑指南' })).toBeVisible();
  await page.goto('/guide/#version');
  const heading = page.locator('h3#version');
  await expect(heading).toHaveText('改了内容但没有升版本');
  await expect(heading).toBeInViewport();
  await expect(page.getByRole('heading', { name: '提出一次修改' })).toBeVisible();
});

test('the printable handbook has a cover, contents, the revision table and every chapter on a new page', async ({ page }) => {
  await page.goto('/print/');
  await expect(page.locator('.print-cover')).toContainText(/版本日期：\d{4} 年/);
  await expect(page.getByRole('heading', { name: '目录' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '修订一览' })).toBeVisible();
  const chapters = page.locator('.print-chapter');
  expect(await chapters.count()).toBeGreaterThan(0);
  await page.emulateMedia({ media: 'print' });
  expect(await chapters.first().evaluate((node) => getComputedStyle(node).breakBefore)).toBe('page');
  await expect(page.locator('.site-header')).toBeHidden();
  // The contents jump to a section within the document.
  const link = page.locator('.print-toc a[href^="#s-"]').first();
  const target = (await link.getAttribute('href'))!;
  await expect(page.locator(target)).toHaveCount(1);
});

test('the revision log and the guide fit a phone without sideways scrolling @phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/changes/', '/guide/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${path} fits 360 px`).toBeLessThanOrEqual(0);
  }
});
