/**
 * Related suggestions (src/lib/search/related.ts) computed once, outside page rendering: as soon
 * as the content check has read the content, a child process computes them from its entries
 * (src/integrations/related-worker.ts) while Astro syncs the content and bundles; the pages' build
 * awaits the result (src/data/search.ts) instead of computing it during the first section's render.
 * If the child fails, the pages compute the suggestions themselves, as in `astro dev`.
 */
import type { AstroIntegrationLogger } from 'astro';
import type { Entry } from '../check/entries';
import { runChild } from './build-child';
import { RELATED_KEY, type RelatedOutput } from '../data/related-worker-result';

/** The collections the suggestions (and the vocabulary they use as dictionary) are built from. */
const COLLECTIONS = ['handbook', 'scripts', 'cases', 'forms', 'glossary', 'roles'] as const;

export interface RelatedEntry {
  collection: (typeof COLLECTIONS)[number];
  id: string;
  data: unknown;
  body: string;
}

/** What the child is given: the entries of those collections that passed their schema, with the schema's data. */
export function relatedInput(entries: readonly Entry[]): RelatedEntry[] {
  return entries.flatMap((entry) =>
    (COLLECTIONS as readonly string[]).includes(entry.collection) && entry.parsed !== undefined
      ? [{ collection: entry.collection as RelatedEntry['collection'], id: entry.id, data: entry.parsed, body: entry.body }]
      : [],
  );
}

/**
 * Runs the child on the check's parsed entries: every page's suggestions as `[kind:id, suggestions]`
 * pairs, and the search lexicon they were computed with, its links under `base` (the site's base
 * path, as the pages' import.meta.env.BASE_URL says it); rejects if it fails.
 */
export function computeRelated(projectRoot: string, entries: readonly Entry[], base = '/'): Promise<RelatedOutput> {
  const input = relatedInput(entries);
  // As Vite gives the pages' build its import.meta.env: the base path, in production mode.
  const env = { BASE_URL: base, MODE: 'production' };
  return runChild(projectRoot, 'related-worker.ts', [], JSON.stringify(input), env).then((out) => JSON.parse(out) as RelatedOutput);
}

/** Starts the child and leaves the promise of its output for the pages (src/data/related-worker-result.ts). */
export function startRelatedSuggestions(
  projectRoot: string,
  entries: readonly Entry[],
  base: string,
  logger: AstroIntegrationLogger,
): void {
  const result = computeRelated(projectRoot, entries, base);
  result.catch((error: unknown) =>
    logger.warn(`相关推荐的后台计算失败，改在生成页面时计算：${error instanceof Error ? error.message : String(error)}`),
  );
  (globalThis as Record<symbol, unknown>)[RELATED_KEY] = result;
}
