/**
 * The lines `npm run check` and the build print for a check's problems. Every problem gets its
 * own `file:line  field  message` line, except sections nothing leads to: on a large handbook
 * (a generated corpus, a new chapter imported at once) there can be thousands, which would bury
 * the errors and cost the build seconds of logging. Beyond ORPHAN_LINES they are summarised in one
 * line with the count and the first few files; `npm run check -- --all` lists every one.
 */
import type { Problem } from './problem';
import { formatProblem } from './problem';

/** Orphan warnings printed one by one; more are summarised. */
export const ORPHAN_LINES = 5;
/** Files named in the summary line. */
const ORPHAN_EXAMPLES = 3;

export interface ReportLine {
  text: string;
  severity: Problem['severity'];
}

/** The summary of many orphan warnings, in Chinese. */
export function orphanSummary(orphans: Problem[]): string {
  const examples = orphans.slice(0, ORPHAN_EXAMPLES).map((problem) => problem.file);
  return (
    `警告 ${orphans.length} 个小节没有任何内容引用（孤立小节），例如 ${examples.join('、')} 等；` +
    '请在相关小节的 related 中加上它们，或在正文中链接它们。逐条列出：npm run check -- --all'
  );
}

/** One line per problem, sorted as given; many orphan warnings become one line unless `all`. */
export function reportLines(problems: Problem[], { all = false } = {}): ReportLine[] {
  const orphans = problems.filter((problem) => problem.kind === 'orphan');
  const summarise = !all && orphans.length > ORPHAN_LINES;
  const lines: ReportLine[] = problems
    .filter((problem) => !(summarise && problem.kind === 'orphan'))
    .map((problem) => ({ text: formatProblem(problem), severity: problem.severity }));
  if (summarise) lines.push({ text: orphanSummary(orphans), severity: 'warning' });
  return lines;
}
