import { z } from 'astro/zod';

/**
 * A source document the handbook's rules rest on (content/sources.yaml, keyed by source id).
 * Sections, scripts and cases cite these in `sources`; a figure stated as rule must either appear
 * in `figures` of a cited source or carry the inline pending mark :pending[…].
 */
export const sourceDocSchema = z.object({
  /** The document's own title, as printed on it. */
  title: z.string().min(1),
  /** The year on the document, when it has one. */
  year: z.number().int().min(1900).max(2100).optional(),
  /** What the document is and how far the department relies on it, in a sentence or two. */
  about: z.string().min(1),
  /**
   * Whether its rules bind this department. `false` for material from another kind of
   * organisation, kept as a model: figures taken from it still need the pending mark.
   */
  binding: z.boolean().default(true),
  /**
   * Every figure the document states (times, durations, amounts, percentages), written as the
   * handbook writes them: 8:30, 2 小时, 5 分钟, 半小时. The content check accepts these figures in
   * entries that cite the document; any other figure must be marked :pending[…].
   */
  figures: z.array(z.string().min(1)).default([]),
});
