import { betterAttempt } from './transfer';
import type { Attempt, Progress } from './schema';

/** Stores a quiz attempt: it becomes the latest, and the best when it beats (or first sets) the best. */
export function recordAttempt(progress: Progress, quizId: string, attempt: Attempt): void {
  const mine = progress.quizzes[quizId];
  progress.quizzes[quizId] = mine
    ? { best: betterAttempt(mine.best, attempt), latest: attempt, attempts: mine.attempts + 1 }
    : { best: attempt, latest: attempt, attempts: 1 };
}
