/**
 * The team view as CSV for Excel: UTF-8 with a byte-order mark (without it Excel shows Chinese as
 * mojibake), CRLF line ends, RFC 4180 quoting. Two files: one row per person, and one row per
 * person × quiz. A cell a spreadsheet would run as a formula (a name typed as =… or +…) is
 * prefixed with an apostrophe. Column titles come from the page's UI strings.
 */
import { shanghaiDay } from '../date';
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
  people: Record<PeopleField, string>;
  quiz: Record<QuizField, string>;
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

type PeopleField = (typeof PEOPLE_FIELDS)[number];
type QuizField = (typeof QUIZ_FIELDS)[number];

/** The UI-string keys of the CSV labels (each in src/i18n/zh-CN.json). */
export type CsvKey =
  | `team.csv.people.${PeopleField}`
  | `team.csv.quiz.${QuizField}`
  | 'team.csv.yes'
  | 'team.csv.no'
  | 'team.csv.estimated'
  | 'team.noName'
  | 'training.report.passed'
  | 'training.report.failed'
  | 'training.report.notTaken';

export const CSV_KEYS: readonly CsvKey[] = [
  ...PEOPLE_FIELDS.map((field) => `team.csv.people.${field}` as const),
  ...QUIZ_FIELDS.map((field) => `team.csv.quiz.${field}` as const),
  'team.csv.yes',
  'team.csv.no',
  'team.csv.estimated',
  'team.noName',
  'training.report.passed',
  'training.report.failed',
  'training.report.notTaken',
];

/** The labels, looked up by key in the page's UI strings. */
export function csvLabels(text: (key: CsvKey) => string): CsvLabels {
  return {
    people: Object.fromEntries(PEOPLE_FIELDS.map((field) => [field, text(`team.csv.people.${field}`)])) as CsvLabels['people'],
    quiz: Object.fromEntries(QUIZ_FIELDS.map((field) => [field, text(`team.csv.quiz.${field}`)])) as CsvLabels['quiz'],
    yes: text('team.csv.yes'),
    no: text('team.csv.no'),
    passed: text('training.report.passed'),
    failed: text('training.report.failed'),
    notTaken: text('training.report.notTaken'),
    estimated: text('team.csv.estimated'),
    noName: text('team.noName'),
  };
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
    const values: Record<PeopleField, Cell> = {
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
      const values: Record<QuizField, Cell> = {
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
