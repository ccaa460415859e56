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

test('the result says 回答正确 or 回答错误 in words, shows the reader’s own answer beside the right one and labels the 解析', async ({
  page,
}) => {
  await page.goto(QUIZ);
  await answerAll(page);
  // Three mistakes of different kinds: a wrong single choice, a multiple choice with one option
  // swapped for a wrong one, and a fill-in left blank.
  await page.locator('[data-id="drill-start"]').getByRole('radio', { name: '8:30', exact: true }).check();
  const items = page.locator('[data-id="meeting-items"]');
  await items.getByRole('checkbox', { name: '信息传递（工作定向）' }).uncheck();
  await items.getByRole('checkbox', { name: '个人绩效排名公示' }).check();
  await page.locator('[data-id="recite"]').getByLabel('填写答案').fill('');
  await page.getByRole('button', { name: '交卷' }).click();

  // Every question says how it went in words, not only by its border colour.
  await expect(page.locator('[data-id="plan-check"] [data-verdict]')).toHaveText('✓回答正确');
  await expect(page.locator('[data-id="drill-start"] [data-verdict]')).toContainText('回答错误');
  await expect(page.locator('[data-id="recite"] [data-verdict]')).toContainText('未作答');
  await page.locator('[data-id="drill-start"]').getByRole('link', { name: '看正确答案和解析' }).click();
  const single = page.locator('#r-drill-start');
  await expect(single).toBeInViewport();

  // The reader's own answer first, then the right one, then the labelled explanation.
  await expect(single.locator('.quiz-result__verdict')).toHaveText('✗回答错误');
  await expect(single.locator('.quiz-answer--yours')).toHaveText('你的答案：✗8:30');
  await expect(single.locator('.quiz-answer--key')).toHaveText(/^\s*正确答案：\s*8:50\s*$/);
  await expect(single.locator('.quiz-explanation')).toHaveText(/^\s*解析：\s*8:30—8:50 是经理、主管定向，8:50—9:00 晨读训练。\s*$/);
  const order = await single.locator('.quiz-answer, .quiz-explanation').evaluateAll((els: Element[]) => els.map((el) => el.className));
  expect(order).toEqual(['quiz-answer quiz-answer--yours', 'quiz-answer quiz-answer--key', 'quiz-explanation']);

  // A multiple choice lists the options one per line: the wrong pick tagged 不该选, the missed one 漏选.
  const multiple = page.locator('#r-meeting-items');
  await expect(multiple.locator('.quiz-answer--yours li')).toHaveText([
    '✓最优员工分享选对了',
    '✗个人绩效排名公示不该选',
    '✓销售知识培训与巩固选对了',
  ]);
  await expect(multiple.locator('.quiz-answer--yours .quiz-tag')).toHaveText(['不该选']);
  await expect(multiple.locator('.quiz-answer--key li')).toHaveText([
    '最优员工分享',
    /^\s*信息传递（工作定向）\s*漏选$/,
    '销售知识培训与巩固',
  ]);
  await expect(multiple.locator('.quiz-answer--key')).not.toContainText('、');

  // A blank answer says so and still gets the right answer and the explanation.
  const blank = page.locator('#r-recite');
  await expect(blank.locator('.quiz-result__verdict')).toHaveText('✗未作答');
  await expect(blank.locator('.quiz-answer--yours')).toHaveCount(0);
  await expect(blank.locator('.quiz-answer--key')).toHaveText(/^\s*正确答案：\s*举一反三\s*$/);
  await expect(blank.locator('.quiz-explanation')).toHaveText(/^\s*解析：\s*只读不背/);

  // A retry clears the marks.
  await page.getByRole('button', { name: '再做一次（选项重新排列）' }).click();
  await expect(page.locator('[data-verdict]:visible')).toHaveCount(0);
});

test('an ordering question prints with a box before each item to write its place in, without the move buttons', async ({ page }) => {
  await page.goto(QUIZ);
  const question = page.locator('[data-id="morning-order"]');
  await expect(question.locator('.quiz-order__blank').first()).toBeHidden();
  await expect(question.getByText('排序题（用“上移”“下移”排成正确顺序）')).toBeVisible();
  await expect(question.getByText('排序题（在每项前的方框里写上顺序号 1、2、3……）')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(question.getByText('排序题（在每项前的方框里写上顺序号 1、2、3……）')).toBeVisible();
  await expect(question.getByText('排序题（用“上移”“下移”排成正确顺序）')).toBeHidden();
  const blanks = question.locator('.quiz-order__blank');
  await expect(blanks).toHaveCount(4);
  for (const blank of await blanks.all()) {
    await expect(blank).toBeVisible();
    const box = (await blank.boundingBox())!;
    expect(box.width, 'room to write a digit').toBeGreaterThan(20);
  }
  await expect(question.getByRole('button', { name: /^上移：/ }).first()).toBeHidden();
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
