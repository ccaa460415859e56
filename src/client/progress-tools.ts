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
    const sync = () => (select.value = progress.current().profile.role ?? '');
    sync();
    onProgressChange(sync);
    for (const control of all<HTMLInputElement | HTMLButtonElement | HTMLSelectElement>(this, '[disabled]')) control.disabled = false;

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
    input.addEventListener('change', async () => {
      const file = input.files?.[0];
      if (!file) return;
      const result = progress.importFile(await file.text());
      input.value = '';
      say(result.ok ? result.summary : result.message, !result.ok);
    });
    required(this, '[data-reset]').addEventListener('click', () => {
      if (!confirm(text('training.tools.resetConfirm'))) return;
      progress.reset();
      say(text('training.tools.resetDone'));
    });
  }
}

customElements.define('progress-tools', ProgressTools);
