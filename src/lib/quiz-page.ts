/**
 * What a quiz page prints and what its script reads: the questions shown (ordering items shuffled
 * so the page never prints the solution) and the answer key kept out of sight in JSON.
 */
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
  options?: string[];
  items?: string[];
  correct?: number | number[] | boolean;
  accepted?: string[];
}

/** The key plus what the result panel shows for a wrong answer. */
export type KeyWithFeedback = KeyEntry & { answer: string; explanation: string; source: { href: string; title: string } };

export function answerText(question: QuestionLike, words: { yes: string; no: string }): string {
  switch (question.kind) {
    case 'single':
      return question.options?.[question.correct as number] ?? '';
    case 'multiple':
      return (question.correct as number[]).map((i) => question.options?.[i]).join('、');
    case 'truefalse':
      return question.correct ? words.yes : words.no;
    case 'order':
      return (question.items ?? []).join(' → ');
    case 'fill':
      return question.accepted?.[0] ?? '';
  }
}

export function answerKey(
  questions: readonly QuestionLike[],
  sources: Record<string, { href: string; title: string }>,
  words: { yes: string; no: string },
): KeyWithFeedback[] {
  return questions.map((q) => {
    const source = sources[q.id] ?? { href: '', title: q.section.id };
    const feedback = { answer: answerText(q, words), explanation: q.explanation, source };
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
