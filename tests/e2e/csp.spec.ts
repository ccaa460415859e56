/**
 * The Content-Security-Policy of every page (src/lib/csp.ts, in a <meta http-equiv>; the preview
 * server sends no header, so this is the policy any static host gets). A page of every kind is
 * opened and used — the interactive parts included: search, the script finder, a quiz, the drill,
 * the /changes/ filter, the calendar, the print buttons — while the page listens for
 * `securitypolicyviolation`; any report fails the test.
 */
import type { Page } from '@playwright/test';
import { contentSecurityPolicy } from '../../src/lib/csp';
import { expect, test } from './console';

async function listen(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      void (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
        `${location.pathname}: ${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return violations;
}

/** Opens a page and checks it carries the policy before anything else can load. */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  const meta = page.locator('head > meta[http-equiv="Content-Security-Policy"]');
  await expect(meta, path).toHaveAttribute('content', contentSecurityPolicy);
  // Before any script or stylesheet: a policy only governs what comes after it.
  const position = await page.evaluate(() => {
    const head = [...document.head.children];
    const policy = head.findIndex((el) => el.getAttribute('http-equiv') === 'Content-Security-Policy');
    const firstLoad = head.findIndex((el) => el.matches('script, link[rel="stylesheet"], style'));
    return { policy, firstLoad };
  });
  expect(position.policy, path).toBeGreaterThanOrEqual(0);
  if (position.firstLoad >= 0) expect(position.policy, path).toBeLessThan(position.firstLoad);
  await page.waitForLoadState('networkidle');
}

test('no page of any kind breaks the Content-Security-Policy, in use', async ({ page }) => {
  test.setTimeout(120_000);
  const violations = await listen(page);
  for (const path of [
    '/',
    '/handbook/',
    '/handbook/daily-work/',
    '/handbook/daily-work/morning-routine/',
    '/scripts/price-too-high/',
    '/cases/',
    '/cases/complaint-recovered/',
    '/forms/',
    '/glossary/',
    '/training/',
    '/training/rep/',
    '/training/report/',
    '/quiz/daily-work/',
    '/guide/',
    '/print/',
    '/handbook/no-such-page/',
    '/offline/',
  ]) {
    await open(page, path);
  }

  // The script finder (lunr indexes) and the header search box (Pagefind's WebAssembly).
  await open(page, '/scripts/');
  await page.getByRole('searchbox', { name: '查找话术' }).fill('太贵');
  await expect(page.locator('[data-results] > *').first()).toBeVisible();
  await page.locator('#site-search-q').fill('报价');
  await expect(page.locator('.search-panel .hit').first()).toBeVisible({ timeout: 15_000 });

  await open(page, `/search/?q=${encodeURIComponent('报价')}`);
  await expect(page.locator('[data-results] .hit').first()).toBeVisible({ timeout: 15_000 });

  // The revision filter, the training calendar, a form's print button, the drill.
  await open(page, '/changes/');
  await page.locator('revision-filter select[name="kind"]').selectOption('script');
  await open(page, '/training/calendar/');
  await open(page, '/forms/daily-plan/');
  await page.evaluate(() => (window.print = () => undefined));
  await page.getByRole('button', { name: /打印/ }).first().click();
  await open(page, '/drill/');

  // A quiz handed in: the result panel is built by script.
  await open(page, '/quiz/daily-work/');
  await page.getByRole('button', { name: '交卷' }).click();
  await expect(page.locator('[data-result]')).toBeVisible();

  expect(violations).toEqual([]);
});

test('the listener does catch a violation (an inline script added to a page)', async ({ page, consoleErrors }) => {
  const violations = await listen(page);
  await open(page, '/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.title = "injected"';
    document.body.append(script);
  });
  await expect.poll(() => violations.length).toBe(1);
  expect(violations[0]).toContain('script-src');
  await expect(page).not.toHaveTitle('injected');
  // Chromium also logs the blocked script: expected here, and only here.
  expect(consoleErrors).toEqual([expect.stringContaining('violates the following Content Security Policy directive')]);
  consoleErrors.length = 0;
});
