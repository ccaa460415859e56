/**
 * The team table's columns, its role filter and its sort. Every column sorts; an empty value (no
 * role, no path, never drilled) sorts last in either direction, and ties keep the name order.
 */
import type { PersonRow } from './rows';

export const COLUMNS = [
  'name',
  'role',
  'path',
  'week',
  'overdue',
  'quizzes',
  'failed',
  'awaiting',
  'lastDrill',
  'streak',
  'due',
  'unanswered',
  'file',
] as const;
export type Column = (typeof COLUMNS)[number];

/** Only the people of a role; '' for everyone, NO_ROLE for those who chose none. */
export const NO_ROLE = '-';

export function filterRows(rows: readonly PersonRow[], role: string): PersonRow[] {
  if (!role) return [...rows];
  return rows.filter((row) => (role === NO_ROLE ? !row.role : row.role === role));
}

const collator = new Intl.Collator('zh-CN');

/** The value a column sorts by; undefined sorts last. */
function sortValue(row: PersonRow, column: Column, roleOrder: readonly string[]): number | string | undefined {
  switch (column) {
    case 'name':
      return row.name || undefined;
    case 'role':
      return row.role ? roleOrder.indexOf(row.role) : undefined;
    case 'path':
      return row.path?.percent;
    case 'week':
      // A finished path sorts after every week.
      return row.path ? (row.path.week ?? Number.MAX_SAFE_INTEGER) : undefined;
    case 'overdue':
      return row.path?.overdue?.length;
    case 'quizzes':
      return row.quizzes.total ? row.quizzes.passed / row.quizzes.total : undefined;
    case 'failed':
      return row.quizzes.failed.count;
    case 'awaiting':
      return row.awaiting.length;
    case 'lastDrill':
      return row.drill.last;
    case 'streak':
      return row.drill.streak;
    case 'due':
      return row.drill.due;
    case 'unanswered':
      return row.unanswered.reduce((sum, entry) => sum + entry.count, 0);
    case 'file':
      return row.file.date;
  }
}

const compareValues = (a: number | string, b: number | string) =>
  typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));

export function sortRows(rows: readonly PersonRow[], column: Column, descending = false, roleOrder: readonly string[] = []): PersonRow[] {
  const byName = (a: PersonRow, b: PersonRow) => collator.compare(a.name, b.name) || a.key.localeCompare(b.key);
  return [...rows].sort((a, b) => {
    const x = sortValue(a, column, roleOrder);
    const y = sortValue(b, column, roleOrder);
    if (x === undefined || y === undefined) return x === y ? byName(a, b) : x === undefined ? 1 : -1;
    const order = compareValues(x, y);
    return (descending ? -order : order) || byName(a, b);
  });
}
