/**
 * GitHub Pages publishes a project site under /<repository>/: the bundled content built with
 * SITE_URL=https://example.github.io/sales-playbook/ (in a temp root) and served under that path
 * only. Every link of every page — navigation, Markdown bodies, redirects, feeds, calendars, the
 * search indexes — must lead somewhere under it, and the portal's scripts must fetch from it.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './console';
import { serve } from './revised-site';
import { buildSite, siteRoot, type SiteRoot } from '../helpers/site-root';

const SITE_URL = 'https://example.github.io/sales-playbook/';
const BASE = '/sales-playbook/';
const ROOT_DIST = fileURLToPath(new URL('../../dist', import.meta.url));

test.describe.configure({ mode: 'serial' });
let built: SiteRoot | undefined;
let site: { url: string; close: () => Promise<void> } | undefined;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  built = siteRoot('playbook-base-path-', 'bundled');
  await buildSite(built, { SITE_URL });
  site = await serve(built.dist, BASE);
});
test.afterAll(async () => {
  await site?.close();
  built?.remove();
});

function files(dir: string, ending: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, ending);
    return path.endsWith(ending) ? [path] : [];
  });
}

/** Whether a site path (`/scripts/x/?q=1#a`) is a file of `dist`. */
function exists(dist: string, path: string): boolean {
  let file = decodeURIComponent(path.split(/[?#]/)[0] ?? '');
  if (file.endsWith('/')) file += 'index.html';
  return existsSync(join(dist, file));
}

const LINK = /\s(?:href|src|action)="([^"]*)"|http-equiv="refresh" content="0;url=([^"]*)"/g;

test('every link of every page leads to a file under the base path', () => {
  const dist = built?.dist ?? '';
  const pages = files(dist, '.html');
  expect(pages.length).toBeGreaterThan(150);
  const outside: string[] = [];
  const broken: string[] = [];
  let checked = 0;
  for (const page of pages) {
    const html = readFileSync(page, 'utf8');
    for (const match of html.matchAll(LINK)) {
      let url = (match[1] ?? match[2] ?? '').replace(/&amp;/g, '&');
      if (url.startsWith(SITE_URL)) url = url.slice(SITE_URL.length - BASE.length);
      if (!url.startsWith('/') || url.startsWith('//')) continue;
      checked++;
      const where = `${url} (in ${relative(dist, page)})`;
      if (!url.startsWith(BASE)) outside.push(where);
      // A link that is broken at the site root too is not this test's business (the content check's).
      else if (!exists(dist, url.slice(BASE.length - 1)) && exists(ROOT_DIST, url.slice(BASE.length - 1))) broken.push(where);
    }
  }
  expect(checked).toBeGreaterThan(5000);
  expect(outside, 'root-relative links outside the base path').toEqual([]);
  expect(broken, 'links under the base path that lead nowhere').toEqual([]);
});

test('feeds, calendars, robots.txt and the search indexes name addresses under the base path', () => {
  const dist = built?.dist ?? '';
  const rss = readFileSync(join(dist, 'changes/rss.xml'), 'utf8');
  const links = [...rss.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1] ?? '');
  expect(links.length).toBeGreaterThan(10);
  for (const link of links) expect(link.startsWith(SITE_URL), link).toBe(true);
  const ics = readFileSync(join(dist, 'training/calendar/plan.ics'), 'utf8');
  expect(ics).toContain(`URL:${SITE_URL}training/calendar/#`);
  expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain('Disallow: /');

  // Every site path held in the search data (result links, best bets, finder cards).
  const paths: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string' && /^\/[\w-]+\//.test(value)) paths.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  for (const file of files(join(dist, 'search'), '.json')) collect(JSON.parse(readFileSync(file, 'utf8')));
  expect(paths.length).toBeGreaterThan(50);
  expect(paths.filter((path) => !path.startsWith(BASE))).toEqual([]);
});

test('search and the script finder work in the browser under the base path', async ({ page }) => {
  const url = site?.url ?? '';
  await page.goto(`${url}/search/?q=${encodeURIComponent('报价')}`);
  const hit = page.locator('a.hit__title').first();
  await expect(hit).toBeVisible({ timeout: 15_000 });
  expect(await hit.getAttribute('href')).toMatch(/^\/sales-playbook\//);
  await hit.click();
  await expect(page).toHaveURL(/\/sales-playbook\/.+/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await page.goto(`${url}/scripts/`);
  await page.getByPlaceholder(/输入关键词或拼音/).fill('bj');
  const card = page.locator('[data-results] h3 a').first();
  await expect(card).toBeVisible();
  expect(await card.getAttribute('href')).toMatch(/^\/sales-playbook\/scripts\//);

  await page.goto(`${url}/`);
  await page.locator('header a').first().click();
  await expect(page).toHaveURL(`${url}/`);
});

test.describe('installed and offline under the base path', () => {
  test.use({ serviceWorkers: 'allow' });

  test('the manifest, the service worker and everything it stores live under the base path', async ({ page, context }) => {
    test.setTimeout(90_000);
    const dist = built?.dist ?? '';
    const manifest = JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8')) as {
      start_url: string;
      scope: string;
      icons: { src: string }[];
    };
    expect([manifest.start_url, manifest.scope]).toEqual([BASE, BASE]);
    for (const icon of manifest.icons) expect(exists(dist, icon.src.slice(BASE.length - 1)), icon.src).toBe(true);
    const precached = [...readFileSync(join(dist, 'sw.js'), 'utf8').matchAll(/\{url:"([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(precached.length).toBeGreaterThan(50);
    expect(precached.filter((url) => !url.startsWith(BASE) || !exists(dist, url.slice(BASE.length - 1)))).toEqual([]);

    const url = site?.url ?? '';
    await page.goto(`${url}/`);
    await expect
      .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state), { timeout: 60_000 })
      .toBe('activated');
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope)).toBe(`${url}/`);
    await context.setOffline(true);
    await page.goto(`${url}/scripts/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.goto(`${url}/handbook/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('离线中：这一页还没有保存到本机');
    expect(await page.getByRole('link', { name: '话术库（全部话术）' }).getAttribute('href')).toBe(`${BASE}scripts/`);
    await context.setOffline(false);
  });
});
