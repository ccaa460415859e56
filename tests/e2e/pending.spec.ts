/**
 * Rules awaiting confirmation (待确认): the badge on the page, the sign-off sheet that lists every
 * one with a link to its exact place, and the sheet printed on A4.
 */
import { expect, test } from './console';

/** The first rule of the sheet: its text and the link to its mark. */
async function firstRule(page: import('@playwright/test').Page) {
  await page.goto('/handbook/pending/');
  const row = page.locator('[data-rule]').first();
  const text = (await row.locator('.signoff__text').textContent())!.trim();
  const href = (await row.getByRole('link').getAttribute('href'))!;
  return { text, href, id: href.split('#')[1]! };
}

test('the sign-off sheet lists pending rules by owner with 确认 / 修改 / 删除, and each links to its mark', async ({ page }) => {
  await page.goto('/handbook/pending/');
  await expect(page.getByRole('heading', { level: 1, name: '待确认规则签核表' })).toBeVisible();
  const total = Number(/共 (\d+) 条/.exec((await page.locator('.signoff__total').textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(0);
  await expect(page.locator('[data-rule]')).toHaveCount(total);
  // One owner group per role that must confirm, each closing with a signature and date line.
  const owners = page.locator('.signoff__owner');
  expect(await owners.count()).toBeGreaterThan(0);
  await expect(owners.first().getByRole('heading', { level: 2 })).toHaveText(/^.+确认（\d+ 条）$/);
  await expect(owners.first().locator('.signoff__sign')).toContainText('签字：');
  await expect(owners.first().locator('.signoff__sign')).toContainText('日期：');
  const header = owners.first().locator('thead').first();
  for (const choice of ['确认', '修改', '删除'])
    await expect(header.getByRole('columnheader', { name: choice, exact: true })).toBeVisible();

  const rule = await firstRule(page);
  await page.locator(`[data-rule] a[href="${rule.href}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`#${rule.id}$`));
  const mark = page.locator(`[id="${rule.id}"]`);
  await expect(mark).toHaveAttribute('data-pending', '');
  await expect(mark).toBeInViewport();
  await expect(mark).toContainText(rule.text.slice(0, 8));
});

test('every link on the sign-off sheet lands on a pending mark that exists', async ({ page, request }) => {
  await page.goto('/handbook/pending/');
  const hrefs = await page.locator('[data-rule] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  const byPage = new Map<string, string[]>();
  for (const href of hrefs) {
    const [path, id] = href.split('#') as [string, string];
    byPage.set(path, [...(byPage.get(path) ?? []), id]);
  }
  for (const [path, ids] of byPage) {
    const html = await (await request.get(path)).text();
    for (const id of ids)
      expect(html, `${path}#${id}`).toMatch(new RegExp(`<span[^>]*class="pending"[^>]*id="${id}"|<span[^>]*id="${id}"[^>]*data-pending`));
  }
});

test('a pending mark shows its 待确认 badge, to the eye and to a screen reader', async ({ page }) => {
  const rule = await firstRule(page);
  await page.goto(rule.href);
  const mark = page.locator(`[id="${rule.id}"]`);
  const badge = mark.locator('.pending-badge');
  await expect(badge).toHaveText('待确认');
  await expect(badge).toBeVisible();
  // The badge is text, not decoration: it is part of what assistive technology reads out.
  expect(await mark.ariaSnapshot()).toContain('待确认');
});

test('the sign-off sheet prints on A4, each owner on a page of their own', async ({ page }) => {
  await page.goto('/handbook/pending/');
  const owners = await page.locator('.signoff__owner').count();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('button', { name: /打印签核表/ })).toBeHidden();
  expect(
    await page
      .locator('.signoff__owner')
      .first()
      .evaluate((el) => getComputedStyle(el).breakBefore),
  ).toBe('page');
  const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
  const pages = [...pdf.matchAll(/\/Type\s*\/Page[^s]/g)].length;
  expect(pages).toBeGreaterThanOrEqual(owners + 1);
  // A4 is 595 × 842 points.
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
  expect(Math.round(Number(box?.[1]))).toBe(595);
  expect(Math.round(Number(box?.[2]))).toBe(842);
});

test('the handbook index leads to the sign-off sheet and the source documents', async ({ page }) => {
  await page.goto('/handbook/');
  await page.getByRole('link', { name: '来源文件' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '来源文件' })).toBeVisible();
  await expect(page.locator('.source').first()).toBeVisible();
  await page.getByRole('link', { name: '待确认规则签核表' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: '待确认规则签核表' })).toBeVisible();
});

test('a section with pending rules says how many and who confirms them, and leads to its part of the sheet', async ({ page }) => {
  // The first handbook section on the sheet, and how many of the sheet's rules are on it.
  await page.goto('/handbook/pending/');
  const hrefs = await page.locator('[data-rule] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  const section = hrefs.map((href) => href.split('#')[0]!).find((path) => /^\/handbook\/[^/]+\/[^/]+\/$/.test(path))!;
  const count = hrefs.filter((href) => href.startsWith(`${section}#`)).length;

  await page.goto(section);
  const owner = (await page.locator('.meta dt:text-is("负责人") + dd').textContent())!.trim();
  const banner = page.getByRole('note').filter({ hasText: '条规则待确认' });
  await expect(banner).toContainText(`本节有 ${count} 条规则待确认`);
  await expect(banner).toContainText(`由${owner}确认后才算数`);
  // The count is the page's own marks: one banner number, one badge per mark.
  await expect(page.locator('article [data-pending][id]')).toHaveCount(count);

  await banner.getByRole('link', { name: '查看待确认规则签核表' }).click();
  const group = page.locator(`section.signoff__group[id="${new URL(page.url()).hash.slice(1)}"]`);
  await expect(group.locator(`a[href^="${section}#"]`)).toHaveCount(count);
  await expect(page.locator('.signoff__owner').filter({ has: group }).getByRole('heading', { level: 2 })).toContainText(owner);
});

test('a section names its sources under 出处, and the source page lists the section back', async ({ page }) => {
  await page.goto('/handbook/contracts/signing/');
  const source = page.locator('.meta dt:text-is("出处") + dd a').first();
  const title = (await source.textContent())!.trim();
  await expect(page.locator('.meta dt:text-is("出处") + dd li').first().locator('.citations__at')).not.toBeEmpty();
  await source.click();
  await expect(page).toHaveURL(/\/handbook\/sources\/#/);
  const entry = page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`);
  await expect(entry).toContainText(title.replace(/（.*$/, ''));
  await expect(entry.locator('a[href="/handbook/contracts/signing/"]')).toHaveCount(1);
});

test('the morning flow on the home page and the drill agenda write 8:30 as the sources do, and mark the winter reading', async ({
  page,
}) => {
  await page.goto('/');
  const schedule = page.locator('section[aria-labelledby="home-schedule"]');
  await expect(schedule.getByRole('rowheader').first()).toHaveText('8:30—8:50');
  await expect(schedule).not.toContainText('08:');
  await expect(schedule).toContainText('夏时制');
  await expect(schedule).not.toContainText('夏令时');
  // Our reading of 冬时制 is a proposal: it carries the badge, in the accessibility tree too.
  const mark = schedule.locator('[data-pending]');
  await expect(mark).toHaveCount(1);
  await expect(mark).toContainText('冬时制');
  await expect(mark.locator('.pending-badge')).toHaveText('待确认');
  expect(await mark.ariaSnapshot()).toContain('待确认');

  await page.goto('/drill/');
  const times = await page.locator('.drill-agenda__time').allTextContents();
  expect(times.length).toBeGreaterThan(0);
  for (const time of times) expect(time.trim()).toMatch(/^(?:[1-9]|1\d|2[0-3]):\d\d—(?:[1-9]|1\d|2[0-3]):\d\d$/);
  await expect(page.locator('[data-timetable] li').first()).toHaveAttribute('data-start', /^\d\d:\d\d$/);
});
