import { expect, test } from './console';
import { answerAll, answerKey } from './quiz-answers';

const QUIZ = '/quiz/daily-work/';

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

test('a practice question is labelled 练习题（不计分）; answering it wrong still passes, and the result says why', async ({ page }) => {
  await page.goto(QUIZ);
  const key = await answerKey(page);
  const practice = key.filter((q) => q.practice);
  const wrongOne = practice.find((q) => q.kind === 'single' || q.kind === 'truefalse');
  expect(wrongOne, 'the daily-work quiz has a practice question to answer wrong').toBeDefined();
  const question = page.locator(`[data-id="${wrongOne!.id}"]`);
  await expect(question.getByText('练习题（不计分）')).toBeVisible();
  await expect(question).toContainText('答错不影响得分和是否通过');
  // Scored questions carry no such label.
  await expect(page.locator('.quiz-q:not([data-practice])').getByText('练习题（不计分）')).toHaveCount(0);

  const total = await answerAll(page);
  const wrongAnswer =
    wrongOne!.kind === 'single'
      ? String(((wrongOne!.correct as number) + 1) % (await question.getByRole('radio').count()))
      : String(!wrongOne!.correct);
  await question.locator(`input[value="${wrongAnswer}"]`).check();
  await page.getByRole('button', { name: '交卷' }).click();

  const result = page.locator('[data-result]');
  await expect(result).toContainText(
    `得分 100%（答对 ${total}/${total} 题） · 通过（另有 ${practice.length} 道练习题不计分，不影响得分和是否通过）`,
  );
  await expect(result.getByRole('heading', { name: '答错的题' })).toHaveCount(0);
  await expect(result.getByRole('heading', { name: '练习题（不计分）' })).toBeVisible();
  await expect(result).toContainText('以下练习题答错了（不计分），看看解析：');
  const prompt = (await question.locator('.quiz-q__prompt').textContent())!.trim();
  await expect(result.locator('.quiz-result__prompt')).toContainText(prompt.slice(0, 12));
  await expect(result).toContainText('正确答案：');
});
