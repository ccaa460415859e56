import type { Locator } from '@playwright/test';
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
  // The grade buttons sit in the lower third of a phone screen, within thumb reach. (With the date
  // bar hidden on the review tab a short card no longer fills the screen, so the sticky bar can sit
  // in flow above the very bottom.)
  await page.getByRole('button', { name: '显示答案' }).click();
  const box = await page.getByRole('button', { name: /良好/ }).boundingBox();
  expect((box?.y ?? 0) + (box?.height ?? 0)).toBeGreaterThan(((page.viewportSize()?.height ?? 0) * 2) / 3);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the drill keeps working offline once the review has been opened', async ({ page, context }) => {
  await page.goto('/drill/?date=2026-12-08');
  await expect(page.locator('.drill-deck [data-card-id]').first()).toBeVisible();
  // The review's code and its next cards come when the review is first opened, not with the page.
  await page.getByRole('tab', { name: '我的复习' }).click();
  await expect(page.locator('[data-review-card] [data-card-id]')).toBeVisible();
  // A real browser shows its cached favicon; here Chromium would refetch it when the URL changes.
  await page.route('**/favicon.svg', (route) =>
    route.fulfill({ contentType: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg"/>' }),
  );
  await context.setOffline(true);
  await page.getByRole('tab', { name: '今日晨练' }).click();
  await page.getByRole('tab', { name: '我的复习' }).click();
  await page.getByRole('button', { name: '显示答案' }).click();
  await page.getByRole('button', { name: /良好/ }).click();
  await expect(page.locator('[data-stat="reviewedToday"]')).toHaveText('1');
  await context.setOffline(false);
});

