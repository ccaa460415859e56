import { expect, test } from './console';

/** The part of the stored progress these tests read. */
interface StoredDrill {
  drill: { cards: Record<string, { due: string } | undefined> };
}

test('grading a card moves it out of today’s queue and survives a reload', async ({ page }) => {
  await page.goto('/drill/#review');
  const card = page.locator('[data-review-card] [data-card-id]');
  await expect(card).toBeVisible();
  await expect(page.locator('[data-stat="newToday"]')).toHaveText('10');
  const first = await card.getAttribute('data-card-id');
  await page.keyboard.press('Space');
  await expect(card).toHaveClass(/is-revealed/);
  await expect(page.locator('[data-grade="4"] [data-interval]')).toHaveText(/天/);
  await page.keyboard.press('4');
  await expect(page.locator('[data-stat="reviewedToday"]')).toHaveText('1');
  await page.reload();
  await expect(page.locator('[data-stat="reviewedToday"]')).toHaveText('1');
  await expect(page.locator('[data-stat="newToday"]')).toHaveText('9');
  await expect(page.locator('[data-stat="learned"]')).toHaveText('1');
  await expect(page.locator('[data-stat="streak"]')).toHaveText('1 天');
  await expect(page.locator('[data-stat="retention"]')).toHaveText('100%');
  await expect(card).not.toHaveAttribute('data-card-id', first ?? '');
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('playbook.progress') ?? '{}') as StoredDrill);
  expect(Date.parse(stored.drill.cards[first ?? '']?.due ?? '')).toBeGreaterThan(Date.now() + 86_400_000);
});

test('a card graded Again comes back within minutes @phone', async ({ page }) => {
  await page.goto('/drill/#review');
  const card = page.locator('[data-review-card] [data-card-id]');
  const first = await card.getAttribute('data-card-id');
  await page.getByRole('button', { name: '显示答案' }).click();
  await page.getByRole('button', { name: /重来/ }).click();
  await expect(page.locator('[data-stat="dueToday"]')).toHaveText('1');
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('playbook.progress') ?? '{}') as StoredDrill);
  expect(Date.parse(stored.drill.cards[first ?? '']?.due ?? '') - Date.now()).toBeLessThan(10 * 60_000);
  // The grade buttons sit at the bottom of a phone screen, within thumb reach.
  await page.getByRole('button', { name: '显示答案' }).click();
  const box = await page.getByRole('button', { name: /良好/ }).boundingBox();
  expect((box?.y ?? 0) + (box?.height ?? 0)).toBeGreaterThan((page.viewportSize()?.height ?? 0) - 120);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the drill keeps working offline once loaded', async ({ page, context }) => {
  await page.goto('/drill/?date=2026-12-08');
  await expect(page.locator('.drill-deck [data-card-id]').first()).toBeVisible();
  // A real browser shows its cached favicon; here Chromium would refetch it when the URL changes.
  await page.route('**/favicon.svg', (route) =>
    route.fulfill({ contentType: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg"/>' }),
  );
  await context.setOffline(true);
  await page.getByRole('tab', { name: '我的复习' }).click();
  await page.getByRole('button', { name: '显示答案' }).click();
  await page.getByRole('button', { name: /良好/ }).click();
  await expect(page.locator('[data-stat="reviewedToday"]')).toHaveText('1');
  await context.setOffline(false);
});
