import { z } from 'astro/zod';
import { citations, type RefFactory } from './common';

/** A handbook chapter: content/handbook/<chapter>/index.md. */
export const chapterSchema = (ref: RefFactory) =>
  z.object({
    /** The chapter title, a short noun phrase, e.g. 日常工作. */
    title: z.string().min(1),
    /** One sentence: what the chapter covers. */
    summary: z.string().min(1),
    /** Position in the handbook, 1 = first. */
    order: z.number().int().min(1),
    /** The role responsible for keeping the chapter right. */
    owner: ref('roles'),
    /** Source documents for the chapter introduction (content/sources.yaml). */
    sources: citations(ref),
  });
