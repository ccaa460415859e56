/**
 * <training-report>: the completion report a manager signs, filled in from the reader's progress
 * (name, role, every step of their path, every quiz of it) and printed to PDF.
 */
import { formatDate, shanghaiDay } from '../lib/date';
import { reportIsland } from '../lib/islands/report';
import type { ReportKey } from '../lib/islands/strings';
import { pathSummary } from '../lib/path-progress';
import type { RoleData } from '../lib/training';
import { urls } from '../lib/urls';
import { create, island, required, strings } from './dom';
import { openProgress } from './progress';

const day = (iso?: string) => (iso ? formatDate(shanghaiDay(iso)) : '');
const row = (...cells: (string | number)[]) => {
  const tr = create('tr');
  tr.append(...cells.map((cell) => create('td', { textContent: String(cell) })));
  return tr;
};

class TrainingReport extends HTMLElement {
  async connectedCallback(): Promise<void> {
    const text = strings<ReportKey>(this);
    const { roles } = island(this, 'report', reportIsland);
    const session = await openProgress();
    const progress = session.current();
    const name = required(this, '[data-name]', HTMLInputElement);
    name.value = progress.profile.name;
    name.addEventListener('change', () => session.setName(name.value));
    required(this, '[data-today]').textContent = day(new Date().toISOString());
    const print = required(this, '[data-print]');
    print.hidden = false;
    print.addEventListener('click', () => window.print());

    // A role since removed from roles.yaml counts as none: the reader picks one again.
    const role = progress.profile.role;
    if (!role || !Object.hasOwn(roles, role)) {
      const notice = required(this, '[data-no-role]');
      notice.textContent = text('training.report.noRole');
      notice.hidden = false;
      return;
    }
    required(this, '[data-role]').textContent = roles[role] ?? role;
    const response = await fetch(urls.trainingData(role)).catch(() => undefined);
    if (!response?.ok) return;
    const data = (await response.json()) as RoleData;
    if (!data.path) return;
    const summary = pathSummary(data.path.steps, progress);
    required(this, '[data-summary]').textContent = text('training.report.summary', summary);
    const kinds = {
      read: text('training.step.read'),
      quiz: text('training.step.quiz'),
      drill: text('training.step.drill'),
      task: text('training.step.task'),
    };
    required(this, '[data-steps]').replaceChildren(
      ...data.path.steps.map((step, i) => {
        const state = summary.states[i];
        const tr = row(step.week, kinds[step.kind], step.title, state?.done ? day(state.at) || '✓' : '—');
        tr.className = state?.done ? 'is-done' : 'is-todo';
        return tr;
      }),
    );
    required(this, '[data-quizzes]').replaceChildren(
      ...data.path.steps.flatMap((step) => {
        if (step.kind !== 'quiz' || !step.ref) return [];
        const result = progress.quizzes[step.ref];
        return [
          row(
            step.title,
            result ? `${result.best.percent}%（${day(result.best.at)}）` : '—',
            result ? `${result.latest.percent}%（${day(result.latest.at)}）` : '—',
            result ? result.attempts : 0,
            result
              ? result.best.passed
                ? text('training.report.passed')
                : text('training.report.failed')
              : text('training.report.notTaken'),
          ),
        ];
      }),
    );
  }
}

customElements.define('training-report', TrainingReport);
