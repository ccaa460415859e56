/**
 * <drill-review>: personal spaced review (FSRS, src/lib/drill). Shows the day's numbers and the next
 * due or new card; Space reveals it, then 1–4 (or the buttons) grade it and the next one comes.
 * Its code — the scheduler (ts-fsrs), the queue and the validated progress store (zod) — is loaded
 * when the review is first shown, not with the page: the team deck and meeting mode, which most
 * visits are, never need it. Once shown, the review fetches its next cards ahead, so it goes on
 * offline; the service worker keeps all of it for later visits.
 */
import type { GradeValue } from '../lib/drill/fsrs';
import { drillPage, type DrillPage } from './drill-page';
import { all, required } from './dom';
import { keyBelongsToFocus } from './keys';
import type { ProgressSession } from './progress';
import { TAB_SHOWN } from './tab-set';

interface Engine {
  fsrs: typeof import('../lib/drill/fsrs');
  review: typeof import('../lib/drill/review');
  session: ProgressSession;
}
/** Cards fetched ahead of the one shown, so the review goes on offline: a day's new cards, a few small files. */
const LOAD_AHEAD = 10;
const isGrade = (value: number): value is GradeValue => value === 1 || value === 2 || value === 3 || value === 4;

class DrillReview extends HTMLElement {
  private page!: DrillPage;
  private engine?: Promise<Engine>;
  private current?: string;

  connectedCallback(): void {
    this.page = drillPage(this);
    required(this, '[data-reveal]').addEventListener('click', () => void this.reveal());
    for (const button of all(this, '[data-grade]'))
      button.addEventListener('click', () => {
        const grade = Number(button.dataset.grade);
        if (isGrade(grade)) void this.grade(grade);
      });
    this.closest('[role="tabpanel"]')?.addEventListener(TAB_SHOWN, () => void this.render());
    document.addEventListener('keydown', (event) => this.onKey(event));
    // Opened at #review: the tab is shown already. Otherwise the review starts when its tab is shown.
    if (!this.closest('[hidden]')) void this.render();
  }

  /** The review's code and the reader's progress, loaded once; again after a failure (offline). */
  private load(): Promise<Engine> {
    if (!this.engine) {
      const engine = Promise.all([
        import('../lib/drill/fsrs'),
        import('../lib/drill/review'),
        import('./progress').then(({ openProgress }) => openProgress()),
      ]).then(([fsrs, review, session]) => ({ fsrs, review, session }));
      engine.catch(() => {
        if (this.engine === engine) this.engine = undefined;
      });
      this.engine = engine;
    }
    return this.engine;
  }

  /**
   * Says the review is fetching (aria-busy, and 正在加载卡片… where no card is shown yet): the page
   * arrives so, and a card, the day's end or why nothing could be had replaces it.
   */
  private busy(on: boolean): void {
    const area = required(this, '[data-review-card]');
    area.setAttribute('aria-busy', String(on));
    if (on && !area.querySelector('[data-card-id]')) {
      const loading = document.createElement('p');
      loading.className = 'drill-loading';
      loading.textContent = this.page.text('drill.cards.loading');
      area.replaceChildren(loading);
      required(this, '[data-review-done]').hidden = true;
    }
  }

