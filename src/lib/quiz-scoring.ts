/**
 * Scoring a quiz in the browser: what the reader answered, compared with the normalised answer key
 * from src/schemas/quiz.ts. Pure functions, no DOM, so every kind is unit-tested.
 */
import { numberAnswer } from './numbers';
import { shuffle } from './random';

/** The answer key of one question, as the quiz page embeds it (no prompt text, just what scores). */
export type KeyEntry = (
  | { id: string; kind: 'single'; correct: number }
  | { id: string; kind: 'multiple'; correct: number[] }
  | { id: string; kind: 'truefalse'; correct: boolean }
  /** `count` items; the right order is 0, 1, …, count − 1 (item indexes as written in the YAML). */
  | { id: string; kind: 'order'; count: number }
  | { id: string; kind: 'fill'; accepted: string[] }
) & {
  /** 练习题（不计分）: tests a rule awaiting confirmation, so it is answered and explained but never scored. */
  practice?: boolean;
};

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

/**
 * Whether a fill-in answer matches one of the accepted variants. Where the answer is a number it
 * may be written either way: 两 and 2, 十五 and 15, 三十天 and 30 天, 百分之五 and 5%.
 */
export function fillMatches(answer: string, accepted: string[]): boolean {
  const given = normaliseFill(answer);
  if (!given) return false;
  const number = numberOf(answer);
  return accepted.some((variant) => normaliseFill(variant) === given || (number !== undefined && numberOf(variant) === number));
}

/** The answer as a number with its unit (see numberAnswer), keeping a trailing % and a leading ¥. */
function numberOf(text: string): string | undefined {
  return numberAnswer(
    text
      .normalize('NFKC')
      .replace(/^[^\p{L}\p{N}¥$]+/u, '')
      .replace(/[^\p{L}\p{N}%]+$/u, ''),
  );
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
  /** Scored questions answered correctly. */
  correct: number;
  /** Scored questions: practice questions are not counted. */
  total: number;
  /** Rounded to a whole percent of the scored questions. */
  percent: number;
  passed: boolean;
  /** Ids of the scored questions answered wrongly or left blank, in quiz order. */
  wrong: string[];
  /** Practice questions (练习题，不计分): how many, and the ids of those answered wrongly or left blank. */
  practice: { total: number; wrong: string[] };
}

/**
 * Scores a whole quiz against its pass mark (percent of the scored questions right, inclusive).
 * Practice questions are checked and reported but never count towards the score or the pass mark.
 * A quiz with no scored question is never passed (the content check refuses one).
 */
export function scoreQuiz(keys: KeyEntry[], responses: Record<string, Response>, passMark: number): QuizScore {
  const scored = keys.filter((key) => !key.practice);
  const practice = keys.filter((key) => key.practice);
  const wrongOf = (list: KeyEntry[]) => list.filter((key) => !isCorrect(key, responses[key.id])).map((key) => key.id);
  const wrong = wrongOf(scored);
  const total = scored.length;
  const correct = total - wrong.length;
  const percent = total === 0 ? 0 : Math.round((correct / total) * 100);
  return {
    correct,
    total,
    percent,
    passed: total > 0 && (correct / total) * 100 >= passMark,
    wrong,
    practice: { total: practice.length, wrong: wrongOf(practice) },
  };
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

/** One option or ordering item the reader put down, and whether it was right there. */
export interface MarkedIndex {
  index: number;
  right: boolean;
}

/**
 * What the reader answered, laid out for showing beside the right answer:
 * - blank: nothing chosen or typed (an ordering question is never blank: its printed order is an answer);
 * - choices (single, multiple): each chosen option, right or not, and the right options not chosen;
 * - truefalse: the reader's 对 or 错; fill: what they typed, trimmed;
 * - order: the items in the reader's order, each right when it sits in its own place.
 */
export type ResponseView =
  | { kind: 'blank' }
  | { kind: 'choices'; chosen: MarkedIndex[]; missed: number[] }
  | { kind: 'truefalse'; value: boolean }
  | { kind: 'order'; items: MarkedIndex[] }
  | { kind: 'fill'; text: string };

export function describeResponse(key: KeyEntry, response: Response): ResponseView {
  switch (key.kind) {
    case 'single':
      return typeof response === 'number'
        ? { kind: 'choices', chosen: [{ index: response, right: response === key.correct }], missed: [] }
        : { kind: 'blank' };
    case 'multiple': {
      const chosen = Array.isArray(response) ? [...new Set(response)].sort((a, b) => a - b) : [];
      if (chosen.length === 0) return { kind: 'blank' };
      return {
        kind: 'choices',
        chosen: chosen.map((index) => ({ index, right: key.correct.includes(index) })),
        missed: key.correct.filter((index) => !chosen.includes(index)).sort((a, b) => a - b),
      };
    }
    case 'truefalse':
      return typeof response === 'boolean' ? { kind: 'truefalse', value: response } : { kind: 'blank' };
    case 'order':
      return Array.isArray(response)
        ? { kind: 'order', items: response.map((index, position) => ({ index, right: index === position })) }
        : { kind: 'blank' };
    case 'fill': {
      const text = typeof response === 'string' ? response.trim() : '';
      return text ? { kind: 'fill', text } : { kind: 'blank' };
    }
  }
}
