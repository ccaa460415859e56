import { z } from 'astro/zod';
import { isoDate, type RefFactory } from './common';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间应写成 HH:MM，例如 14:00');

/** A speaker, named by post, never by person (the plan outlives who holds the post). */
const speakerSchema = z
  .object({
    /** The post, e.g. 业务部经理, 信用主管. */
    role: z.string().min(1),
    /** Where the post sits, e.g. 本部门, 财务部. */
    unit: z.string().min(1).optional(),
  })
  .strict();

/**
 * One monthly training session: an entry of content/training-plan.yaml, keyed by its month
 * (YYYY-MM), so each month has exactly one session and ids never change.
 */
export const trainingSchema = (ref: RefFactory) =>
  z
    .object({
      /** The day, YYYY-MM-DD, as proposed in the plan (the training notice has the final date). */
      date: isoDate,
      start: time,
      end: time,
      topic: z.string().min(1),
      /** What participants take away, in one or two sentences. */
      summary: z.string().min(1),
      /** Who teaches, by post. (Two per session is a proposal awaiting confirmation, so not enforced.) */
      speakers: z.array(speakerSchema).min(1, '至少写 1 位讲师（写岗位，例如 { role: 业务部经理, unit: 本部门 }）'),
      /** Who must attend (role ids). */
      audience: z.array(ref('roles')).min(1, '至少写一个参训角色'),
      place: z.string().min(1),
      /** Handbook sections to read before the session. */
      sections: z.array(ref('handbook')).default([]),
    })
    .superRefine((session, ctx) => {
      if (session.end <= session.start) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['end'], message: `结束时间 ${session.end} 应晚于开始时间 ${session.start}` });
      }
    });
