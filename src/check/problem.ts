import type { ProblemKind } from './kinds';

/** A problem found in the content, printed as `file:line  field  message`. */
export interface Problem {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** The field, as a dotted path with [index] for list items; `body` for the text; `-` when the file as a whole is wrong. */
  field: string;
  message: string;
  /** Warnings are printed but do not fail the check. */
  severity: 'error' | 'warning';
  /** Which heading of the editor's guide explains it (/guide/#<kind>); set where the problem is found. */
  kind: ProblemKind;
}

export type Severity = Problem['severity'];

export function formatProblem(problem: Problem): string {
  const prefix = problem.severity === 'warning' ? '警告 ' : '';
  return `${problem.file}:${problem.line}  ${problem.field}  ${prefix}${problem.message}`;
}

export function fieldPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '-';
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '');
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field));
}
