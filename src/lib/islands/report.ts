/** What the completion report reads: the name of each role, by id. */
import { z } from 'astro/zod';

export const reportIsland = z.object({ roles: z.record(z.string(), z.string()) });
