/** Answering a quiz through its own controls, for tests that need a quiz passed the way a reader passes it. */
import type { Page } from '@playwright/test';

/** One question of the answer key the quiz page carries in its island. */
export interface Key {
  id: string;
  kind: 'single' | 'multiple' | 'truefalse' | 'order' | 'fill';
  correct?: number | number[] | boolean;
  count?: number;
  accepted?: string[];
  practice?: boolean;
}

/**
 * Answers every question right (buttons for ordering, no drag); returns how many scored questions there
 * were. Practice questions (练习题，不计分) are answered too, but only the scored ones count.
 */
export async function answerAll(page: Page): Promise<number> {
  const key = await answerKey(page);
  for (const q of key) {
    const question = page.locator(`[data-id="${q.id}"]`);
    if (q.kind === 'single') await question.locator(`input[value="${String(q.correct)}"]`).check();
    if (q.kind === 'multiple') for (const i of q.correct as number[]) await question.locator(`input[value="${i}"]`).check();
    if (q.kind === 'truefalse') await question.locator(`input[value="${String(q.correct)}"]`).check();
    if (q.kind === 'fill') await question.getByLabel('填写答案').fill(` ${q.accepted![0]}。`); // spacing and end punctuation are forgiven
    if (q.kind === 'order') {
      for (let target = 0; target < q.count!; target++) {
        const item = question.locator(`[data-item="${target}"]`);
        const text = (await item.locator('.quiz-order__text').textContent())!;
        for (;;) {
          const position = await item.evaluate((li) => [...li.parentElement!.children].indexOf(li));
          if (position <= target) break;
          await question.getByRole('button', { name: `上移：${text}` }).click();
        }
      }
    }
  }
  return key.filter((q) => !q.practice).length;
}

/** The quiz page's answer key, as its script reads it. */
export async function answerKey(page: Page): Promise<Key[]> {
  const { key } = JSON.parse((await page.locator('script[data-island="quiz"]').textContent())!) as { key: Key[] };
  return key;
}
