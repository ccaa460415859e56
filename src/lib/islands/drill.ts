/** What the drill page's elements read: the card library (ids only) and the script titles. */
import { z } from 'astro/zod';
import type { DrillLibrary } from '../drill/select';

const ids = z.array(z.string());

export const drillLibrarySchema = z.object({
  scripts: ids,
  scriptCards: z.record(z.string(), ids),
  terms: ids,
  questions: ids,
  themes: z.array(
    z.object({ id: z.string(), title: z.string(), from: z.string(), to: z.string(), note: z.string().optional(), scripts: ids }),
  ),
}) satisfies z.ZodType<DrillLibrary>;

export const drillIsland = z.object({
  library: drillLibrarySchema,
  /** Script titles by id, for the practice line ("只练这几条话术：…"). */
  titles: z.record(z.string(), z.string()),
});

export type DrillIsland = z.infer<typeof drillIsland>;
