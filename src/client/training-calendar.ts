/** <training-calendar>: hides sessions before today (Shanghai); all stay in the HTML for readers without JavaScript. */
import { shanghaiDate } from '../lib/date';
import { all, required } from './dom';

class TrainingCalendar extends HTMLElement {
  connectedCallback(): void {
    const today = shanghaiDate(new Date());
    const past = all(this, '[data-date]').filter((session) => (session.dataset.date ?? '') < today);
    for (const session of past) {
      session.hidden = true;
      required(session, '[data-past]').hidden = false;
    }
    for (const month of all(this, '[data-month]')) month.hidden = !month.querySelector('[data-date]:not([hidden])');
    required(this, '[data-none]').hidden = !!this.querySelector('[data-date]:not([hidden])');
    const button = required(this, '[data-show-past]');
    button.hidden = past.length === 0;
    button.addEventListener('click', () => {
      for (const hidden of all(this, '[hidden][data-month], [hidden][data-date]')) hidden.hidden = false;
      button.hidden = true;
    });
  }
}

customElements.define('training-calendar', TrainingCalendar);
