import { z } from 'astro/zod';
import { DUPLICATE, type RefFactory } from './common';

const stepId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, '步骤 id 应为小写英文、数字和连字符，例如 w1-read-duties');

/** A step of an onboarding path; its kind says what completes it. */
const stepSchema = (ref: RefFactory) =>
  z.discriminatedUnion(
    'kind',
    [
      /** Read a handbook section. */
      z.object({ id: stepId, kind: z.literal('read'), section: ref('handbook'), note: z.string().optional() }),
      /** Pass a quiz. */
      z.object({ id: stepId, kind: z.literal('quiz'), quiz: ref('quizzes'), note: z.string().optional() }),
      /** Practise scripts in the drill until they can be recited. */
      z.object({
        id: stepId,
        kind: z.literal('drill'),
        title: z.string().min(1),
        scripts: z.array(ref('scripts')).min(1),
        note: z.string().optional(),
      }),
      /** A practical task the new hire ticks off by hand. */
      z.object({
        id: stepId,
        kind: z.literal('task'),
        title: z.string().min(1),
        /** How to know it is done, e.g. who signs it off. */
        note: z.string().optional(),
      }),
    ],
    {
      errorMap: (issue, ctx) =>
        issue.code === z.ZodIssueCode.invalid_union_discriminator
          ? { message: '步骤类型 kind 应为 read（阅读）、quiz（测验）、drill（话术练习）或 task（实操任务）' }
          : { message: ctx.defaultError },
    },
  );

/** An onboarding path for one role: content/paths/<role>.yaml. */
export const pathSchema = (ref: RefFactory) =>
  z
    .object({
      title: z.string().min(1),
      role: ref('roles'),
      summary: z.string().min(1),
      /** The plan, week by week. */
      weeks: z
        .array(
          z.object({
            week: z.number().int().min(1),
            title: z.string().min(1),
            goal: z.string().optional(),
            steps: z.array(stepSchema(ref)).min(1),
          }),
        )
        .min(1),
    })
    .superRefine((path, ctx) => {
      const seen = new Set<string>();
      path.weeks.forEach((week, w) =>
        week.steps.forEach((step, s) => {
          if (seen.has(step.id)) {
            ctx.addIssue({
              code: z.ZodIssueCode.custom,
              path: ['weeks', w, 'steps', s, 'id'],
              message: `步骤 id “${step.id}”重复；同一路径内每步 id 唯一`,
              params: DUPLICATE,
            });
          }
          seen.add(step.id);
        }),
      );
    });
