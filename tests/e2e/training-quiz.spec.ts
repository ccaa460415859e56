import type { Page } from '@playwright/test';
import { expect, test } from './console';

const QUIZ = '/quiz/daily-work/';

interface Key {
  id: string;
  kind: 'single' | 'multiple' | 'truefalse' | 'order' | 'fill';
  correct?: number | number[] | boolean;
  count?: number;
  accepted?: string[];
}

/** Answers every question right through the page's own controls (buttons for ordering, no drag). */
async function answerAll(page: Page) {
  const { key } = JSON.parse((await page.locator('script[data-island="quiz"]').textContent())!) as { key: Key[] };
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
  return key.length;
}

test('a quiz prints every question with its options but not its answers', async ({ page }) => {
  await page.goto(QUIZ);
  await expect(page.getByRole('heading', { level: 1, name: '日常工作测验' })).toBeVisible();
  await expect(page.getByText('晨读训练几点开始？')).toBeVisible();
  await expect(page.getByRole('radio', { name: '8:50' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^上移：/ }).first()).toBeVisible();
  // Explanations live only in the answer key the script reads; nothing visible gives them away.
  await expect(page.getByText('8:30—8:50 是经理、主管定向')).toHaveCount(0);
});

test('a new hire fails the quiz, sees why with a link to the source heading, retries and passes', async ({ page }) => {
  await page.goto(QUIZ);
  await page.getByRole('radio', { name: '8:30', exact: true }).check();
  await page.getByRole('button', { name: '交卷' }).click();
  const result = page.locator('[data-result]');
  await expect(result).toContainText('未通过');
  await expect(result.getByRole('heading', { name: '答错的题' })).toBeVisible();
  await expect(result).toContainText('8:30—8:50 是经理、主管定向，8:50—9:00 晨读训练。');
  const source = result.getByRole('link', { name: /早间流程 · 晨读训练/ }).first();
  await expect(source).toHaveAttribute('href', `/handbook/daily-work/morning-routine/#${encodeURIComponent('晨读训练')}`);

  await page.getByRole('button', { name: '再做一次（选项重新排列）' }).click();
  await expect(result).toBeHidden();
  await expect(page.getByRole('radio', { name: '8:30', exact: true })).not.toBeChecked();
  const total = await answerAll(page);
  await page.getByRole('button', { name: '交卷' }).click();
  await expect(result).toContainText(`得分 100%（答对 ${total}/${total} 题） · 通过`);
  await expect(result).toContainText('全部答对！');

  await page.reload();
  await expect(page.getByText(`最好成绩 100%，最近一次 100%，共作答 2 次。`)).toBeVisible();
  await page.goto('/training/rep/');
  await expect(page.locator('[data-key="rep/w1-quiz-daily"]')).toContainText('最好成绩 100%');
  await expect(page.locator('[data-key="rep/w1-quiz-daily"]')).toHaveClass(/is-done/);
  await expect(page.getByText(/已完成 1\/\d+ 步/)).toBeVisible();
});

test('ordering works from the keyboard with the move buttons', async ({ page }) => {
  await page.goto(QUIZ);
  const list = page.locator('[data-id="morning-order"] .quiz-order');
  const before = await list.locator('.quiz-order__text').allTextContents();
  const second = list.locator('li').nth(1);
  await second.getByRole('button', { name: /^上移：/ }).focus();
  await page.keyboard.press('Enter');
  const after = await list.locator('.quiz-order__text').allTextContents();
  expect(after).toEqual([before[1], before[0], ...before.slice(2)]);
  await expect(page.getByRole('button', { name: `上移：${before[1]}` })).toBeFocused();
});

test('ticking a task on the path page survives a reload @phone', async ({ page }) => {
  await page.goto('/training/rep/');
  const step = page.locator('[data-key="rep/w1-shadow"]');
  await step.getByRole('checkbox').check();
  await expect(step).toContainText('完成');
  await page.reload();
  await expect(step.getByRole('checkbox')).toBeChecked();
  await expect(page.getByText(/已完成 1\/\d+ 步/)).toBeVisible();
  // The reader makes this their path once; the home page then continues it.
  await page.getByRole('button', { name: /这是我的岗位/ }).click();
  await expect(page.getByRole('button', { name: /这是我的岗位/ })).toBeHidden();
  await page.goto('/');
  await expect(page.getByRole('link', { name: /业务员入职路径：已完成 1\/\d+ 步/ })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a quiz and a path still read and print as plain pages', async ({ page }) => {
    await page.goto(QUIZ);
    await expect(page.getByRole('radio', { name: '8:50' })).toBeVisible();
    await expect(page.getByRole('button', { name: '交卷' })).toBeHidden();
    await page.goto('/training/rep/');
    await expect(page.getByRole('heading', { name: /第 1 周/ })).toBeVisible();
    await expect(page.getByRole('link', { name: '日常工作测验' })).toBeVisible();
  });
});