  private async render(): Promise<void> {
    this.busy(true);
    let engine: Engine;
    try {
      engine = await this.load();
    } catch {
      // Offline before the review's code was ever fetched (and no service worker yet to hold it).
      this.current = undefined;
      required(this, '[data-review-card]').replaceChildren();
      this.busy(false);
      required(this, '[data-review-actions]').hidden = true;
      const done = required(this, '[data-review-done]');
      done.textContent = this.page.text('drill.review.failed');
      done.hidden = false;
      return;
    }
    const { formatInterval, drillStats, reviewQueue } = engine.review;
    // What the first load of the stored progress set aside or could not do (refused storage too).
    const recovery = engine.session.recovery;
    if (recovery) {
      const status = required(this, '[data-review-status]');
      status.textContent = recovery.message;
      status.hidden = false;
    }
    const { drill } = engine.session.current();
    const { plan, text } = this.page;
    const { ids, options } = plan.review;
    const now = new Date();
    const stats = drillStats(ids, drill, now, options);
    const values: Record<string, string> = {
      dueToday: String(stats.dueToday),
      newToday: String(stats.newToday),
      reviewedToday: String(stats.reviewedToday),
      retention: stats.retention === undefined ? text('drill.stats.none') : `${stats.retention}%`,
      streak: text('drill.stats.days', { n: stats.streak }),
      learned: String(stats.learned),
    };
    for (const [key, value] of Object.entries(values)) required(this, `[data-stat="${key}"]`).textContent = value;

    const queue = reviewQueue(ids, drill, now, options);
    // The next card and those after it, so the review goes on when the network goes away.
    const ahead = [...new Set([...(queue.next ? [queue.next] : []), ...queue.due, ...queue.fresh])].slice(0, LOAD_AHEAD);
    await this.page.load(ahead);
    this.current = queue.next;
    const card = queue.next ? this.page.card(queue.next) : undefined;
    card?.classList.add('is-current');
    required(this, '[data-review-card]').replaceChildren(...(card ? [card] : []));
    this.busy(false);
    required(this, '[data-review-actions]').hidden = !card;
    required(this, '[data-reveal]').hidden = false;
    required(this, '[data-grades]').hidden = true;
    const done = required(this, '[data-review-done]');
    done.hidden = Boolean(card);
    if (!card && queue.next) {
      // Due, but its card could not be fetched (offline before the service worker kept it).
      this.current = undefined;
      done.textContent = text('drill.cards.failed');
    } else if (!card) {
      const later = queue.later ? ` ${text('drill.review.later', { when: formatInterval(now, queue.later) })}` : '';
      const noneLeft = stats.newToday === 0 && stats.learned < ids.length ? ` ${text('drill.review.none')}` : '';
      done.textContent = `${text('drill.review.done')}${noneLeft}${later}`;
    }
  }

  private async reveal(): Promise<void> {
    const card = this.querySelector('[data-review-card] [data-card-id]');
    const id = this.current;
    if (!card || !id) return;
    card.classList.add('is-revealed');
    required(this, '[data-reveal]').hidden = true;
    required(this, '[data-grades]').hidden = false;
    // On a phone the answer is often below the fold: bring its end into view above the buttons.
    const answer = card.querySelector('.drill-card__back') ?? card.querySelector('.dialogue > li:last-child') ?? card;
    answer.scrollIntoView({ block: 'nearest' });
    const now = new Date();
    const { fsrs, review, session } = await this.load();
    const due = fsrs.previewDue(session.current().drill.cards[id], now);
    for (const button of all(this, '[data-grade]')) {
      const grade = Number(button.dataset.grade);
      if (isGrade(grade)) required(button, '[data-interval]').textContent = review.formatInterval(now, due[grade]);
    }
    required(this, '[data-grade="3"]').focus();
  }

  private async grade(grade: GradeValue): Promise<void> {
    const id = this.current;
    const grades = required(this, '[data-grades]');
    if (!id || grades.hidden) return;
    grades.hidden = true; // one grade per reveal, however fast the keys come
    const { fsrs, session } = await this.load();
    // Practice of a path step (?scripts=) does not spend the day's new cards of the daily review.
    const practice = Boolean(this.page.plan.review.options.uncapped);
    session.change((progress) => void fsrs.gradeCard(progress.drill, id, grade, new Date(), { practice }));
    await this.render();
    required(this, '[data-reveal]').focus({ preventScroll: true });
    // The next card from its top, when the last answer had scrolled the page past it.
    const next = this.querySelector('[data-review-card] [data-card-id]');
    if (next && next.getBoundingClientRect().top < 0) next.scrollIntoView({ block: 'start' });
  }

  private onKey(event: KeyboardEvent): void {
    if (this.closest('[hidden]') || keyBelongsToFocus(event)) return;
    const revealed = !required(this, '[data-grades]').hidden;
    const number = Number(event.key);
    if (event.key === ' ' && !revealed) void this.reveal();
    else if (event.key === ' ') void this.grade(3);
    else if (isGrade(number)) void this.grade(number);
    else return;
    // Handled: the focused button must not also click, nor the page scroll.
    event.preventDefault();
  }
}

customElements.define('drill-review', DrillReview);
