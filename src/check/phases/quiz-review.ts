/** Phase 6, quiz review: a quiz checked against an older version of a section it draws on is flagged for review. */
import { staleSections } from '../../lib/quiz-revisions';
import type { CheckContext } from '../context';
import { parsedOf } from '../entries';
import type { Problem } from '../problem';

/** True when the quiz file writes a `reviewedAgainst` map at all (the default fills one in otherwise). */
function writesReviewedAgainst(data: unknown): boolean {
  return typeof data === 'object' && data !== null && 'reviewedAgainst' in data && Boolean(data.reviewedAgainst);
}

export function quizReviewProblems(context: CheckContext): Problem[] {
  const sections = new Map(parsedOf(context.entries, 'handbook').map((entry) => [entry.id, { id: entry.id, data: entry.parsed }]));
  const problems: Problem[] = [];
  for (const quiz of parsedOf(context.entries, 'quizzes')) {
    for (const stale of staleSections({ data: quiz.parsed }, sections)) {
      problems.push({
        file: quiz.file,
        // Point at the version written down, or at the sections list when none was.
        line: writesReviewedAgainst(quiz.data) ? quiz.lineOf(['reviewedAgainst', stale.id]) : quiz.lineOf(['sections']),
        field: `reviewedAgainst.${stale.id}`,
        severity: 'warning',
        kind: 'quiz-review',
        message: `小节 ${stale.id} 已更新到第 ${stale.current} 版，本测验按第 ${stale.reviewed} 版出题；请对照新版核对题目，然后在 reviewedAgainst 中写 ${stale.id}: ${stale.current}`,
      });
    }
  }
  return problems;
}
