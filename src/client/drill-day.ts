/**
 * <drill-day>: the drill's day line — the date with links to the days around it, the week's theme,
 * or, for a path step's practice, the scripts practised — and a notice when the practice's scripts
 * are gone. (The notice about the stored progress is the personal review's, which reads it.)
 */
import { addDays, formatDayOfWeek } from '../lib/date';
import { urls } from '../lib/urls';
import { loadTitles } from './drill-cards';
import { drillPage } from './drill-page';
import { all, required } from './dom';
import { TAB_SHOWN } from './tab-set';

class DrillDay extends HTMLElement {
  connectedCallback(): void {
    const { plan, text } = drillPage(this);
    // The days around keep the tab the reader is on (#review), so 后一天 does not drop it.
    const link = (date: string) => `${date === plan.today ? urls.drill() : urls.drill({ date })}${location.hash}`;
    const links = () => {
      required<HTMLAnchorElement>(this, '[data-date-prev]', HTMLAnchorElement).href = link(addDays(plan.date, -1));
      required<HTMLAnchorElement>(this, '[data-date-next]', HTMLAnchorElement).href = link(addDays(plan.date, 1));
      required<HTMLAnchorElement>(this, '[data-date-today]', HTMLAnchorElement).href = link(plan.today);
    };
    links();
    for (const panel of all(document, '[data-drill] [role="tabpanel"]')) panel.addEventListener(TAB_SHOWN, links);
    required(this, '[data-date-label]').textContent = formatDayOfWeek(plan.date);
    required(this, '[data-date-today]').hidden = plan.date === plan.today;
    if (plan.practice) {
      const practice = plan.practice;
      required(this, '[data-date-nav]').hidden = true;
      void loadTitles(practice).then((titles) => {
        // A script whose title cannot be fetched (offline) is named by its id.
        this.show('[data-practice]', text('drill.practice.lead', { titles: practice.map((id) => titles[id] ?? id).join('、') }));
      });
    } else if (plan.theme) {
      required(this, '[data-theme-title]').textContent = plan.theme.title;
      required(this, '[data-theme-note]').textContent = plan.theme.note ?? '';
      required(this, '[data-theme]').hidden = false;
    }
    if (plan.practiceMissing) this.show('[data-status]', text('drill.practice.none'));
  }

  private show(selector: string, message: string): void {
    const element = required(this, selector);
    element.textContent = message;
    element.hidden = false;
  }
}

customElements.define('drill-day', DrillDay);
