/** What the quiz form reads: the answer key with the feedback for wrong answers, and the pass mark. */
import { z } from 'astro/zod';
import type { KeyWithFeedback } from '../quiz-page';

const feedback = {
  id: z.string(),
  answer: z.string(),
  explanation: z.string(),
  source: z.object({ href: z.string(), title: z.string() }),
};

export const keyWithFeedbackSchema = z.discriminatedUnion('kind', [
  z.object({ ...feedback, kind: z.literal('single'), correct: z.number().int() }),
  z.object({ ...feedback, kind: z.literal('multiple'), correct: z.array(z.number().int()) }),
  z.object({ ...feedback, kind: z.literal('truefalse'), correct: z.boolean() }),
  z.object({ ...feedback, kind: z.literal('order'), count: z.number().int() }),
  z.object({ ...feedback, kind: z.literal('fill'), accepted: z.array(z.string()) }),
]) satisfies z.ZodType<KeyWithFeedback>;

export const quizIsland = z.object({
  quizId: z.string(),
  /** Percent of questions right needed to pass. */
  passMark: z.number(),
  key: z.array(keyWithFeedbackSchema),
});

export type QuizIsland = z.infer<typeof quizIsland>;
