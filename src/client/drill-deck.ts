/**
 * <drill-deck>: today's team deck, one card at a time. Space or → / PageDown first reveal the card,
 * then move on; ← / PageUp go back (a presentation clicker sends PageUp / PageDown). Meeting mode
 * fills the projector (Fullscreen API, or the fixed overlay where that is refused), starts the
 * countdown and shows the day's agenda with the block running now.
 */
import { formatDayOfWeek, shanghaiMinutes } from '../lib/date';
import { currentBlock, timetableFor } from '../lib/drill/timetable';
import { drillPage, type DrillPage } from './drill-page';
import { all, required } from './dom';
import { keyBelongsToFocus } from './keys';
import { MeetingTimer } from './meeting-timer';

const FORWARD = new Set(['ArrowRight', 'PageDown', ' ']);
const BACK = new Set(['ArrowLeft', 'PageUp']);

class DrillDeck extends HTMLElement {
  private page!: DrillPage;
  private index = 0;

  connectedCallback(): void {
    this.page = drillPage(this);
    const deck = required(this, '[data-deck]');
    deck.replaceChildren(...this.page.plan.deck.flatMap((id) => this.page.card(id) ?? []));
    if (this.page.plan.deck.length === 0) deck.textContent = this.page.text('drill.deck.empty');
    this.go(0);
    this.showAgenda();
    required(this, '[data-prev]').addEventListener('click', () => this.go(this.index - 1));
    required(this, '[data-forward]').addEventListener('click', () => this.forward());
    required(this, '[data-meeting]').addEventListener('click', () => void this.toggleMeeting());
    document.addEventListener('fullscreenchange', () => {
      if (!document.fullscreenElement) this.setMeeting(false);
    });
    document.addEventListener('keydown', (event) => this.onKey(event));
  }

  private cards(): HTMLElement[] {
    return all(required(this, '[data-deck]'), '[data-card-id]');
  }

  private go(index: number): void {
    const cards = this.cards();
    this.index = Math.max(0, Math.min(index, cards.length - 1));
    cards.forEach((card, i) => {
      card.classList.toggle('is-current', i === this.index);
      card.classList.remove('is-revealed');
    });
    required(this, '[data-count]').textContent = cards.length
      ? this.page.text('drill.deck.count', { i: this.index + 1, n: cards.length })
      : '';
    required(this, '[data-forward]').textContent = this.page.text('drill.action.reveal');
  }

  private forward(): void {
    const card = this.cards()[this.index];
    if (card && !card.classList.contains('is-revealed')) {
      card.classList.add('is-revealed');
      required(this, '[data-forward]').textContent = this.page.text('drill.action.next');
    } else this.go(this.index + 1);
  }

  private onKey(event: KeyboardEvent): void {
    // Only while the deck is shown, and never a key meant for a form field or the tabs.
    if (this.closest('[hidden]') || keyBelongsToFocus(event)) return;
    if (FORWARD.has(event.key)) this.forward();
    else if (BACK.has(event.key)) this.go(this.index - 1);
    else if (event.key === 'Escape' && this.classList.contains('is-meeting')) this.setMeeting(false);
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

  private async toggleMeeting(): Promise<void> {
    if (this.classList.contains('is-meeting')) {
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
  }
}

customElements.define('drill-deck', DrillDeck);
