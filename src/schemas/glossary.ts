import { z } from 'astro/zod';
import { citations, type RefFactory } from './common';

/** A glossary term: an entry of content/glossary.yaml, keyed by the term itself. */
export const glossarySchema = (ref: RefFactory) =>
  z.object({
    /** Other words for the same thing (客人 for 客户); search widens queries with them. */
    aliases: z.array(z.string().min(1)).default([]),
    /** The English or full name, e.g. Cost and Freight. */
    en: z.string().optional(),
    /** What it means here, in one to three sentences. */
    definition: z.string().min(1),
    /** The section that explains it in full. */
    section: ref('handbook').optional(),
    /** Link the term's first use on each page to its definition; false for everyday words (客户). */
    autolink: z.boolean().default(true),
    /** Source documents for figures in the definition (content/sources.yaml). */
    sources: citations(ref),
  });
