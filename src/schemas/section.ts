import { z } from 'astro/zod';
import { citations, questions, refineRevisions, revisionFields, tags, type RefFactory } from './common';

/** A handbook section: content/handbook/<chapter>/<section>.md. */
export const sectionSchema = (ref: RefFactory) =>
  z
    .object({
      /** The section title, a short noun phrase. */
      title: z.string().min(1),
      /** One or two sentences shown in lists and search results. */
      summary: z.string().min(1),
      /** Position within its chapter, 1 = first. */
      order: z.number().int().min(1),
      /** The role that keeps this section right and approves changes to it. */
      owner: ref('roles'),
      /** The roles who must read it (and confirm revisions). */
      audience: z.array(ref('roles')).min(1, '至少写一个读者角色，例如 [rep]'),
      ...revisionFields,
      /** Scripts that apply this section. */
      scripts: z.array(ref('scripts')).default([]),
      /** Cases that illustrate it. */
      cases: z.array(ref('cases')).default([]),
      /** Quizzes that test it. */
      quizzes: z.array(ref('quizzes')).default([]),
      /** Forms used in this procedure. */
      forms: z.array(ref('forms')).default([]),
      /** Other sections worth reading next. */
      related: z.array(ref('handbook')).default([]),
      /** The source documents its rules rest on, each with a locator (content/sources.yaml). */
      sources: citations(ref),
      /** 常见问法: questions readers ask that this page answers (2–6), shown as 常见问题. */
      questions,
      tags,
    })
    .superRefine(refineRevisions);
