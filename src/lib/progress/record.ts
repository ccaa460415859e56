import { betterAttempt } from './transfer';
import type { Attempt, Progress } from './schema';

/**
 * Stores a quiz attempt: it becomes the latest, and the best when it beats (or first sets) the best.
 * A failed attempt is counted, unless the count is unknown (data migrated from format 2).
 */
export function recordAttempt(progress: Progress, quizId: string, attempt: Attempt): void {
  const mine = progress.quizzes[quizId];
  const fail = attempt.passed ? 0 : 1;
  progress.quizzes[quizId] = mine
    ? {
        best: betterAttempt(mine.best, attempt),
        latest: attempt,
        attempts: mine.attempts + 1,
        ...(mine.failed === undefined ? {} : { failed: mine.failed + fail }),
      }
    : { best: attempt, latest: attempt, attempts: 1, failed: fail };
}