test('the review first opened offline, before any service worker, says so and loads once back online', async ({
  page,
  context,
  consoleErrors,
}) => {
  await page.goto('/drill/?date=2026-12-08');
  await expect(page.locator('.drill-deck [data-card-id]').first()).toBeVisible();
  await page.route('**/favicon.svg', (route) =>
    route.fulfill({ contentType: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg"/>' }),
  );
  await context.setOffline(true);
  await page.getByRole('tab', { name: '我的复习' }).click();
  await expect(page.getByText('复习没能载入（可能已断网）。联网后再打开「我的复习」即可。')).toBeVisible();
  await expect(page.getByRole('button', { name: '显示答案' })).toBeHidden();
  // The team deck was loaded with the page and still works.
  await page.getByRole('tab', { name: '今日晨练' }).click();
  await page.getByRole('button', { name: '显示答案' }).click();
  await expect(page.locator('.drill-deck .is-current')).toHaveClass(/is-revealed/);
  await context.setOffline(false);
  await page.getByRole('tab', { name: '我的复习' }).click();
  await expect(page.locator('[data-review-card] [data-card-id]')).toBeVisible();
  await expect(page.getByText('复习没能载入（可能已断网）。联网后再打开「我的复习」即可。')).toBeHidden();
  // The browser logs the requests refused while offline; nothing else.
  const offline = consoleErrors.filter((error) => error.includes('ERR_INTERNET_DISCONNECTED'));
  expect(offline.length).toBeGreaterThan(0);
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((error) => !offline.includes(error)));
});

test('practising a path step’s scripts in the drill marks the step done on the path', async ({ page }) => {
  await page.goto('/training/rep/');
  const step = page.locator('[data-key="rep/w1-drill-opening"]');
  await expect(step).toContainText('未完成');
  await step.getByRole('link', { name: '背熟开场话术' }).click();
  await expect(page).toHaveURL(/\/drill\/\?scripts=cold-call-opening,gatekeeper,first-visit/);
  const tab = page.getByRole('tab', { name: '我的复习' });
  await tab.click();
  // A click before the page's script has started opens the tab once it starts (it keeps the focus).
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  // Tab from the open tab into its panel, as a rep would once it shows, then grade every card of the
  // practice: space shows the answer, 4 says it was easy.
  await page.keyboard.press('Tab');
  await expect(tab).not.toBeFocused();
  const reviewed = page.locator('[data-stat="reviewedToday"]');
  const card = page.locator('[data-review-card] [data-card-id]');
  // The review loads its code and cards when the tab opens; it is busy until its first card is in.
  await expect(page.locator('[data-review-card]')).toHaveAttribute('aria-busy', 'false');
  await expect(card).toBeVisible();
  for (let graded = 1; await card.isVisible(); graded++) {
    await page.keyboard.press('Space');
    await page.keyboard.press('4');
    await expect(reviewed).toHaveText(String(graded));
  }
  await page.goto('/training/rep/');
  await expect(step).toContainText(/\d+ 年 \d+ 月 \d+ 日 完成/);
  await expect(step.getByRole('checkbox')).toBeChecked();
  await expect(step.getByRole('checkbox')).toBeDisabled();
});

test('the drill’s tabs work from the keyboard, and the deck’s keys leave them alone', async ({ page }) => {
  await page.goto('/drill/?date=2026-12-08');
  const team = page.getByRole('tab', { name: '今日晨练' });
  const review = page.getByRole('tab', { name: '我的复习' });
  await expect(team).toHaveAttribute('aria-selected', 'true');
  // Tab reaches the selected tab only (roving tabindex); the arrow keys move between tabs.
  await team.focus();
  await page.keyboard.press('ArrowRight');
  await expect(review).toBeFocused();
  await expect(review).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: '我的复习' })).toBeVisible();
  await expect(page).toHaveURL(/#review$/);
  await expect(page.locator('[data-review-card] [data-card-id]')).toBeVisible();
  // Space on a focused tab is the tab's, not the review's: no card is revealed.
  await page.keyboard.press('Space');
  await expect(page.locator('[data-review-card] [data-card-id]')).not.toHaveClass(/is-revealed/);
  await page.keyboard.press('Home');
  await expect(team).toBeFocused();
  await expect(page.getByRole('tabpanel', { name: '今日晨练' })).toBeVisible();
  await expect(page.locator('[data-count]')).toHaveText(/第 1 \//);
  await page.keyboard.press('End');
  await expect(review).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(team).toBeFocused();
  await expect(page.locator('[data-count]')).toHaveText(/第 1 \//);
  await expect(page).not.toHaveURL(/#review/);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(team).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(review).not.toBeFocused();
  // Away from the tabs, the arrow keys step through the deck again.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-count]')).toHaveText(/第 2 \//);
});

test('a bad entry in the saved progress: the team deck leaves it alone, the review sets it aside and keeps the rest', async ({ page }) => {
  // A real graded card first (its id from the real page), then one entry the store cannot read.
  await page.goto('/drill/#review');
  const card = page.locator('[data-review-card] [data-card-id]');
  const graded = (await card.getAttribute('data-card-id')) ?? '';
  await page.getByRole('button', { name: '显示答案' }).click();
  await page.getByRole('button', { name: /简单/ }).click();
  await expect(page.locator('[data-stat="reviewedToday"]')).toHaveText('1');
  const bad = await page.evaluate(() => {
    const stored = JSON.parse(localStorage.getItem('playbook.progress') ?? '{}') as StoredDrill;
    stored.drill.cards['script:gone'] = { due: '明天' };
    localStorage.setItem('playbook.progress', JSON.stringify(stored));
    return localStorage.getItem('playbook.progress');
  });

  // The team deck and meeting mode do not read progress: nothing is loaded, repaired or written.
  await page.goto('/drill/?date=2026-12-08');
  await page.getByRole('button', { name: '显示答案' }).click();
  await expect(page.locator('.drill-deck .is-current')).toHaveClass(/is-revealed/);
  await expect(page.getByRole('status').filter({ hasText: '无法识别' })).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('playbook.progress'))).toBe(bad);

  await page.getByRole('tab', { name: '我的复习' }).click();
  await expect(page.getByRole('status').filter({ hasText: '有 1 条进度记录无法识别，已另存备份，其余进度保留。' })).toBeVisible();
  await expect(card).toBeVisible();
  await expect(page.locator('[data-stat="reviewedToday"]')).toHaveText('1');
  const after = await page.evaluate(() => ({
    stored: JSON.parse(localStorage.getItem('playbook.progress') ?? '{}') as StoredDrill,
    backup: localStorage.getItem('playbook.progress.backup') ?? '',
  }));
  expect(after.stored.drill.cards[graded]?.due).toBeTruthy();
  expect(after.stored.drill.cards['script:gone']).toBeUndefined();
  expect(after.backup).toContain('明天');
});

