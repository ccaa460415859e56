import { z } from 'astro/zod';
import { questions, type RefFactory } from './common';

/** A printable form (表格): content/forms/<id>.md. The body is the form itself. */
export const formSchema = (ref: RefFactory) =>
  z.object({
    title: z.string().min(1),
    /** When to fill it in and who receives it. */
    summary: z.string().min(1),
    /** The role that keeps the form up to date. */
    owner: ref('roles'),
    /** Who fills it in. */
    audience: z.array(ref('roles')).min(1),
    /** Sections whose procedures use the form. */
    sections: z.array(ref('handbook')).default([]),
    /** 常见问法: questions readers ask that this form answers (2–6), shown as 常见问题. */
    questions,
  });
