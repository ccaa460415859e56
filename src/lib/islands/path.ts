/** What the onboarding path element reads: the path's steps, each with what completes it. */
import { z } from 'astro/zod';
import type { PathStep } from '../path-progress';

export const pathStepSchema = z.object({
  key: z.string(),
  kind: z.enum(['read', 'quiz', 'drill', 'task']),
  ref: z.string().optional(),
  scripts: z.array(z.string()).optional(),
  title: z.string(),
  href: z.string().optional(),
  week: z.number().int(),
}) satisfies z.ZodType<PathStep>;

export const pathIsland = z.object({
  /** The path's role: the element offers to make it the reader's role. */
  role: z.string(),
  steps: z.array(pathStepSchema),
});

export type PathIsland = z.infer<typeof pathIsland>;
