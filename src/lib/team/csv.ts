/**
 * The team view as CSV for Excel: UTF-8 with a byte-order mark (without it Excel shows Chinese as
 * mojibake), CRLF line ends, RFC 4180 quoting. Two files: one row per person, and one row per
 * person × quiz. A cell a spreadsheet would run as a formula (a name typed as =… or +…) is
 * prefixed with an apostrophe. Column titles come from the page's UI strings.
 */
import { shanghaiDay } from '../path-progress';
import type { PersonRow } from './rows';

export const BOM = '\uFEFF';

export const PEOPLE_FIELDS = [
  'name',
  'employeeNo',
  'role',
  'start',
  'done',
  'total',
  'percent',
  'week',
  'calendarWeek',
  'overdue',
  'quizzesPassed',
  'quizzesTotal',
  'failed',
  'meanBest',
  'awaiting',
  'awaitingSections',
  'lastDrill',
  'streak',
  'due',
  'unanswered',
  'fileDate',
  'stale',
  'files',
] as const;

export const QUIZ_FIELDS = [
  'name',
  'employeeNo',
  'role',
  'quiz',
  'onPath',
  'best',
  'bestDate',
  'latest',
  'latestDate',
  'attempts',
  'failed',
  'result',
] as const;

export interface CsvLabels {
  people: Record<(typeof PEOPLE_FIELDS)[number], string>;
  quiz: Record<(typeof QUIZ_FIELDS)[number], string>;
  yes: string;
  no: string;
  passed: string;
  failed: string;
  notTaken: string;
  /** Marks a start date guessed from the first recorded activity. */
  estimated: string;
  /** A name left empty. */
  noName: string;
}

type Cell = string | number | undefined;

export function csvCell(value: Cell): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(table: readonly (readonly Cell[])[]): string {
  return BOM + table.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** At most n (older data could only bound it), or exactly n. */
const failedText = (failed: { count: number; exact: boolean }) => (failed.exact ? failed.count : `≤${failed.count}`);

export function peopleCsv(rows: readonly PersonRow[], labels: CsvLabels): string {
  const table: Cell[][] = [PEOPLE_FIELDS.map((field) => labels.people[field])];
  for (const row of rows) {
    const values: Record<(typeof PEOPLE_FIELDS)[number], Cell> = {
      name: row.name || labels.noName,
      employeeNo: row.employeeNo,
      role: row.roleName,
      start: row.start ? `${row.start.date}${row.start.estimated ? labels.estimated : ''}` : undefined,
      done: row.path?.done,
      total: row.path?.total,
      percent: row.path ? `${row.path.percent}%` : undefined,
      week: row.path?.week,
      calendarWeek: row.path?.calendarWeek,
      overdue: row.path?.overdue?.length,
      quizzesPassed: row.quizzes.passed,
      quizzesTotal: row.quizzes.total,
      failed: failedText(row.quizzes.failed),
      meanBest: row.quizzes.meanBest === undefined ? undefined : `${row.quizzes.meanBest}%`,
      awaiting: row.awaiting.length,
      awaitingSections: row.awaiting.map((r) => r.title).join('；'),
      lastDrill: row.drill.last,
      streak: row.drill.streak,
      due: row.drill.due,
      unanswered: row.unanswered.reduce((sum, entry) => sum + entry.count, 0),
      fileDate: row.file.date,
      stale: row.file.stale ? labels.yes : labels.no,
      files: row.file.names.join('；'),
    };
    table.push(PEOPLE_FIELDS.map((field) => values[field]));
  }
  return toCsv(table);
}

export function quizCsv(rows: readonly PersonRow[], labels: CsvLabels): string {
  const table: Cell[][] = [QUIZ_FIELDS.map((field) => labels.quiz[field])];
  for (const row of rows) {
    for (const line of row.quizzes.lines) {
      const result = line.result;
      const values: Record<(typeof QUIZ_FIELDS)[number], Cell> = {
        name: row.name || labels.noName,
        employeeNo: row.employeeNo,
        role: row.roleName,
        quiz: line.title,
        onPath: line.onPath ? labels.yes : labels.no,
        best: result ? `${result.best.percent}%` : undefined,
        bestDate: result ? shanghaiDay(result.best.at) : undefined,
        latest: result ? `${result.latest.percent}%` : undefined,
        latestDate: result ? shanghaiDay(result.latest.at) : undefined,
        attempts: result?.attempts ?? 0,
        failed: failedText(line.failed),
        result: result ? (result.best.passed ? labels.passed : labels.failed) : labels.notTaken,
      };
      table.push(QUIZ_FIELDS.map((field) => values[field]));
    }
  }
  return toCsv(table);
}
