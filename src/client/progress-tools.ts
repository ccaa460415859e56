/** <progress-tools>: 「我的进度」 — the reader's role, export, import and reset of the progress. */
import type { ProgressToolsKey } from '../lib/islands/strings';
import { all, create, required, strings } from './dom';
import { onProgressChange, openProgress } from './progress';

class ProgressTools extends HTMLElement {
  async connectedCallback(): Promise<void> {
    const text = strings<ProgressToolsKey>(this);
    const progress = await openProgress();
    const message = required(this, '[data-message]');
    const say = (line: string, bad = false) => {
      message.textContent = line;
      message.classList.toggle('is-bad', bad);
    };
    if (progress.recovery) {
      required(this, '[data-recovery-text]').textContent = progress.recovery.message;
      required(this, '[data-recovery]').hidden = false;
    }
    const select = required(this, '[data-role]', HTMLSelectElement);
    const person = required(this, '[data-person]', HTMLFieldSetElement);
    const field = (name: 'name' | 'employeeNo' | 'startDate') => person.elements.namedItem(name) as HTMLInputElement;
    const unanswered = required(this, '[data-unanswered]');
    const sync = () => {
      const { profile, unanswered: searches } = progress.current();
      select.value = profile.role ?? '';
      field('name').value = profile.name;
      field('employeeNo').value = profile.employeeNo ?? '';
      field('startDate').value = profile.startDate ?? '';
      unanswered.hidden = searches.length === 0;
      required(this, '[data-unanswered-text]').textContent = text('training.unanswered.line', { n: searches.length });
    };
    sync();
    onProgressChange(sync);
    for (const control of all<HTMLInputElement | HTMLButtonElement | HTMLSelectElement>(this, '[disabled]')) control.disabled = false;

    person.addEventListener('change', () => {
      progress.setPerson({ name: field('name').value, employeeNo: field('employeeNo').value, startDate: field('startDate').value });
      const name = progress.current().profile.name;
      say(name ? text('training.person.saved', { name, file: progress.exportFile().name }) : text('training.person.savedNoName'));
    });
    required(this, '[data-clear-unanswered]').addEventListener('click', () => {
      progress.clearUnanswered();
      say(text('training.unanswered.cleared'));
    });
    select.addEventListener('change', () => {
      progress.setRole(select.value || undefined);
      say(select.value ? text('training.role.saved', { role: select.selectedOptions[0]?.text ?? '' }) : '');
    });
    required(this, '[data-export]').addEventListener('click', () => {
      const file = progress.exportFile();
      const link = create('a', { href: URL.createObjectURL(new Blob([file.text], { type: 'application/json' })), download: file.name });
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 1000);
      say(text('training.tools.exported', { file: file.name }));
    });
    const input = required(this, '[data-import]', HTMLInputElement);
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return;
      void file.text().then((text) => {
        const result = progress.importFile(text);
        input.value = '';
        say(result.ok ? result.summary : result.message, !result.ok);
      });
    });
    required(this, '[data-reset]').addEventListener('click', () => {
      if (!confirm(text('training.tools.resetConfirm'))) return;
      progress.reset();
      say(text('training.tools.resetDone'));
    });
  }
}

customElements.define('progress-tools', ProgressTools);
