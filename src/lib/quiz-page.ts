/**
 * What a quiz page prints and what its script reads: the questions shown (ordering items shuffled
 * so the page never prints the solution) and the answer key kept out of sight in JSON.
 */
import { pendingPlainText } from './pending';
import type { KeyEntry } from './quiz-scoring';
import { hashString, randomFrom } from './random';
import { shuffledIndexes } from './quiz-scoring';

export interface QuestionLike {
  id: string;
  kind: 'single' | 'multiple' | 'truefalse' | 'order' | 'fill';
  prompt: string;
  explanation: string;
  section: { id: string };
  anchor?: string;
  /** 练习题（不计分）: shown and explained, never scored. */
  practice?: boolean;
  options?: string[];
  items?: string[];
  correct?: number | number[] | boolean;
  accepted?: string[];
}

/** The key plus what the result panel shows for a wrong answer. */
export type KeyWithFeedback = KeyEntry & { answer: string; explanation: string; source: { href: string; title: string } };

/**
 * The right answer in parts, as the result panel lists them: the one right option, every right option
 * of a multiple choice (with its option index, so a missed one can be marked), 对/错, the ordering items
 * in their right order, the first accepted fill-in variant.
 */
export function answerParts(question: QuestionLike, words: { yes: string; no: string }): { index: number; text: string }[] {
  switch (question.kind) {
    case 'single': {
      const index = question.correct as number;
      return [{ index, text: question.options?.[index] ?? '' }];
    }
    case 'multiple':
      return (question.correct as number[]).map((index) => ({ index, text: question.options?.[index] ?? '' }));
    case 'truefalse':
      return [{ index: 0, text: question.correct ? words.yes : words.no }];
    case 'order':
      return (question.items ?? []).map((text, index) => ({ index, text }));
    case 'fill':
      return [{ index: 0, text: question.accepted?.[0] ?? '' }];
  }
}

/**
 * The right answer as one line of plain text. Options of a multiple choice are separated by ；
 * (they may contain ， and 、 themselves), ordering items by →.
 */
export function answerText(question: QuestionLike, words: { yes: string; no: string }): string {
  const parts = answerParts(question, words).map((part) => part.text);
  return parts.join(question.kind === 'order' ? ' → ' : '；');
}

export function answerKey(
  questions: readonly QuestionLike[],
  sources: Record<string, { href: string; title: string }>,
  words: { yes: string; no: string },
): KeyWithFeedback[] {
  return questions.map((q) => {
    const source = sources[q.id] ?? { href: '', title: q.section.id };
    // The page shows these rendered (badges and all); the key carries them as plain text.
    const feedback = {
      answer: pendingPlainText(answerText(q, words)),
      explanation: pendingPlainText(q.explanation),
      source,
      ...(q.practice ? { practice: true } : {}),
    };
    switch (q.kind) {
      case 'single':
        return { id: q.id, kind: 'single', correct: q.correct as number, ...feedback };
      case 'multiple':
        return { id: q.id, kind: 'multiple', correct: q.correct as number[], ...feedback };
      case 'truefalse':
        return { id: q.id, kind: 'truefalse', correct: q.correct as boolean, ...feedback };
      case 'order':
        return { id: q.id, kind: 'order', count: q.items?.length ?? 0, ...feedback };
      case 'fill':
        return { id: q.id, kind: 'fill', accepted: q.accepted ?? [], ...feedback };
    }
  });
}

/** Ordering items as printed: shuffled by question id (stable across builds), never already solved. */
export function printedOrder(quizId: string, question: { id: string; items?: string[] }): { index: number; text: string }[] {
  const items = question.items ?? [];
  return shuffledIndexes(items.length, randomFrom(hashString(`${quizId}/${question.id}`)), true).map((index) => ({
    index,
    text: items[index]!,
  }));
}
