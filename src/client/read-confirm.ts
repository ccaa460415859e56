/** <read-confirm>: 已阅读确认 of a section, and what changed since the version the reader confirmed. */
import { formatDate, shanghaiDay } from '../lib/date';
import type { ReadConfirmKey } from '../lib/islands/strings';
import { all, required, strings, type Text } from './dom';
import { confirmRead, onProgressChange, peekProgress, REFUSED, storageRefused } from './progress';

class ReadConfirm extends HTMLElement {
  private text!: Text<ReadConfirmKey>;

  connectedCallback(): void {
    this.text = strings<ReadConfirmKey>(this);
    required(this, '[data-confirm]').addEventListener('click', () => {
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
    const status = required(this, '[data-status]');
    const button = required(this, '[data-confirm]');
    for (const li of all(this, '[data-v]')) li.hidden = !readVersion || Number(li.dataset.v) <= readVersion;
    if (readVersion >= this.version) {
      const day = shanghaiDay(String(read?.at));
      status.textContent = this.text('read.confirmed', { n: readVersion, date: day ? formatDate(day) : '' });
      button.hidden = true;
    } else {
      status.textContent = readVersion ? this.text('read.revised', { from: readVersion }) : this.text('read.prompt');
      button.hidden = false;
    }
    if (storageRefused()) status.textContent += ` ${REFUSED}`;
    this.classList.toggle('is-revised', readVersion > 0 && readVersion < this.version);
    this.classList.toggle('is-confirmed', readVersion >= this.version);
    required(this, '.read-confirm').hidden = false;
  }
}

customElements.define('read-confirm', ReadConfirm);