test('a tab clicked before the page’s script has started opens once it starts', async ({ page }) => {
  // A slow phone: the tabs are on screen while their script is still on its way.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_astro/Tabs.astro_astro_type_script*', async (route) => {
    await held;
    await route.continue();
  });
  // The page's module scripts hold DOMContentLoaded back: do not wait for it.
  await page.goto('/drill/?date=2026-12-08', { waitUntil: 'commit' });
  const tab = page.getByRole('tab', { name: '我的复习' });
  await tab.click();
  release();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: '我的复习' })).toBeVisible();
  await expect(page.locator('[data-review-card] [data-card-id]')).toBeVisible();
  await expect(page).toHaveURL(/#review$/);
});

test('the review shows that its cards are loading, and says so when they cannot be had', async ({ page, consoleErrors }) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/drill/cards/*.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/drill/#review');
  const area = page.locator('[data-review-card]');
  await expect(area).toHaveAttribute('aria-busy', 'true');
  await expect(area).toHaveText('正在加载卡片…');
  await expect(page.getByRole('button', { name: '显示答案' })).toBeHidden();
  release();
  await expect(area).toHaveAttribute('aria-busy', 'false');
  await expect(area.locator('[data-card-id]')).toBeVisible();
  await expect(page.getByRole('button', { name: '显示答案' })).toBeVisible();

  // The card files cannot be fetched at all (a broken network, a proxy): a message, not a blank.
  await page.unroute('**/drill/cards/*.json');
  await page.route('**/drill/cards/*.json', (route) => route.abort());
  await page.reload();
  await expect(area).toHaveAttribute('aria-busy', 'false');
  await expect(page.locator('[data-review-done]')).toHaveText('有的卡片没能载入（可能已断网）。联网后重新打开本页即可。');
  await expect(page.getByRole('button', { name: '显示答案' })).toBeHidden();
  // The browser logs the refused requests; nothing else.
  const refused = consoleErrors.filter((error) => error.includes('net::ERR_FAILED'));
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((error) => !refused.includes(error)));
});

test('on a phone the review’s buttons stay at the bottom of the screen and cover none of the card', async ({ page }) => {
  const phone = { width: 390, height: 844 };
  await page.setViewportSize(phone);
  await page.goto('/drill/?date=2026-12-08#review');
  const card = page.locator('[data-review-card] [data-card-id]');
  const bar = page.locator('drill-review .drill-actions');
  const rect = (locator: Locator) => locator.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
  let shortCards = 0;
  for (let i = 0; i < 6; i++) {
    await expect(card).toBeVisible();
    await page.getByRole('button', { name: '显示答案' }).click();
    await expect(card).toHaveClass(/is-revealed/);
    // At the very bottom of the screen, in thumb reach, whatever the card's length.
    const buttons = await rect(bar);
    expect(Math.abs(buttons.bottom - phone.height)).toBeLessThanOrEqual(1);
    // The revealed answer's end is above the buttons, scrolled there if it was not.
    const answer = card.locator('.drill-card__back, .dialogue > li').last();
    await expect.poll(async () => (await rect(answer)).bottom - buttons.top).toBeLessThanOrEqual(1);
    const whole = await rect(card);
    if (whole.top >= 0 && whole.bottom <= buttons.top) shortCards++;
    await page.getByRole('button', { name: /良好/ }).click();
  }
  // Short cards (a cloze, a term) came up and were shown whole above the buttons.
  expect(shortCards).toBeGreaterThan(0);
  // Scrolled to the end of the page, the buttons cover nothing of it: the footer's last line is above them.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const footer = await rect(page.locator('body > footer, footer').last());
  expect(footer.bottom).toBeLessThanOrEqual((await rect(bar)).top + 1);
});
