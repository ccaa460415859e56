/**
 * <quiz-form>: scores a quiz in the browser (src/lib/quiz-scoring.ts), explains each wrong answer
 * with a link to the heading it comes from, and keeps the best and latest result in the progress.
 */
import type { QuizKey } from '../lib/islands/strings';
import { quizIsland, type QuizIsland } from '../lib/islands/quiz';
import { isCorrect, moveItem, scoreQuiz, shuffledIndexes, type Response } from '../lib/quiz-scoring';
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
    scoreLine.textContent = `${text('quiz.result.score', { percent: score.percent, correct: score.correct, total: score.total })} · ${score.passed ? text('quiz.result.passed') : text('quiz.result.failed', { n: passMark })}`;
    scoreLine.className = `quiz-result__score ${score.passed ? 'is-passed' : 'is-failed'}`;
    const wrong = required(result, '[data-wrong]');
    if (score.wrong.length === 0) wrong.replaceChildren(create('p', { textContent: text('quiz.result.allRight') }));
    else {
      const list = create('ol');
      for (const q of key.filter((entry) => score.wrong.includes(entry.id))) {
        const source = create('p', { textContent: text('quiz.result.source') });
        source.append(create('a', { href: q.source.href, textContent: q.source.title }));
        const item = create('li');
        item.append(
          create('p', { className: 'quiz-result__prompt', textContent: required(this.question(q.id), '.quiz-q__prompt').textContent }),
          create('p', { textContent: `${text('quiz.result.answer')}${q.answer}` }),
          create('p', { textContent: q.explanation }),
          source,
        );
        list.append(item);
      }
      wrong.replaceChildren(create('h3', { textContent: text('quiz.result.wrong') }), list);
    }
    for (const q of key) {
      const right = isCorrect(q, responses[q.id]);
      this.question(q.id).classList.toggle('is-right', right);
      this.question(q.id).classList.toggle('is-wrong', !right);
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

  /** Clears the answers and shuffles options and ordering items, so a retry is not answered by position. */
  private retry(): void {
    required(this, 'form', HTMLFormElement).reset();
    for (const list of all(this, '.quiz-options:not(.quiz-options--tf), .quiz-order')) {
      const items = [...list.children];
      const order = shuffledIndexes(items.length, Math.random, list.classList.contains('quiz-order'));
      list.append(...order.flatMap((i) => items[i] ?? []));
    }
    for (const el of all(this, '.quiz-q')) el.classList.remove('is-right', 'is-wrong');
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

customElements.define('quiz-form', QuizForm);
