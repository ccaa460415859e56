/**
 * <drill-deck>: today's team deck, one card at a time. Forward (→, space, PageDown, a clicker's
 * "next") first reveals the card's answer, then turns to the card's next page or the next card; back
 * (←, PageUp) returns. After the last card comes a "done" slide, so an extra press never blanks the
 * screen. Meeting mode fills the projector (Fullscreen API, or the fixed overlay where that is
 * refused), starts the countdown, shows the day's agenda beside the card, and fits every card to the
 * screen: the type shrinks down to a size still readable from the back of the room, and a dialogue
 * longer than that is split into pages of the same card.
 */
import { formatDayOfWeek, shanghaiMinutes } from '../lib/date';
import { MEETING_MINUTES } from '../lib/drill/plan';
import { currentBlock, timetableFor } from '../lib/drill/timetable';
import { drillPage, type DrillPage } from './drill-page';
import { all, required } from './dom';
import { keyBelongsToFocus } from './keys';
import { MeetingTimer } from './meeting-timer';

const FORWARD = new Set(['ArrowRight', 'PageDown', ' ']);
const BACK = new Set(['ArrowLeft', 'PageUp']);

/** The address's fragment as an element id ('' for none; a malformed escape is taken as written). */
function fragmentId(): string {
  const raw = location.hash.slice(1);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** A page of a card: the dialogue lines [start, end) it shows. */
type Page = [start: number, end: number];

/** Type sizes (px) meeting mode tries for a card on a stage of this size. */
function typeSizes(stage: HTMLElement): { largest: number; paged: number; smallest: number } {
  const largest = Math.min(stage.clientWidth / 24, window.innerHeight / 22);
  // Below `paged` a long dialogue is split into pages rather than shrunk further.
  const paged = Math.max(20, window.innerHeight / 34);
  return { largest: Math.max(largest, paged), paged, smallest: Math.min(paged, 16) };
}

class DrillDeck extends HTMLElement {
  private page!: DrillPage;
  private index = 0;
  /** The page of the current card being shown, and the card's pages. */
  private pageIndex = 0;
  private pages: Page[] = [[0, 0]];
  private revealed = false;
  private ended = false;

  connectedCallback(): void {
    this.page = drillPage(this);
    const { plan, text } = this.page;
    void this.showDeck();
    if (plan.minutesRejected !== undefined) {
      const note = required(this, '[data-minutes-note]');
      note.textContent = text('drill.timer.rejected', { value: plan.minutesRejected, minutes: plan.minutes, ...MEETING_MINUTES });
      note.hidden = false;
    }
    this.showAgenda();
    required(this, '[data-prev]').addEventListener('click', () => this.back());
    required(this, '[data-forward]').addEventListener('click', () => this.forward());
    required(this, '[data-meeting]').addEventListener('click', () => void this.toggleMeeting());
    document.addEventListener('fullscreenchange', () => {
      if (!document.fullscreenElement) this.setMeeting(false);
      else this.refit();
    });
    window.addEventListener('resize', () => this.refit());
    void document.fonts.ready.then(() => this.refit());
    document.addEventListener('keydown', (event) => this.onKey(event));
  }

  /** Fetches the day's cards and shows the first; says so when some cannot be had (offline). */
  private async showDeck(): Promise<void> {
    const { plan, text } = this.page;
    const deck = required(this, '[data-deck]');
    // The page arrives saying 正在加载卡片… (aria-busy); the cards, or why there are none, replace it.
    const { failed } = await this.page.load(plan.deck);
    const cards = plan.deck.flatMap((id) => this.page.card(id) ?? []);
    deck.replaceChildren(...cards);
    deck.setAttribute('aria-busy', 'false');
    if (plan.deck.length === 0) deck.textContent = text('drill.deck.empty');
    else if (cards.length === 0) deck.textContent = text('drill.cards.failed');
    const note = required(this, '[data-cards-note]');
    note.textContent = text('drill.cards.failed');
    note.hidden = !failed || cards.length === 0;
    required(this, '[data-done-lead]').textContent = text('drill.end.lead', { n: cards.length });
    this.go(0);
    // A link into the agenda (#drill-agenda, or the sign-off sheet's link to a pending mark in it,
    // with a date of its season): the browser scrolled before the day's timetable was shown and the
    // cards above it came in, so once more now.
    const target = fragmentId();
    if (target)
      required(this, '.drill-agenda')
        .querySelector(`[id="${CSS.escape(target)}"]`)
        ?.scrollIntoView({ block: 'center' });
  }

  private get meeting(): boolean {
    return this.classList.contains('is-meeting');
  }

  private cards(): HTMLElement[] {
    return all(required(this, '[data-deck]'), '[data-card-id]');
  }

  /** Shows card `index` from its first page, answer hidden. */
  private go(index: number): void {
    const cards = this.cards();
    this.index = Math.max(0, Math.min(index, cards.length - 1));
    this.ended = false;
    this.pageIndex = 0;
    this.revealed = false;
    cards.forEach((card, i) => card.classList.toggle('is-current', i === this.index));
    this.relayout();
  }

  /** Lays the current card out again (meeting mode on or off, another screen size), keeping the place. */
  private relayout(): void {
    const card = this.cards()[this.index];
    if (!card) return this.render();
    const line = this.pages[this.pageIndex]?.[0] ?? 0;
    this.pages = this.layout(card);
    const page = this.pages.findIndex(([start, end]) => line >= start && line < end);
    this.pageIndex = Math.max(0, Math.min(page, this.pages.length - 1));
    this.render();
  }

  /** The current position on screen: which card, which of its pages, answer shown or not, the buttons. */
  private render(): void {
    const { text } = this.page;
    const cards = this.cards();
    const card = cards[this.index];
    cards.forEach((each) => each.classList.toggle('is-current', each === card && !this.ended));
    if (card) {
      card.classList.toggle('is-revealed', this.revealed);
      this.showLines(card, this.pages[this.pageIndex] ?? [0, Infinity], this.pageIndex === 0);
    }
    const end = required(this, '[data-done]');
    end.hidden = !this.ended;
    const count = required(this, '[data-count]');
    if (!cards.length) count.textContent = '';
    else if (this.ended) count.textContent = text('drill.deck.done', { n: cards.length });
    else {
      const position = text('drill.deck.count', { i: this.index + 1, n: cards.length });
      count.textContent =
        this.pages.length > 1 ? text('drill.deck.page', { count: position, p: this.pageIndex + 1, m: this.pages.length }) : position;
    }
    const last = this.index >= cards.length - 1;
    const lastPage = this.pageIndex >= this.pages.length - 1;
    const forward = required<HTMLButtonElement>(this, '[data-forward]', HTMLButtonElement);
    forward.textContent = text(
      this.ended || !cards.length
        ? 'drill.action.finished'
        : !this.revealed
          ? 'drill.action.reveal'
          : !lastPage
            ? 'drill.action.nextPage'
            : last
              ? 'drill.action.finish'
              : 'drill.action.next',
    );
    forward.disabled = this.ended || !cards.length;
    const back = required<HTMLButtonElement>(this, '[data-prev]', HTMLButtonElement);
    back.textContent = text(this.pageIndex > 0 && !this.ended ? 'drill.action.prevPage' : 'drill.action.prev');
    back.disabled = !this.ended && this.index === 0 && this.pageIndex === 0;
  }

  private forward(): void {
    if (this.ended || !this.cards().length) return;
    if (!this.revealed) this.revealed = true;
    else if (this.pageIndex < this.pages.length - 1) {
      this.pageIndex += 1;
      this.revealed = false;
    } else if (this.index < this.cards().length - 1) return this.go(this.index + 1);
    else this.ended = true;
    this.render();
  }

  private back(): void {
    if (this.ended) {
      // Back from the done slide: the last card as it was left, answer shown.
      this.ended = false;
      this.pageIndex = this.pages.length - 1;
      this.revealed = true;
    } else if (this.pageIndex > 0) {
      this.pageIndex -= 1;
      this.revealed = true;
    } else if (this.index > 0) return this.go(this.index - 1);
    this.render();
  }

  /** Shows the dialogue lines of one page; the scenario only on the first page. */
  private showLines(card: HTMLElement, [start, end]: Page, first: boolean): void {
    all(card, '.dialogue > li').forEach((line, i) => line.classList.toggle('is-off-page', i < start || i >= end));
    card.classList.toggle('is-later-page', !first);
  }

  /**
   * Fits `card` to the meeting stage and returns its pages. Outside meeting mode the card keeps the
   * page's type and is one page. The answer is laid out as if shown, so revealing it moves nothing.
   */
  private layout(card: HTMLElement): Page[] {
    card.style.removeProperty('font-size');
    const lines = all(card, '.dialogue > li');
    const whole: Page[] = [[0, lines.length]];
    if (!this.meeting) {
      this.showLines(card, whole[0]!, true);
      return whole;
    }
    const stage = required(this, '[data-stage]');
    const sizes = typeSizes(stage);
    const fits = () => card.offsetHeight <= stage.clientHeight && card.scrollWidth <= stage.clientWidth + 1;
    const setSize = (px: number) => card.style.setProperty('font-size', `${px.toFixed(1)}px`);
    card.classList.add('is-measuring');
    try {
      this.showLines(card, whole[0]!, true);
      let size = sizes.largest;
      setSize(size);
      while (!fits() && size > sizes.paged) setSize((size = Math.max(sizes.paged, size * 0.92)));
      if (fits()) return whole;
      // Too long at the smallest comfortable size: pages of whole lines, smaller type only where
      // a single line would not fit a page on its own.
      for (; size >= sizes.smallest; size *= 0.92) {
        setSize(size);
        const pages = this.paginate(card, lines, fits);
        if (pages) return pages;
      }
      setSize(sizes.smallest);
      return this.paginate(card, lines, fits) ?? whole;
    } finally {
      card.classList.remove('is-measuring');
    }
  }

  /** Greedy pages of whole dialogue lines that each fit the stage, or undefined when one line alone does not. */
  private paginate(card: HTMLElement, lines: HTMLElement[], fits: () => boolean): Page[] | undefined {
    if (!lines.length) return undefined;
    const pages: Page[] = [];
    for (let start = 0; start < lines.length;) {
      let end = start + 1;
      this.showLines(card, [start, end], pages.length === 0);
      if (!fits()) return undefined;
      while (end < lines.length) {
        this.showLines(card, [start, end + 1], pages.length === 0);
        if (!fits()) break;
        end += 1;
      }
      pages.push([start, end]);
      start = end;
    }
    return pages;
  }

  private onKey(event: KeyboardEvent): void {
    // Only while the deck is shown, and never a key meant for a form field or the tabs.
    if (this.closest('[hidden]') || keyBelongsToFocus(event)) return;
    if (FORWARD.has(event.key)) this.forward();
    else if (BACK.has(event.key)) this.back();
    else if (event.key === 'Escape' && this.meeting) void this.toggleMeeting();
    else return;
    // Handled: the focused button must not also click, nor the page scroll.
    event.preventDefault();
  }

  private showAgenda(): void {
    const { date, today } = this.page.plan;
    const tables = all(this, '[data-timetable]').map((el) => ({
      id: el.dataset.timetable ?? '',
      el,
      data: { months: (el.dataset.months ?? '').split(',').map(Number) },
    }));
    const chosen = timetableFor(tables, date);
    if (!chosen) return;
    chosen.el.hidden = false;
    if (date !== today) return;
    const items = all(chosen.el, 'li');
    const now = currentBlock(
      items.map((li) => ({ start: li.dataset.start ?? '', end: li.dataset.end ?? '' })),
      shanghaiMinutes(new Date()),
    );
    items[now]?.classList.add('is-now');
  }

  /** Shrinks the agenda's type until the whole day fits beside the card. */
  private fitAgenda(): void {
    const agenda = required(this, '.drill-agenda');
    agenda.style.removeProperty('font-size');
    if (!this.meeting) return;
    let size = Math.max(14, window.innerHeight / 40);
    agenda.style.setProperty('font-size', `${size}px`);
    while (agenda.scrollHeight > agenda.clientHeight && size > 11) agenda.style.setProperty('font-size', `${(size -= 0.5)}px`);
  }

  private async toggleMeeting(): Promise<void> {
    if (this.meeting) {
      if (document.fullscreenElement) await document.exitFullscreen().catch(() => undefined);
      this.setMeeting(false);
      return;
    }
    this.setMeeting(true);
    // Full screen where allowed; otherwise the class alone fills the window.
    await this.requestFullscreen?.().catch(() => undefined);
    required(this, 'meeting-timer', MeetingTimer).start();
  }

  private setMeeting(on: boolean): void {
    const { plan, text } = this.page;
    this.classList.toggle('is-meeting', on);
    document.documentElement.classList.toggle('drill-meeting-open', on);
    required(this, '[data-meeting]').textContent = text(on ? 'drill.action.exitMeeting' : 'drill.action.meeting');
    const theme = plan.theme && !plan.practice ? ` · ${plan.theme.title}` : '';
    required(this, '[data-meeting-title]').textContent = on ? `${formatDayOfWeek(plan.date)}${theme}` : '';
    this.refit();
  }

  private refit(): void {
    this.fitAgenda();
    this.relayout();
  }
}

customElements.define('drill-deck', DrillDeck);
