/**
 * <read-confirm>: 已阅读确认 of a section. The one at the end has the button; the one at the top is
 * a status line (confirmed, not yet, or revised since — with what changed) linking to it. Both
 * follow the stored progress, so confirming at the end updates the top at once.
 */
import { formatDate, shanghaiDay } from '../lib/date';
import type { ReadConfirmKey } from '../lib/islands/strings';
import { all, required, strings, type Text } from './dom';
import { confirmRead, onProgressChange, peekProgress, REFUSED, storageRefused } from './progress';

class ReadConfirm extends HTMLElement {
  private text!: Text<ReadConfirmKey>;

  connectedCallback(): void {
    this.text = strings<ReadConfirmKey>(this);
    this.querySelector('[data-confirm]')?.addEventListener('click', () => {
      required(this, '[data-failed]').hidden = confirmRead(this.section, this.version);
    });
    onProgressChange(() => this.render());
    this.render();
  }

  private get section(): string {
    return this.dataset.section ?? '';
  }

  private get version(): number {
    return Number(this.dataset.version);
  }

  private render(): void {
    const read = peekProgress()?.reads?.[this.section];
    const readVersion = typeof read?.version === 'number' ? read.version : 0;
    const top = this.dataset.place === 'top';
    const status = required(this, '[data-status]');
    const confirmed = readVersion >= this.version;
    for (const li of all(this, '[data-v]')) li.hidden = !readVersion || Number(li.dataset.v) <= readVersion;
    if (confirmed) {
      const day = shanghaiDay(String(read?.at));
      const values = { n: readVersion, date: day ? formatDate(day) : '' };
      status.textContent = this.text(top ? 'read.confirmed.short' : 'read.confirmed', values);
    } else if (top) status.textContent = this.text(readVersion ? 'read.revised' : 'read.unread', { from: readVersion });
    else status.textContent = this.text(readVersion ? 'read.again' : 'read.prompt');
    // Confirmations this browser cannot save: said where the reader confirms.
    if (!top && storageRefused()) status.textContent += ` ${REFUSED}`;
    const button = this.querySelector<HTMLElement>('[data-confirm]');
    if (button) button.hidden = confirmed;
    const jump = this.querySelector<HTMLElement>('[data-jump]');
    if (jump) jump.hidden = confirmed;
    this.classList.toggle('is-revised', readVersion > 0 && !confirmed);
    this.classList.toggle('is-confirmed', confirmed);
    required(this, '.read-confirm').hidden = false;
  }
}

customElements.define('read-confirm', ReadConfirm);
