/**
 * Offline and updates, as a rep lives them: the built site served through deploy/nginx.conf (a copy
 * of dist/, so this test can publish a "new revision" into it), visited once online, then used
 * with the connection cut; and a revision published while the portal is open.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './console';
import { serveWithNginx } from './nginx-server';

const DIST = fileURLToPath(new URL('../../dist', import.meta.url));

test.use({ serviceWorkers: 'allow' });
test.describe.configure({ mode: 'serial' });

let copy = '';
let server: { url: string; close: () => Promise<void> } | undefined;
test.beforeAll(async () => {
  copy = mkdtempSync(join(tmpdir(), 'playbook-offline-'));
  cpSync(DIST, copy, { recursive: true });
  server = await serveWithNginx(copy);
});
test.afterAll(async () => {
  await server?.close();
  rmSync(copy, { recursive: true, force: true });
});

/** Waits until the service worker is installed (everything precached) and controls the page. */
async function controlled(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          return registration?.active?.state === 'activated' && !!navigator.serviceWorker.controller;
        }),
      { timeout: 60_000 },
    )
    .toBe(true);
}

test('after one visit, scripts, the drill, the glossary, search and sections read work offline', async ({ page, context }) => {
  test.setTimeout(90_000);
  const url = server?.url ?? '';
  await page.goto(`${url}/`);
  await controlled(page);
  // Read one section and search once while online.
  await page.goto(`${url}/handbook/daily-work/morning-routine/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('早间流程');
  await page.goto(`${url}/search/?q=${encodeURIComponent('报价')}`);
  await expect(page.locator('[data-results] .hit').first()).toBeVisible({ timeout: 15_000 });
  // The first results come from the quick answer; the search is done once Pagefind's answer is in
  // (a rep who reads the results stays that long: going offline sooner left its files unfetched).
  await expect(page.locator('search-page[data-quick]:not([data-refining])')).toBeAttached({ timeout: 15_000 });

  await context.setOffline(true);

  await page.goto(`${url}/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto(`${url}/scripts/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('searchbox', { name: '查找话术' }).fill('太贵');
  await expect(page.locator('[data-results] > *').first()).toBeVisible();
  const first = page.locator('[data-results] a').first();
  const title = (await first.textContent())?.trim() ?? '';
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title.slice(0, 4));

  await page.goto(`${url}/drill/`);
  await expect(page.locator('drill-day, drill-app, [data-drill]').first()).toBeVisible();
  // The drill fetches its cards: the service worker holds every card file, for any date.
  await page.goto(`${url}/drill/?date=2027-03-01`);
  await expect(page.locator('.drill-deck [data-card-id]').first()).toBeVisible();
  await expect(page.locator('[data-cards-note]')).toBeHidden();
  // The personal review's code, loaded only when its tab opens, is held by the service worker too.
  await page.getByRole('tab', { name: '我的复习' }).click();
  await expect(page.locator('[data-review-card] [data-card-id]')).toBeVisible();
  await page.goto(`${url}/glossary/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto(`${url}/search/?q=${encodeURIComponent('报价')}`);
  await expect(page.locator('[data-results] .hit').first()).toBeVisible({ timeout: 15_000 });
  // The section read earlier comes from the browser's cache.
  await page.goto(`${url}/handbook/daily-work/morning-routine/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('早间流程');

  // A page never opened: the offline page, listing what works and what was read.
  await page.goto(`${url}/cases/complaint-recovered/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('离线中：这一页还没有保存到本机');
  await expect(page.getByRole('link', { name: '话术库（全部话术）' })).toBeVisible();
  await expect(page.locator('offline-pages').getByRole('link', { name: '早间流程' })).toBeVisible();

  // Back online, the same address shows the page itself.
  await context.setOffline(false);
  await page.getByRole('link', { name: '再试一次' }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('离线中：这一页还没有保存到本机');
});

test('offline, a query whose results were never shown lists them, each from its page’s title, kind and summary', async ({
  page,
  browser,
  context,
  consoleErrors,
}) => {
  test.setTimeout(90_000);
  const url = server?.url ?? '';
  const query = '合同';
  // What the query lists online, asked in another browser (its fragments are not cached here).
  const elsewhere = await browser.newContext({ serviceWorkers: 'block' });
  const online = await elsewhere.newPage();
  await online.goto(`${url}/search/?q=${encodeURIComponent(query)}`);
  await expect(online.locator('[data-results] > li')).toHaveCount(5, { timeout: 15_000 });
  await expect(online.locator('search-page:not([data-refining])')).toBeAttached({ timeout: 15_000 });
  const titles = await online.locator('[data-results] a.hit__title').allTextContents();
  const count = await online.locator('[data-status]').textContent();
  await elsewhere.close();

  await page.goto(`${url}/`);
  await controlled(page);
  await page.goto(`${url}/search/?q=${encodeURIComponent('报价')}`);
  await expect(page.locator('search-page[data-quick]:not([data-refining])')).toBeAttached({ timeout: 15_000 });
  await context.setOffline(true);

  await page.locator('search-page [name="q"]').fill(query);
  await expect(page.locator('[data-status]')).toHaveText(count ?? '', { timeout: 15_000 });
  const hits = page.locator('[data-results] > li');
  await expect(hits).toHaveCount(5);
  expect(await page.locator('[data-results] a.hit__title').allTextContents()).toEqual(titles);
  // Each with its badge and its page's summary as the excerpt.
  for (const hit of await hits.all()) {
    await expect(hit.locator('.badge')).not.toBeEmpty();
    await expect(hit.locator('.hit__excerpt')).not.toBeEmpty();
  }
  // A typo is corrected offline too: the readings are held by the service worker.
  await page.locator('search-page [name="q"]').fill('回宽');
  await expect(page.locator('[data-correction]')).toHaveText('已显示“回款”的结果。仍然搜索“回宽”', { timeout: 15_000 });
  await expect(page.locator('[data-results] a.hit__title').first()).toHaveAttribute('href', '/handbook/contracts/collection/');
  await context.setOffline(false);
  // The service worker answers each fragment it does not hold with a failure, which the browser logs.
  expect(consoleErrors.every((text) => text.includes('net::ERR_FAILED'))).toBe(true);
  consoleErrors.length = 0;
});

/**
 * Publishes a new revision of a precached page into the served copy: its title gets 「（修订版）」
 * and its entry in sw.js a new revision, as the next build would write them.
 */
function publishRevision(path: string): void {
  const file = `${path.replace(/^\//, '')}index.html`;
  const html = readFileSync(join(copy, file), 'utf8');
  const revised = html.replace(/(<h1[^>]*>)([^<]+)(<\/h1>)/, '$1$2（修订版）$3');
  expect(revised).not.toBe(html);
  writeFileSync(join(copy, file), revised);
  const sw = readFileSync(join(copy, 'sw.js'), 'utf8');
  const entry = new RegExp(`(url:"/${file.replace(/[/.]/g, '\\$&')}",revision:")[0-9a-f]+"`);
  expect(sw).toMatch(entry);
  writeFileSync(join(copy, 'sw.js'), sw.replace(entry, '$1revised"'));
}

/** The open page notices the new revision when it comes back into view, and one click shows it. */
async function seesRevision(page: Page, publish: () => void): Promise<void> {
  const h1 = page.getByRole('heading', { level: 1 });
  const before = (await h1.textContent())?.trim() ?? '';
  const notice = page.getByRole('status').filter({ hasText: '手册已更新' });
  await expect(notice).toBeHidden();
  publish();
  // The open portal checks when it comes back into view (and every half hour).
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await expect(notice).toBeVisible({ timeout: 30_000 });
  await expect(h1).toHaveText(before);
  await notice.getByRole('button', { name: '重新载入' }).click();
  await expect(h1).toHaveText(`${before}（修订版）`, { timeout: 15_000 });
  await expect(notice).toBeHidden();
}

test('a revision published while the portal is open: 「手册已更新」, and one click shows it', async ({ page }) => {
  test.setTimeout(90_000);
  const path = '/scripts/price-too-high/';
  await page.goto(`${server?.url ?? ''}${path}`);
  await controlled(page);
  await page.reload();
  await seesRevision(page, () => publishRevision(path));
});

test('a revision published while the first page a rep ever opened is still open: 「手册已更新」 too', async ({ page }) => {
  test.setTimeout(90_000);
  // A first visit installs the worker without the notice's code; it must still catch the revision.
  const path = '/scripts/closing/';
  await page.goto(`${server?.url ?? ''}${path}`);
  await controlled(page);
  await seesRevision(page, () => publishRevision(path));
});
