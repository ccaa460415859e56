/** A Playwright fixture that fails the test when the page logs an error or throws. */
import { test as base, expect, type Page } from '@playwright/test';

/** Collects what `page` logs as an error or throws into `errors` (for pages a test opens itself too). */
export function watchConsole(page: Page, errors: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().includes('status of 404')) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
}

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      watchConsole(page, errors);
      await use(errors);
      expect(errors, 'the browser console stays free of errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
