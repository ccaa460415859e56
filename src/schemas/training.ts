import { z } from 'astro/zod';
import { isoDate, type RefFactory } from './common';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间应写成 HH:MM，例如 14:00');

/** A speaker: the handbook asks for two experts per session (people/training-plan). */
const speakerSchema = z.object({
  name: z.string().min(1),
  /** Their post or organisation, e.g. 财务部 信用管理主管. */
  title: z.string().min(1),
});

/**
 * One monthly training session: an entry of content/training-plan.yaml, keyed by its month
 * (YYYY-MM), so each month has exactly one session and ids never change.
 */
export const trainingSchema = (ref: RefFactory) =>
  z
    .object({
      /** The day, YYYY-MM-DD (the third Wednesday of the month unless a holiday moves it). */
      date: isoDate,
      start: time,
      end: time,
      topic: z.string().min(1),
      /** What participants take away, in one or two sentences. */
      summary: z.string().min(1),
      /** Exactly two speakers per session. */
      speakers: z.array(speakerSchema).length(2, '每次培训邀请 2 名讲师（见手册“月度培训计划”）；请写满 2 位'),
      /** Who must attend (role ids). */
      audience: z.array(ref('roles')).min(1, '至少写一个参训角色'),
      place: z.string().min(1),
      /** Whether partner units (dealers, agents) are invited. */
      partners: z.boolean().default(true),
      /** Handbook sections to read before the session. */
      sections: z.array(ref('handbook')).default([]),
    })
    .superRefine((session, ctx) => {
      if (session.end <= session.start) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['end'], message: `结束时间 ${session.end} 应晚于开始时间 ${session.start}` });
      }
    });

export type TrainingSession = z.output<ReturnType<typeof trainingSchema>>;
