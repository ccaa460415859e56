/**
 * <training-report>: the completion report a manager signs, filled in from the reader's progress
 * (name, role, every step of their path, every quiz of it) and printed to PDF.
 */
import { formatDate, shanghaiDay } from '../lib/date';
import { reportIsland } from '../lib/islands/report';
import type { ReportKey } from '../lib/islands/strings';
import { reportData } from '../lib/report';
import type { RoleData } from '../lib/training';
import { urls } from '../lib/urls';
import { island, required, strings } from './dom';
import { quizRows, stepRows } from './report-rows';
import { openProgress } from './progress';

const day = (iso?: string) => (iso ? formatDate(shanghaiDay(iso)) : '');

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
    const response = await fetch(urls.trainingData(role));
    if (!response.ok) return;
    const data = (await response.json()) as RoleData;
    if (!data.path) return;
    const report = reportData(data.path.steps, progress);
    required(this, '[data-summary]').textContent = text('training.report.summary', report.summary);
    const rowText = {
      kinds: {
        read: text('training.step.read'),
        quiz: text('training.step.quiz'),
        drill: text('training.step.drill'),
        task: text('training.step.task'),
      },
      passed: text('training.report.passed'),
      failed: text('training.report.failed'),
      notTaken: text('training.report.notTaken'),
    };
    required(this, '[data-steps]').replaceChildren(...stepRows(report, rowText));
    required(this, '[data-quizzes]').replaceChildren(...quizRows(report, rowText, (result) => result.attempts));
  }
}

customElements.define('training-report', TrainingReport);
