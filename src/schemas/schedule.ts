import { z } from 'astro/zod';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间应写成 HH:MM，例如 08:30');

/** One block of the working day. */
const blockSchema = z.object({
  start: time,
  end: time,
  title: z.string().min(1),
  /** Who leads it, in words (e.g. 业务部经理). */
  lead: z.string().optional(),
  /** What happens, point by point. */
  items: z.array(z.string().min(1)).default([]),
});

/** A timetable variant (summer or winter): an entry of content/schedule.yaml. */
export const scheduleSchema = z
  .object({
    /** 夏时制 / 冬时制. */
    label: z.string().min(1),
    /** The months (1–12) this timetable applies. */
    months: z.array(z.number().int().min(1).max(12)).min(1),
    /** The day, in order. */
    blocks: z.array(blockSchema).min(1),
  })
  .superRefine((schedule, ctx) => {
    schedule.blocks.forEach((block, index) => {
      if (block.end <= block.start) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['blocks', index, 'end'],
          message: `结束时间 ${block.end} 应晚于开始时间 ${block.start}`,
        });
      }
      const next = schedule.blocks[index + 1];
      if (next && next.start < block.end) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['blocks', index + 1, 'start'],
          message: `${next.start} 早于上一时段的结束时间 ${block.end}；时段不能重叠`,
        });
      }
    });
  });
