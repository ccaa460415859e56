import { z } from 'astro/zod';

/**
 * content/search-synonyms.yaml (optional): colloquial words reps type that the handbook writes
 * differently, keyed by the handbook's wording. Search widens a query by them, like glossary aliases.
 */
export const synonymEntrySchema = z.object({
  /** What reps say instead, e.g. 嫌贵 for 价格太高. */
  aliases: z.array(z.string().min(1)).min(1, '至少写一个口语说法，例如 aliases: [嫌贵]'),
});
export const synonymsSchema = z.record(z.string().min(1), synonymEntrySchema);
