/**
 * The related suggestions the build computed in a child process (src/integrations/related.ts),
 * handed over as a promise on globalThis: the integration and the pages' server bundle share the
 * process, not their modules.
 */
import type { Related } from '../lib/search/related';

/** Where the integration leaves the promise of `[key, suggestions]` pairs. */
export const RELATED_KEY = Symbol.for('playbook.related-suggestions');

/** The child's suggestions; undefined where none was started (astro dev) or it failed (the caller computes them). */
export async function relatedFromWorker(): Promise<Map<string, Related> | undefined> {
  const pending = (globalThis as Record<symbol, Promise<[string, Related][]> | undefined>)[RELATED_KEY];
  if (!pending) return undefined;
  try {
    return new Map(await pending);
  } catch {
    return undefined;
  }
}
