/**
 * <path-progress>: marks each step of an onboarding path done from the progress (a confirmed
 * reading, a passed quiz, a drill practised, or a tick by hand), lets the reader tick steps done
 * and shows the totals per week and overall.
 */
import { formatDate, shanghaiDay } from '../lib/date';
import { pathIsland, type PathIsland } from '../lib/islands/path';
import type { PathKey } from '../lib/islands/strings';
import { pathSummary } from '../lib/path-progress';
import { island, required, strings, type Text } from './dom';
import { onProgressChange, openProgress, type ProgressSession } from './progress';

class PathProgress extends HTMLElement {
  private path!: PathIsland;
  private text!: Text<PathKey>;
  private session!: ProgressSession;

  async connectedCallback(): Promise<void> {
    this.path = island(this, 'path', pathIsland);
    this.text = strings<PathKey>(this);
    this.session = await openProgress();
    this.addEventListener('change', (event) => {
      const box = event.target;
      if (!(box instanceof HTMLInputElement) || !box.matches('[data-tick]')) return;
      const key = box.closest<HTMLElement>('[data-key]')?.dataset.key;
      if (key) this.session.tickStep(key, box.checked);
    });
    required(this, '[data-set-role]').addEventListener('click', () => this.session.setRole(this.path.role));
    onProgressChange(() => this.render());
    if (this.session.recovery) {
      const banner = required(this, '[data-recovery]');
      banner.textContent = this.session.recovery.message;
      banner.hidden = false;
    }
    this.render();
  }

  private render(): void {
    const progress = this.session.current();
    const summary = pathSummary(this.path.steps, progress);
    const text = this.text;
    required(this, '[data-set-role]').hidden = progress.profile.role === this.path.role;
    required(this, '[data-overall]').textContent = text('training.progress.value', summary);
    required(this, '[data-overall-bar]', HTMLProgressElement).value = summary.done;
    for (const week of summary.weeks) required(this, `[data-week="${week.week}"]`).textContent = text('training.progress.week', week);
    this.path.steps.forEach((step, i) => {
      const state = summary.states[i];
      const li = required(this, `[data-key="${CSS.escape(step.key)}"]`);
      li.classList.toggle('is-done', Boolean(state?.done));
      const day = state?.at ? shanghaiDay(state.at) : '';
      let line = state?.done
        ? day
          ? text('training.step.doneAt', { date: formatDate(day) })
          : text('training.step.done')
        : text('training.step.todo');
      const quiz = step.kind === 'quiz' && step.ref ? progress.quizzes[step.ref] : undefined;
      if (quiz) line += ` · ${text('training.step.best', { percent: quiz.best.percent })}`;
      required(li, '[data-state]').textContent = line;
      const box = li.querySelector<HTMLInputElement>('[data-tick]');
      if (box) {
        // A step done another way (confirmed reading, drill) shows ticked; unticking only removes a hand tick.
        box.checked = Boolean(state?.done);
        box.disabled = Boolean(state?.done) && state?.how !== 'ticked';
      }
    });
  }
}

customElements.define('path-progress', PathProgress);
