/**
 * <read-confirm>: 已阅读确认 of a section. The one at the end has the button; the one at the top is
 * a status line (confirmed, not yet, or revised since — with what changed) linking to it. Both
 * follow the stored progress, so confirming at the end updates the top at once.
 *
 * With nothing stored in this browser (a first visit) there is nothing to read: both say 「尚未确认」
 * without the progress code, which comes when the reader confirms (or something else is stored).
 */
import type { ReadConfirmKey } from '../lib/islands/strings';
import { all, required, strings, type Text } from './dom';
import { nothingStored, onProgressChange, REFUSED, storageRefused } from './local-store';
import type { LightProgress } from './progress';

type ReadRecord = NonNullable<LightProgress['reads']>[string];

type Progress = typeof import('./progress');
type Loaded = Pick<Progress, 'confirmRead' | 'peekProgress' | 'storedDay'>;
let progress: Promise<Loaded> | undefined;
/** The progress code, loaded once for the page (both elements share it). */
const loadProgress = () =>
  (progress ??= import('./progress').then(({ confirmRead, peekProgress, storedDay }) => ({ confirmRead, peekProgress, storedDay })));

class ReadConfirm extends HTMLElement {
  private text!: Text<ReadConfirmKey>;

  connectedCallback(): void {
    this.text = strings<ReadConfirmKey>(this);
    this.querySelector('[data-confirm]')?.addEventListener('click', () => {
      void loadProgress().then(({ confirmRead }) => {
        required(this, '[data-failed]').hidden = confirmRead(this.section, this.version);
      });
    });
    onProgressChange(() => this.refresh());
    this.refresh();
  }

  private refresh(): void {
    if (nothingStored()) this.render(undefined);
    else void loadProgress().then((loaded) => this.render(loaded.peekProgress()?.reads?.[this.section], loaded));
  }

  private get section(): string {
    return this.dataset.section ?? '';
  }

  private get version(): number {
    return Number(this.dataset.version);
  }

  /** `loaded` is there whenever `read` is (both come with the progress code). */
  private render(read: ReadRecord | undefined, loaded?: Loaded): void {
    const readVersion = typeof read?.version === 'number' ? read.version : 0;
    const top = this.dataset.place === 'top';
    const status = required(this, '[data-status]');
    const confirmed = readVersion >= this.version;
    for (const li of all(this, '[data-v]')) li.hidden = !readVersion || Number(li.dataset.v) <= readVersion;
    if (confirmed) {
      const values = { n: readVersion, date: loaded?.storedDay(read?.at) ?? '' };
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
