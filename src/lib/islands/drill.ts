/** What the drill page's elements read: the card library's ids, compact (src/lib/drill/card-files.ts). */
import { z } from 'astro/zod';
import type { CompactLibrary } from '../drill/card-files';

const ids = z.array(z.string());

export const drillLibrarySchema = z.object({
  scripts: ids,
  shapes: z.array(z.string().regex(/^(?:(?:s|o|c[1-9]\d*)(?:,(?:s|o|c[1-9]\d*))*)?$/)),
  terms: ids,
  questions: ids,
  themes: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      from: z.string(),
      to: z.string(),
      note: z.string().optional(),
      scripts: z.array(z.number().int().nonnegative()),
    }),
  ),
}) satisfies z.ZodType<CompactLibrary>;

export const drillIsland = z.object({ library: drillLibrarySchema });
