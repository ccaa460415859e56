import { z } from 'astro/zod';
import { DUPLICATE, type RefFactory } from './common';
import { QUESTION_KINDS } from './taxonomy';

const LETTERS = 'ABCDEFGH';

/** single（单选）、multiple（多选）…或 fill（填空） */
const KIND_CHOICES = QUESTION_KINDS.map((kind, index) => `${index === QUESTION_KINDS.length - 1 ? '或 ' : ''}${kind.id}（${kind.label}）`)
  .join('、')
  .replace('、或 ', '或 ');

/** Turns an answer written as a letter (B), letters (AC, [A, C]) or 0-based numbers into indexes. */
function letterIndexes(value: string | number | (string | number)[]): (number | string)[] {
  const parts = Array.isArray(value) ? value : typeof value === 'number' ? [value] : value.replace(/[\s,，、]/g, '').split('');
  return parts.map((part) => {
    if (typeof part === 'number') return part;
    const index = LETTERS.indexOf(part.toUpperCase());
    return index >= 0 ? index : part;
  });
}

const letterAnswer = z.union([z.string().min(1), z.number().int(), z.array(z.union([z.string(), z.number().int()])).min(1)]);

/** Fields every question has. */
const questionBase = <R extends RefFactory>(ref: R) => ({
  /** Stable id within the quiz (kebab-case); progress and drill cards are keyed by it. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, '题目 id 应为小写英文、数字和连字符，例如 morning-time'),
  /** The question as the reader sees it. */
  prompt: z.string().min(1),
  /** Why the answer is right, in one or two sentences. */
  explanation: z.string().min(1, '请写明为什么这样答（解析）'),
  /** The handbook section the answer comes from. */
  section: ref('handbook'),
  /** The heading in that section (its text as written, e.g. 晨读训练). */
  anchor: z.string().optional(),
  /**
   * 练习题（不计分）: the question tests a rule still awaiting confirmation (:pending[…]). It is
   * shown with its explanation but left out of the score and the pass mark.
   */
  practice: z.boolean().default(false),
});

function checkIndexes(indexes: (number | string)[], options: string[], ctx: z.RefinementCtx): number[] {
  const range = `A–${LETTERS[options.length - 1] ?? 'A'}`;
  const good: number[] = [];
  for (const index of indexes) {
    if (typeof index !== 'number' || index < 0 || index >= options.length) {
      const shown = typeof index === 'number' ? (LETTERS[index] ?? String(index)) : index;
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['answer'],
        message: `答案 ${shown} 超出选项范围；本题有 ${options.length} 个选项（${range}）`,
      });
    } else good.push(index);
  }
  return good;
}

const options = z.array(z.string().min(1)).min(2, '至少 2 个选项').max(LETTERS.length, `最多 ${LETTERS.length} 个选项`);

/** A quiz question of one of five kinds. Output answers are normalised to indexes / strings. */
export const questionSchema = (ref: RefFactory) =>
  z
    .discriminatedUnion(
      'kind',
      [
        z.object({ ...questionBase(ref), kind: z.literal('single'), options, answer: letterAnswer }),
        z.object({ ...questionBase(ref), kind: z.literal('multiple'), options, answer: letterAnswer }),
        z.object({
          ...questionBase(ref),
          kind: z.literal('truefalse'),
          answer: z.union([z.boolean(), z.enum(['对', '错', '正确', '错误'])]),
        }),
        z.object({
          ...questionBase(ref),
          kind: z.literal('order'),
          /** The steps in the correct order; readers see them shuffled. */
          items: z.array(z.string().min(1)).min(3, '排序题至少 3 项').max(8, '排序题最多 8 项'),
        }),
        z.object({
          ...questionBase(ref),
          kind: z.literal('fill'),
          /** Accepted answers: one string or a list of variants. */
          answer: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
        }),
      ],
      {
        errorMap: (issue, ctx) =>
          issue.code === z.ZodIssueCode.invalid_union_discriminator
            ? { message: `题型 kind 应为 ${KIND_CHOICES}` }
            : { message: ctx.defaultError },
      },
    )
    .transform((question, ctx) => {
      switch (question.kind) {
        case 'single': {
          const { answer, ...rest } = question;
          const indexes = checkIndexes(letterIndexes(answer), rest.options, ctx);
          if (indexes.length > 1) {
            ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['answer'], message: '单选题只能有一个答案；多个答案请用 kind: multiple' });
          }
          return { ...rest, correct: indexes[0] ?? 0 };
        }
        case 'multiple': {
          const { answer, ...rest } = question;
          const indexes = checkIndexes(letterIndexes(answer), rest.options, ctx);
          return { ...rest, correct: [...new Set(indexes)].sort((a, b) => a - b) };
        }
        case 'truefalse': {
          const { answer, ...rest } = question;
          return { ...rest, correct: answer === true || answer === '对' || answer === '正确' };
        }
        case 'order':
          return question;
        case 'fill': {
          const { answer, ...rest } = question;
          if (!/_{3,}|＿{2,}/.test(rest.prompt)) {
            ctx.addIssue({
              code: z.ZodIssueCode.custom,
              path: ['prompt'],
              message: '填空题的题干要用 ___（3 个以上下划线）标出空格位置',
            });
          }
          return { ...rest, accepted: Array.isArray(answer) ? answer : [answer] };
        }
      }
    });

/** A quiz: content/quizzes/<id>.yaml. */
export const quizSchema = (ref: RefFactory) =>
  z
    .object({
      title: z.string().min(1),
      /** One sentence: what passing shows. */
      summary: z.string().min(1),
      /** Pass mark in percent of questions answered correctly. */
      passMark: z.number().int().min(1).max(100).default(80),
      /** The sections the quiz tests. */
      sections: z.array(ref('handbook')).min(1, '至少写一个出题依据的手册小节'),
      /**
       * The version of each source section the questions were last checked against,
       * e.g. { daily-routine/morning-meeting: 2 }. When a section moves past it the quiz is flagged.
       */
      reviewedAgainst: z.record(z.string(), z.number().int().min(1)).default({}),
      questions: z.array(questionSchema(ref)).min(1, '至少 1 道题'),
    })
    .superRefine((quiz, ctx) => {
      const seen = new Set<string>();
      quiz.questions.forEach((question, index) => {
        if (seen.has(question.id)) {
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: ['questions', index, 'id'],
            message: `题目 id “${question.id}”重复；同一测验内每题 id 唯一`,
            params: DUPLICATE,
          });
        }
        seen.add(question.id);
      });
    });

export type QuizOutput = z.output<ReturnType<typeof quizSchema>>;
export type Question = QuizOutput['questions'][number];
