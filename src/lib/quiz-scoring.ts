/**
 * Scoring a quiz in the browser: what the reader answered, compared with the normalised answer key
 * from src/schemas/quiz.ts. Pure functions, no DOM, so every kind is unit-tested.
 */
import { shuffle } from './random';

/** The answer key of one question, as the quiz page embeds it (no prompt text, just what scores). */
export type KeyEntry =
  | { id: string; kind: 'single'; correct: number }
  | { id: string; kind: 'multiple'; correct: number[] }
  | { id: string; kind: 'truefalse'; correct: boolean }
  /** `count` items; the right order is 0, 1, …, count − 1 (item indexes as written in the YAML). */
  | { id: string; kind: 'order'; count: number }
  | { id: string; kind: 'fill'; accepted: string[] };

/** What the reader answered; undefined when left blank. */
export type Response =
  | number // single: option index
  | number[] // multiple: option indexes; order: item indexes in the order the reader arranged them
  | boolean // truefalse
  | string // fill
  | undefined;

// Punctuation and symbols a reader may add or drop at either end: 。，！？、；：…"" ‘’ 「」 () etc.
const EDGE = /^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu;

/**
 * Makes a fill-in answer comparable: full-width letters, digits and spaces become half-width (NFKC),
 * case is ignored, all whitespace goes (Chinese has none between words; readers type some anyway) and
 * punctuation at the ends is dropped. Punctuation inside the answer is kept: it can carry meaning.
 */
export function normaliseFill(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '').replace(EDGE, '');
}

/** Whether a fill-in answer matches one of the accepted variants. */
export function fillMatches(answer: string, accepted: string[]): boolean {
  const given = normaliseFill(answer);
  return given.length > 0 && accepted.some((variant) => normaliseFill(variant) === given);
}

const sameSet = (a: number[], b: number[]) =>
  a.length === b.length && [...a].sort((x, y) => x - y).every((v, i) => v === [...b].sort((x, y) => x - y)[i]);

/** Whether one answer is right. Multiple choice counts only when exactly the right options are chosen. */
export function isCorrect(key: KeyEntry, response: Response): boolean {
  switch (key.kind) {
    case 'single':
      return response === key.correct;
    case 'multiple':
      return Array.isArray(response) && new Set(response).size === response.length && sameSet(response, key.correct);
    case 'truefalse':
      return response === key.correct;
    case 'order':
      return Array.isArray(response) && response.length === key.count && response.every((item, position) => item === position);
    case 'fill':
      return typeof response === 'string' && fillMatches(response, key.accepted);
  }
}

export interface QuizScore {
  correct: number;
  total: number;
  /** Rounded to a whole percent. */
  percent: number;
  passed: boolean;
  /** Ids of the questions answered wrongly or left blank, in quiz order. */
  wrong: string[];
}

/** Scores a whole quiz against its pass mark (percent of questions right, inclusive). */
export function scoreQuiz(keys: KeyEntry[], responses: Record<string, Response>, passMark: number): QuizScore {
  const wrong = keys.filter((key) => !isCorrect(key, responses[key.id])).map((key) => key.id);
  const total = keys.length;
  const correct = total - wrong.length;
  const percent = total === 0 ? 0 : Math.round((correct / total) * 100);
  return { correct, total, percent, passed: total > 0 && (correct / total) * 100 >= passMark, wrong };
}

/**
 * The indexes 0…n−1 shuffled (Fisher–Yates). With `avoidIdentity` the result is never the original
 * order (for n ≥ 2): an ordering question must not be printed already solved.
 */
export function shuffledIndexes(n: number, random: () => number, avoidIdentity = false): number[] {
  const order = shuffle(
    Array.from({ length: n }, (_, i) => i),
    random,
  );
  if (avoidIdentity && n >= 2 && order.every((v, i) => v === i)) [order[0], order[1]] = [order[1]!, order[0]!];
  return order;
}

/** Moves the item at `from` one place up (−1) or down (+1); returns a new array, unchanged at the edges. */
export function moveItem<T>(list: T[], from: number, step: -1 | 1): T[] {
  const to = from + step;
  if (from < 0 || from >= list.length || to < 0 || to >= list.length) return list.slice();
  const next = list.slice();
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}
