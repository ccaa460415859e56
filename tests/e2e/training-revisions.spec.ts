import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './console';
import type { SiteRoot } from '../helpers/site-root';
import { buildRevisedSite, REVISED_SECTION, REVISION_SUMMARY, serve } from './revised-site';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
/** This checkout's generated types, which `tsc --noEmit` needs after `npm test`. */
const dotAstro = () => (existsSync(join(PROJECT, '.astro')) ? readdirSync(join(PROJECT, '.astro')).sort() : []);
const contentTypes = () => {
  const file = join(PROJECT, '.astro/content.d.ts');
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
};

// One build of the temporary site, shared by the tests of this file.
test.describe.configure({ mode: 'serial' });
let built: SiteRoot | undefined;
let site: { url: string; close: () => Promise<void> };
let before: { files: string[]; types: string | undefined };

test.beforeAll(async () => {
  test.setTimeout(240_000); // a whole second build; two minutes is not enough when the machine is busy
  before = { files: dotAstro(), types: contentTypes() };
  built = await buildRevisedSite();
  site = await serve(built.dist);
});
test.afterAll(async () => {
  await site?.close();
  built?.remove();
});

test('the revised site is built in its own temp root and leaves this checkout alone', () => {
  expect(built?.root.startsWith(PROJECT)).toBe(false);
  expect(existsSync(join(built?.root ?? '', 'dist/index.html'))).toBe(true);
  expect(dotAstro()).toEqual(before.files);
  expect(contentTypes()).toBe(before.types);
});

const readVersion1 = (role?: string) =>
  JSON.stringify({
    version: 2,
    profile: { name: '', ...(role ? { role } : {}) },
    quizzes: {},
    steps: {},
    reads: { [REVISED_SECTION]: { version: 1, at: '2026-10-08T01:00:00.000Z' } },
    drill: {},
  });

test('a reader who read version 1 is told on the home page that the section was revised', async ({ page }) => {
  await page.goto(`${site.url}/`);
  await page.evaluate((value) => localStorage.setItem('playbook.progress', value), readVersion1('rep'));
  await page.reload();
  const revised = page.getByRole('region', { name: '有修订、待你确认的小节' });
  await expect(revised).toBeVisible();
  await expect(revised.getByRole('link', { name: '早间流程' })).toBeVisible();
  await expect(revised).toContainText('已读第 1 版，现为第 2 版');
  await expect(page.getByRole('link', { name: /下一步（第 1 周）/ })).toBeVisible();
});

test('a revised section shows what changed since the version read, and the reader confirms it', async ({ page }) => {
  await page.goto(`${site.url}/`);
  await page.evaluate((value) => localStorage.setItem('playbook.progress', value), readVersion1('rep'));
  await page.goto(`${site.url}/handbook/${REVISED_SECTION}/`);
  await expect(page.getByText('本节在你上次确认阅读（第 1 版）之后有修订')).toBeVisible();
  await expect(page.getByText(REVISION_SUMMARY).first()).toBeVisible();
  await page.getByRole('button', { name: '已阅读确认' }).click();
  await expect(page.getByText(/你已确认阅读第 2 版/)).toBeVisible();
  await expect(page.getByRole('button', { name: '已阅读确认' })).toBeHidden();
  await page.reload();
  await expect(page.getByText(/你已确认阅读第 2 版/)).toBeVisible();
  // The home page no longer asks for it.
  await page.goto(`${site.url}/`);
  await expect(page.getByRole('link', { name: /下一步/ })).toBeVisible();
  await expect(page.getByRole('region', { name: '有修订、待你确认的小节' })).toBeHidden();
});

test('a first reading is confirmed on the section page and ticks the path step', async ({ page }) => {
  // A first visit: nothing stored in this browser (the page loads no progress code until the click).
  await page.goto(`${site.url}/handbook/daily-work/timetable/`);
  const top = page.locator('read-confirm[data-place="top"] [data-status]');
  await expect(top).toHaveText('尚未确认阅读本节。');
  await expect(page.getByText('读完后请点“已阅读确认”')).toBeVisible();
  await page.getByRole('button', { name: '已阅读确认' }).click();
  await expect(page.getByText(/你已确认阅读第 1 版/)).toBeVisible();
  // The status at the top follows at once, with the day it was confirmed.
  await expect(top).toHaveText(/^已确认阅读第 1 版（\d{4} 年 \d{1,2} 月 \d{1,2} 日）$/);
  await page.goto(`${site.url}/training/rep/`);
  await expect(page.locator('[data-key="rep/w1-read-timetable"]')).toContainText('完成');
  await expect(page.getByText(/已完成 1\/\d+ 步/)).toBeVisible();
});
