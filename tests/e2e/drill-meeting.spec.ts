/**
 * Meeting mode on a projector: every card of the day, every page of it, answer hidden and shown,
 * fits one screen beside the agenda at the two usual projector sizes; a clicker (PageDown / PageUp)
 * walks the room through it and the deck ends on a "done" slide.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './console';

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];
// Winter and summer agendas, a themed week, and the days with the longest dialogues of the bundled content.
const DATES = ['2026-12-08', '2026-12-09', '2026-07-15', '2027-03-01'];

/** Where the current card, its visible dialogue lines, the buttons and the agenda are on screen. */
const screen = (page: Page) =>
  page.evaluate(() => {
    const rect = (el: Element | null) => el?.getBoundingClientRect();
    const card = document.querySelector<HTMLElement>('.drill-deck .is-current');
    const lines = card ? [...card.querySelectorAll('.dialogue > li')] : [];
    const agenda = document.querySelectorAll('.drill-agenda [data-timetable]:not([hidden]) li');
    return {
      id: card?.dataset.cardId,
      revealed: card?.classList.contains('is-revealed') ?? false,
      cardTop: rect(card)?.top ?? 0,
      cardBottom: rect(card)?.bottom ?? 0,
      visibleLines: lines.flatMap((line, i) => (line.getBoundingClientRect().height > 0 ? [i] : [])),
      lineCount: lines.length,
      actionsTop: rect(document.querySelector('.drill-team .drill-actions'))?.top ?? 0,
      topBarBottom: rect(document.querySelector('.drill-team__top'))?.bottom ?? 0,
      agendaBottom: rect(agenda[agenda.length - 1] ?? null)?.bottom ?? Infinity,
      viewport: window.innerHeight,
    };
  });

for (const viewport of SIZES) {
  for (const date of DATES) {
    test(`meeting mode fits every card of ${date} on a ${viewport.width}×${viewport.height} projector and ends clearly`, async ({
      page,
    }) => {
      test.setTimeout(90_000);
      await page.setViewportSize(viewport);
      await page.goto(`/drill/?date=${date}`);
      const count = page.locator('[data-count]');
      // The day's cards are fetched after the page loads: the count appears with them.
      await expect(count).toHaveText(/\/ \d+ 张/);
      const total = Number((await count.textContent())?.match(/\/ (\d+) 张/)?.[1]);
      expect(total).toBeGreaterThan(3);
      await page.getByRole('button', { name: '会议模式' }).click();
      await expect(page.locator('.drill-team')).toHaveClass(/is-meeting/);
      await expect(page.getByRole('button', { name: '上一张' })).toBeDisabled();

      const first = await screen(page);
      expect(first.agendaBottom, 'the whole agenda is on screen').toBeLessThanOrEqual(first.actionsTop);

      // Walk the deck as a clicker does, checking each step; collect the lines shown per card.
      const seen = new Map<string, { lines: Set<number>; count: number; revealed: boolean }>();
      for (let step = 0; step < 200 && !(await page.locator('[data-done]').isVisible()); step++) {
        const now = await screen(page);
        const where = `${date} step ${step} ${now.id}${now.revealed ? ' (answer shown)' : ''}`;
        expect(now.id, where).toBeTruthy();
        expect(now.cardTop, where).toBeGreaterThanOrEqual(now.topBarBottom);
        expect(now.cardBottom, where).toBeLessThanOrEqual(now.actionsTop);
        expect(now.actionsTop, where).toBeLessThan(now.viewport);
        const entry = seen.get(now.id!) ?? { lines: new Set<number>(), count: now.lineCount, revealed: false };
        now.visibleLines.forEach((line) => entry.lines.add(line));
        entry.revealed ||= now.revealed;
        seen.set(now.id!, entry);
        await page.keyboard.press('PageDown');
      }
      expect(seen.size, 'every card of the deck was shown').toBe(total);
      for (const [id, entry] of seen) {
        expect(entry.lines.size, `${id}: every dialogue line on some page`).toBe(entry.count);
        expect(entry.revealed, `${id}: the answer was shown`).toBe(true);
      }

      // The end: a done slide, and further presses keep it rather than blanking the screen.
      const end = page.locator('[data-done]');
      await expect(end).toContainText('今天的晨练完成了');
      await expect(count).toHaveText(`全部 ${total} 张已完成`);
      await expect(page.getByRole('button', { name: '已完成' })).toBeDisabled();
      await page.keyboard.press('PageDown');
      await page.keyboard.press('ArrowRight');
      await expect(end).toBeVisible();
      // PageUp returns to the last card with its answer shown.
      await page.keyboard.press('PageUp');
      await expect(end).toBeHidden();
      await expect(page.locator('.drill-deck .is-current')).toHaveClass(/is-revealed/);
      await expect(count).toHaveText(new RegExp(`^第 ${total} / ${total} 张`));
    });
  }
}

test('a long dialogue is paged within its card, each page revealed before the next', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  // The first card of 2026-12-08 is 先下试单, a dialogue too long for one 1280×800 screen.
  await page.goto('/drill/?date=2026-12-08');
  await page.getByRole('button', { name: '会议模式' }).click();
  const count = page.locator('[data-count]');
  await expect(count).toHaveText(/^第 1 \/ \d+ 张 · 本张第 1 \/ [2-9] 页$/);
  const card = page.locator('.drill-deck .is-current');
  await page.keyboard.press('PageDown');
  await expect(card).toHaveClass(/is-revealed/);
  await expect(page.getByRole('button', { name: '下一页' })).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(count).toHaveText(/本张第 2 \//);
  await expect(card).not.toHaveClass(/is-revealed/);
  await expect(card.locator('.drill-card__scenario')).toBeHidden();
  // Back a page: the previous page with its answer, and 上一页 names what the button does.
  await expect(page.getByRole('button', { name: '上一页' })).toBeEnabled();
  await page.keyboard.press('PageUp');
  await expect(count).toHaveText(/本张第 1 \//);
  await expect(card).toHaveClass(/is-revealed/);
  await expect(card.locator('.drill-card__scenario')).toBeVisible();
  // Leaving meeting mode shows the whole dialogue again.
  await page.keyboard.press('Escape');
  await expect(page.locator('.drill-team')).not.toHaveClass(/is-meeting/);
  await expect(count).toHaveText(/^第 1 \/ \d+ 张$/);
  await expect(card.locator('.dialogue > li:visible')).toHaveCount(await card.locator('.dialogue > li').count());
});

test('?minutes= outside 1–60 falls back to 10 minutes and says so', async ({ page }) => {
  for (const bad of ['0.001', '1e9', '-5', 'abc']) {
    await page.goto(`/drill/?date=2026-12-08&minutes=${encodeURIComponent(bad)}`);
    await expect(page.locator('[data-minutes-note]')).toHaveText(`“${bad}”不是可用的晨练时长（1—60 分钟），倒计时按默认的 10 分钟。`);
    await expect(page.locator('meeting-timer [data-time]')).toHaveText('10:00');
  }
  await page.goto('/drill/?date=2026-12-08&minutes=15');
  await expect(page.locator('[data-minutes-note]')).toBeHidden();
  await expect(page.locator('meeting-timer [data-time]')).toHaveText('15:00');
});
