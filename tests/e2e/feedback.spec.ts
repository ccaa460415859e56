/**
 * 「这条有问题？」 (issue 17): the link it builds carries the page, its version and the selected text,
 * to a new issue in the repository — or, on a site without a repository, to a mail to the page's
 * owner role (a build of the fixture site with REPO_URL=none, whose manager role has an address).
 */
import { buildSite, siteRoot, type SiteRoot } from '../helpers/site-root';
import { expect, test } from './console';
import { serve } from './revised-site';

/** The fixture site, built for a department that has no repository: `REPO_URL=none`. */
async function buildSiteWithoutRepository(): Promise<SiteRoot> {
  const site = siteRoot('playbook-no-repo-');
  try {
    await buildSite(site, { REPO_URL: 'none' });
  } catch (error) {
    site.remove();
    throw error;
  }
  return site;
}

test('a script’s feedback link opens a prefilled new issue with the page, its version and the selected text', async ({ page }) => {
  await page.goto('/scripts/price-too-high/');
  const version = /"version":(\d+)/.exec((await page.locator('script[data-island="feedback"]').textContent())!)![1];
  // The reader selects a line of the script, then opens the form.
  await page.evaluate(() => {
    const line = [...document.querySelectorAll('main p, main li, main dd')].find((el) => el.textContent?.includes('我们一起算一下总成本'))!;
    const range = document.createRange();
    range.selectNodeContents(line);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  });
  await page.getByText('这条有问题？').click();
  const quote = page.getByLabel('页面上选中的文字（可删改）');
  await expect(quote).toHaveValue(/我们一起算一下总成本/);
  const send = page.getByRole('link', { name: '在仓库中新建问题' });
  // Nothing is sent without a note.
  await send.click();
  await expect(page.getByText('请先写下哪里不对或缺了什么。')).toBeVisible();
  await page.getByLabel('哪里不对或缺了什么').fill('客户常问运费谁出，这里没讲。');
  await page.getByLabel('你的名字（可不填）').fill('小王');
  const href = new URL((await send.getAttribute('href'))!);
  expect(`${href.origin}${href.pathname}`).toBe('https://example.com/sales-playbook/issues/new');
  expect(href.searchParams.get('title')).toBe(`反馈：话术“应对“价格太高””（第 ${version} 版）`);
  const body = href.searchParams.get('body')!;
  expect(body).toContain('页面：[话术 · 应对“价格太高”](http://localhost:4321/scripts/price-too-high/)');
  expect(body).toContain(`版本：${version}`);
  expect(body).toContain('文件：`content/scripts/price-too-high.md`');
  expect(body).toMatch(/选中的文字：\n(> .*\n)*> .*我们一起算一下总成本/);
  expect(body).toContain('哪里不对或缺了什么：\n客户常问运费谁出，这里没讲。');
  expect(body).toContain('反馈人：小王');
  await expect(send).toHaveAttribute('target', '_blank');
});

test('sections and cases have the feedback form too', async ({ page }) => {
  for (const path of ['/handbook/daily-work/timetable/', '/cases/']) {
    await page.goto(path);
    if (path === '/cases/') await page.locator('main a[href^="/cases/"]').first().click();
    await expect(page.getByText('这条有问题？')).toBeVisible();
  }
});

test.describe('a site without a repository', () => {
  test.describe.configure({ mode: 'serial' });
  let built: SiteRoot | undefined;
  let site: { url: string; close: () => Promise<void> } | undefined;
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    built = await buildSiteWithoutRepository();
    site = await serve(built.dist);
  });
  test.afterAll(async () => {
    await site?.close();
    built?.remove();
  });

  test('sends feedback by mail to the owner role’s address', async ({ page }) => {
    await page.goto(`${site!.url}/handbook/daily-work/timetable/`);
    await page.getByText('这条有问题？').click();
    await expect(page.getByText('写好一封给 sales-manager@example.com 的邮件')).toBeVisible();
    await page.getByLabel('哪里不对或缺了什么').fill('冬时制下午几点下班没写清楚。');
    const send = page.getByRole('link', { name: '用邮件发送' });
    // The form's script loads on the first reach for it; once it runs, the link carries what was typed.
    await expect(send).toHaveAttribute('href', new RegExp(encodeURIComponent('冬时制下午几点下班没写清楚。')));
    const href = (await send.getAttribute('href'))!;
    expect(href).toMatch(/^mailto:sales-manager@example\.com\?subject=/);
    const subject = decodeURIComponent(/subject=([^&]*)/.exec(href)![1]!);
    const body = decodeURIComponent(/body=([^&]*)/.exec(href)![1]!);
    expect(subject).toMatch(/^反馈：小节“.+”（第 \d+ 版）$/);
    expect(body).toContain('/handbook/daily-work/timetable/');
    expect(body).toContain('冬时制下午几点下班没写清楚。');
    await expect(page.getByRole('link', { name: '在仓库中新建问题' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: '在仓库中编辑此页' })).toHaveCount(0);
  });
});
