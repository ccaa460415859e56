/**
 * Every kind of page passes axe (WCAG 2.x A and AA rules plus best practices) with no serious or
 * critical violation, in light and in dark mode. Pages are audited in the state a reader sees them:
 * the search page with results, the drill's review tab with a card, the quiz with its result.
 * Dark mode changes colours only, so it is audited for contrast alone (the full rule set already ran
 * on the same markup in light mode), on the same page with its colour scheme switched. /print/ is
 * every section on one page and each section is audited on its own, so it is left out (axe needs
 * over a minute for it).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './console';

interface Audit {
  name: string;
  path: string;
  /** Brings the page into the state to audit. */
  ready?: (page: Page) => Promise<void>;
}

const AUDITS: Audit[] = [
  { name: 'home', path: '/' },
  { name: 'handbook index', path: '/handbook/' },
  { name: 'chapter', path: '/handbook/daily-work/' },
  { name: 'section', path: '/handbook/daily-work/morning-routine/' },
  { name: 'scripts index', path: '/scripts/' },
  { name: 'script', path: '/scripts/price-too-high/' },
  { name: 'cases', path: '/cases/' },
  { name: 'case', path: '/cases/price-objection-won/' },
  { name: 'forms', path: '/forms/' },
  { name: 'form', path: '/forms/visit-report/' },
  { name: 'glossary', path: '/glossary/' },
  {
    name: 'search with results',
    path: '/search/?q=报价',
    ready: async (page) => {
      await expect(page.locator('[data-results] .hit').first()).toBeVisible();
    },
  },
  {
    name: 'quiz with its result',
    path: '/quiz/daily-work/',
    ready: async (page) => {
      await page.getByRole('button', { name: '交卷' }).click();
      await expect(page.locator('[data-result]')).toBeVisible();
    },
  },
  { name: 'training', path: '/training/' },
  { name: 'path', path: '/training/rep/' },
  { name: 'report', path: '/training/report/' },
  { name: 'calendar', path: '/training/calendar/' },
  {
    name: 'drill team',
    path: '/drill/?date=2026-12-08',
    ready: async (page) => {
      await expect(page.locator('.drill-deck [data-card-id]').first()).toBeVisible();
    },
  },
  {
    name: 'drill review',
    path: '/drill/?date=2026-12-08#review',
    ready: async (page) => {
      await page.getByRole('button', { name: '显示答案' }).click();
      await expect(page.getByRole('group', { name: '记得怎么样？' })).toBeVisible();
    },
  },
  { name: 'changes', path: '/changes/' },
  { name: 'guide', path: '/guide/' },
  { name: '404', path: '/no-such-page/' },
];

/** Serious and critical violations, one line each. */
function serious(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string[] {
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.impact} ${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

for (const audit of AUDITS) {
  test(`the ${audit.name} page has no serious or critical accessibility violation, in light and in dark mode`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(audit.path);
    await audit.ready?.(page);
    const light = await new AxeBuilder({ page }).analyze();
    expect(serious(light.violations), `${audit.path} in light mode`).toEqual([]);
    // The same page in the same state, its colours switched (the site's dark mode is CSS only).
    const background = () => page.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor);
    const lightBackground = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(background).not.toBe(lightBackground);
    const dark = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
    expect(serious(dark.violations), `${audit.path} in dark mode`).toEqual([]);
  });
}
