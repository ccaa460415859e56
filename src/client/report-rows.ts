/**
 * The rows of the completion report's two tables (a path's steps; its quizzes), from reportData.
 * The personal report (<training-report>) and a person's detail in the team view (<team-view>)
 * render them with this one function each, so the manager sees what the person prints.
 */
import { formatDate, shanghaiDay } from '../lib/date';
import type { ProgressLike } from '../lib/path-progress';
import type { ReportData } from '../lib/report';
import { create } from './dom';

export interface ReportRowText {
  kinds: Record<'read' | 'quiz' | 'drill' | 'task', string>;
  passed: string;
  failed: string;
  notTaken: string;
}

const day = (iso?: string) => (iso ? formatDate(shanghaiDay(iso)) : '');

function row(...cells: (string | number)[]): HTMLTableRowElement {
  const tr = create('tr');
  tr.append(...cells.map((cell) => create('td', { textContent: String(cell) })));
  return tr;
}

/** One row per path step: week, kind, step, the date it was done (or —). */
export function stepRows(data: ReportData, text: ReportRowText): HTMLTableRowElement[] {
  return data.steps.map(({ step, state }) => {
    const tr = row(step.week, text.kinds[step.kind], step.title, state.done ? day(state.at) || '✓' : '—');
    tr.className = state.done ? 'is-done' : 'is-todo';
    return tr;
  });
}

/**
 * One row per quiz of the path: best and latest score with their dates, attempts, result.
 * `attempts` writes the count (the team view adds the failed attempts to it).
 */
export function quizRows<P extends ProgressLike>(
  data: ReportData<P>,
  text: ReportRowText,
  attempts: (result: NonNullable<ReportData<P>['quizzes'][number]['result']>) => string | number,
): HTMLTableRowElement[] {
  return data.quizzes.map(({ step, result }) =>
    result
      ? row(
          step.title,
          `${result.best.percent}%（${day(result.best.at)}）`,
          `${result.latest.percent}%（${day(result.latest.at)}）`,
          attempts(result),
          result.best.passed ? text.passed : text.failed,
        )
      : row(step.title, '—', '—', 0, text.notTaken),
  );
}
