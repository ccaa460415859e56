/**
 * <quiz-form>: scores a quiz in the browser (src/lib/quiz-scoring.ts), marks every question 回答正确 /
 * 回答错误 / 未作答 (icon and text, not colour alone), explains each wrong answer — the reader's own
 * answer beside the right one, the labelled 解析 and a link to the heading it comes from — and keeps
 * the best and latest result in the progress.
 */
import type { QuizKey } from '../lib/islands/strings';
import { quizIsland, type QuizIsland } from '../lib/islands/quiz';
import { describeResponse, isCorrect, moveItem, scoreQuiz, shuffledIndexes, type Response } from '../lib/quiz-scoring';
import { all, create, island, required, strings, type Text } from './dom';
import { openProgress } from './progress';

class QuizForm extends HTMLElement {
  private quiz!: QuizIsland;
  private text!: Text<QuizKey>;

  connectedCallback(): void {
    this.quiz = island(this, 'quiz', quizIsland);
    this.text = strings<QuizKey>(this);
    const form = required(this, 'form', HTMLFormElement);
    required(form, '[type=submit]').hidden = false;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.submit();
    });
    this.addEventListener('click', (event) => {
      const target = event.target instanceof Element ? event.target : null;
      const move = target?.closest<HTMLButtonElement>('[data-move]');
      if (move) this.move(move);
      if (target?.closest('[data-retry]')) this.retry();
    });
    void this.showHistory();
  }

  /** Moves an ordering item and keeps focus on the same button, so keyboard users can keep pressing. */
  private move(button: HTMLButtonElement): void {
    const item = button.closest('li');
    const list = item?.parentElement;
    if (!item || !list) return;
    const items = [...list.children];
    list.append(...moveItem(items, items.indexOf(item), Number(button.dataset.move) === -1 ? -1 : 1));
    button.focus();
  }

  private question(id: string): HTMLElement {
    return required(this, `[data-id="${CSS.escape(id)}"]`);
  }

  private responses(): Record<string, Response> {
    const out: Record<string, Response> = {};
    for (const q of this.quiz.key) {
      const el = this.question(q.id);
      const checked = all<HTMLInputElement>(el, 'input:checked').map((input) => input.value);
      if (q.kind === 'single') out[q.id] = checked.length ? Number(checked[0]) : undefined;
      else if (q.kind === 'multiple') out[q.id] = checked.map(Number);
      else if (q.kind === 'truefalse') out[q.id] = checked.length ? checked[0] === 'true' : undefined;
      else if (q.kind === 'order') out[q.id] = all(el, '[data-item]').map((li) => Number(li.dataset.item));
      else out[q.id] = required(el, 'input[type=text]', HTMLInputElement).value;
    }
    return out;
  }

  private async submit(): Promise<void> {
    const { key, passMark, quizId } = this.quiz;
    const text = this.text;
    const responses = this.responses();
    const score = scoreQuiz(key, responses, passMark);
    const result = required(this, '[data-result]');
    const scoreLine = required(result, '[data-score]');
    const verdict = score.passed ? text('quiz.result.passed') : text('quiz.result.failed', { n: passMark });
    const unscored = score.practice.total > 0 ? text('quiz.result.unscored', { n: score.practice.total }) : '';
    scoreLine.textContent = `${text('quiz.result.score', { percent: score.percent, correct: score.correct, total: score.total })} · ${verdict}${unscored}`;
    scoreLine.className = `quiz-result__score ${score.passed ? 'is-passed' : 'is-failed'}`;
    const wrong = required(result, '[data-wrong]');
    if (score.wrong.length === 0) wrong.replaceChildren(create('p', { textContent: text('quiz.result.allRight') }));
    else wrong.replaceChildren(create('h3', { textContent: text('quiz.result.wrong') }), this.feedbackList(score.wrong, responses));
    // Practice questions get their own part, after the scored ones: explained, never counted.
    const practice = required(result, '[data-practice-result]');
    if (score.practice.total === 0) practice.replaceChildren();
    else if (score.practice.wrong.length === 0)
      practice.replaceChildren(
        create('h3', { textContent: text('quiz.result.practice') }),
        create('p', { textContent: text('quiz.result.practice.allRight') }),
      );
    else
      practice.replaceChildren(
        create('h3', { textContent: text('quiz.result.practice') }),
        create('p', { textContent: text('quiz.result.practice.wrong') }),
        this.feedbackList(score.practice.wrong, responses),
      );
    for (const q of key) {
      const right = isCorrect(q, responses[q.id]);
      const question = this.question(q.id);
      question.classList.toggle('is-right', right);
      question.classList.toggle('is-wrong', !right);
      const verdict = required(question, '[data-verdict]');
      verdict.replaceChildren(this.verdict(right ? 'right' : describeResponse(q, responses[q.id]).kind === 'blank' ? 'blank' : 'wrong'));
      if (!right) verdict.append(' · ', create('a', { href: `#r-${q.id}`, textContent: text('quiz.verdict.see') }));
      verdict.hidden = false;
    }
    required<HTMLButtonElement>(this, '[type=submit]', HTMLButtonElement).disabled = true;
    const progress = await openProgress();
    progress.recordAttempt(quizId, {
      correct: score.correct,
      total: score.total,
      percent: score.percent,
      passed: score.passed,
      at: new Date().toISOString(),
    });
    await this.showHistory();
    result.hidden = false;
    result.focus();
  }

  /** 回答正确 / 回答错误 / 未作答 with its icon: the words carry the meaning, the icon and colour help. */
  private verdict(state: 'right' | 'wrong' | 'blank'): HTMLElement {
    const verdict = create('span', { className: `quiz-verdict quiz-verdict--${state === 'right' ? 'right' : 'wrong'}` });
    verdict.append(this.icon(state === 'right'), this.text(`quiz.verdict.${state}`));
    return verdict;
  }

  private icon(right: boolean): HTMLElement {
    const icon = create('span', { className: `quiz-mark quiz-mark--${right ? 'right' : 'wrong'}`, textContent: right ? '✓' : '✗' });
    icon.setAttribute('aria-hidden', 'true');
    return icon;
  }

  /** A small label after an option: shown when it says what is wrong, for screen readers only when it confirms. */
  private tag(key: QuizKey, shown: boolean): HTMLElement {
    return create('span', { className: shown ? 'quiz-tag' : 'visually-hidden', textContent: this.text(key) });
  }

  /** The label of the option whose input has `value`, as the page rendered it (待确认 badges included), without the input. */
  private optionContent(question: HTMLElement, value: string): Node[] {
    const label = required(question, `input[value="${CSS.escape(value)}"]`).closest('label');
    return trimmed([...(label?.childNodes ?? [])].filter((node) => !(node instanceof HTMLInputElement)));
  }

  private itemContent(question: HTMLElement, index: number): Node[] {
    return trimmed([...required(question, `[data-item="${index}"] .quiz-order__text`).childNodes]);
  }

  /** 你的答案：what the reader put down, each chosen option or placed item marked right or wrong. */
  private yourAnswer(q: QuizIsland['key'][number], response: Response): HTMLElement | null {
    const view = describeResponse(q, response);
    if (view.kind === 'blank') return null;
    const question = this.question(q.id);
    const box = create('div', { className: 'quiz-answer quiz-answer--yours' });
    box.append(create('span', { className: 'quiz-answer__label', textContent: this.text('quiz.result.yours') }));
    const inline = (right: boolean, ...content: (Node | string)[]) => {
      const span = create('span', { className: 'quiz-answer__text' });
      span.append(this.icon(right), ...content);
      box.append(span);
    };
    if (view.kind === 'truefalse') inline(false, ...this.optionContent(question, String(view.value)));
    else if (view.kind === 'fill') inline(false, view.text);
    else if (view.kind === 'choices' && q.kind === 'single') inline(false, ...this.optionContent(question, String(view.chosen[0]?.index)));
    else {
      const list = create(view.kind === 'order' ? 'ol' : 'ul', { className: 'quiz-answer__list' });
      const entries = view.kind === 'order' ? view.items : view.chosen;
      for (const entry of entries) {
        const li = create('li');
        const content = view.kind === 'order' ? this.itemContent(question, entry.index) : this.optionContent(question, String(entry.index));
        const label =
          view.kind === 'order'
            ? this.tag(entry.right ? 'quiz.result.placeRight' : 'quiz.result.placeWrong', !entry.right)
            : this.tag(entry.right ? 'quiz.result.chosenRight' : 'quiz.result.extra', !entry.right);
        li.append(this.icon(entry.right), ...content, label);
        list.append(li);
      }
      box.append(list);
    }
    return box;
  }

  /**
   * The questions `ids` with what the reader answered and what they should have: the prompt, 回答错误
   * or 未作答, the reader's answer, the right answer (a missed option tagged 漏选) and the 解析 as the
   * page rendered them (待确认 badges included), and the heading they come from.
   */
  private feedbackList(ids: readonly string[], responses: Record<string, Response>): HTMLOListElement {
    const list = create('ol');
    for (const q of this.quiz.key.filter((entry) => ids.includes(entry.id))) {
      const question = this.question(q.id);
      const view = describeResponse(q, responses[q.id]);
      const prompt = create('p', { className: 'quiz-result__prompt' });
      prompt.append(...[...required(question, '.quiz-q__prompt').childNodes].map((node) => node.cloneNode(true)));
      const verdict = create('p', { className: 'quiz-result__verdict' });
      verdict.append(this.verdict(view.kind === 'blank' ? 'blank' : 'wrong'));
      const feedback = required(question, 'template[data-feedback]', HTMLTemplateElement).content.cloneNode(true) as DocumentFragment;
      if (view.kind === 'choices')
        for (const index of view.missed) feedback.querySelector(`[data-index="${index}"]`)?.append(this.tag('quiz.result.missed', true));
      const source = create('p', { textContent: this.text('quiz.result.source') });
      source.append(create('a', { href: q.source.href, textContent: q.source.title }));
      const item = create('li', { id: `r-${q.id}` });
      item.append(prompt, verdict, ...[this.yourAnswer(q, responses[q.id])].filter((node) => node !== null), feedback, source);
      list.append(item);
    }
    return list;
  }

  /** Clears the answers and shuffles options and ordering items, so a retry is not answered by position. */
  private retry(): void {
    required(this, 'form', HTMLFormElement).reset();
    for (const list of all(this, '.quiz-options:not(.quiz-options--tf), .quiz-order')) {
      const items = [...list.children];
      const order = shuffledIndexes(items.length, Math.random, list.classList.contains('quiz-order'));
      list.append(...order.flatMap((i) => items[i] ?? []));
    }
    for (const el of all(this, '.quiz-q')) el.classList.remove('is-right', 'is-wrong');
    for (const verdict of all(this, '[data-verdict]')) {
      verdict.hidden = true;
      verdict.replaceChildren();
    }
    required<HTMLButtonElement>(this, '[type=submit]', HTMLButtonElement).disabled = false;
    required(this, '[data-result]').hidden = true;
    this.scrollIntoView({ block: 'start' });
    this.querySelector<HTMLElement>('input, button')?.focus({ preventScroll: true });
  }

  private async showHistory(): Promise<void> {
    const progress = await openProgress();
    if (progress.recovery) {
      const banner = required(this, '[data-recovery]');
      banner.textContent = progress.recovery.message;
      banner.hidden = false;
    }
    const result = progress.current().quizzes[this.quiz.quizId];
    if (!result) return;
    const line = required(this, '[data-history]');
    line.textContent = this.text('quiz.history', { best: result.best.percent, latest: result.latest.percent, n: result.attempts });
    line.hidden = false;
  }
}

/** Copies of `nodes` without the template's layout whitespace at either end. */
function trimmed(nodes: readonly Node[]): Node[] {
  const copies = nodes.map((node) => node.cloneNode(true));
  const isText = (node: Node | undefined): node is globalThis.Text => node?.nodeType === Node.TEXT_NODE;
  const blank = (node: Node | undefined) => isText(node) && !node.textContent?.trim();
  while (blank(copies[0])) copies.shift();
  while (blank(copies.at(-1))) copies.pop();
  const first = copies[0];
  if (isText(first)) first.textContent = (first.textContent ?? '').trimStart();
  const last = copies.at(-1);
  if (isText(last)) last.textContent = (last.textContent ?? '').trimEnd();
  return copies;
}

customElements.define('quiz-form', QuizForm);
