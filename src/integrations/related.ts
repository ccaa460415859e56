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
import { INDEXES_KEY, RELATED_KEY, type IndexesOutput, type RelatedOutput } from '../data/related-worker-result';

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

/** A promise with its resolve and reject (Promise.withResolvers, which Node 20 lacks). */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

/** What the child hands back, each as soon as it is ready: the suggestions (with the lexicon), then the indexes. */
export interface RelatedResults {
  related: Promise<RelatedOutput>;
  indexes: Promise<IndexesOutput>;
}

/**
 * Runs the child on the check's parsed entries: every page's suggestions as `[kind:id, suggestions]`
 * pairs and the search lexicon they were computed with, its links under `base` (the site's base
 * path, as the pages' import.meta.env.BASE_URL says it), on its first line; then the lunr indexes
 * built from that lexicon. The sections wait for the first (their suggestions), only the search
 * files for the second. Both reject if the child fails.
 */
export function computeRelated(projectRoot: string, entries: readonly Entry[], base = '/'): RelatedResults {
  const input = relatedInput(entries);
  // As Vite gives the pages' build its import.meta.env: the base path, in production mode.
  const env = { BASE_URL: base, MODE: 'production' };
  const related = deferred<RelatedOutput>();
  const indexes = deferred<IndexesOutput>();
  let lines = 0;
  runChild(projectRoot, 'related-worker.ts', [], JSON.stringify(input), env, (line) => {
    lines++;
    if (lines === 1) related.resolve(JSON.parse(line) as RelatedOutput);
    else if (lines === 2) indexes.resolve(JSON.parse(line) as IndexesOutput);
  }).then(
    () => {
      const missing = new Error(`相关推荐的后台计算只给出了 ${lines} 行结果，应为 2 行`);
      related.reject(missing);
      indexes.reject(missing);
    },
    (error: unknown) => {
      related.reject(error);
      indexes.reject(error);
    },
  );
  // Handled where each is awaited; until then a failure must not end the process.
  related.promise.catch(() => undefined);
  indexes.promise.catch(() => undefined);
  return { related: related.promise, indexes: indexes.promise };
}

/** Starts the child and leaves the promises of its results for the pages (src/data/related-worker-result.ts). */
export function startRelatedSuggestions(
  projectRoot: string,
  entries: readonly Entry[],
  base: string,
  logger: AstroIntegrationLogger,
): void {
  const results = computeRelated(projectRoot, entries, base);
  warnOnFailure(results, logger);
  (globalThis as Record<symbol, unknown>)[RELATED_KEY] = results.related;
  (globalThis as Record<symbol, unknown>)[INDEXES_KEY] = results.indexes;
}

/**
 * Says what the pages will compute themselves because the child failed: the suggestions (and so
 * the indexes: one warning for one failure), or only the indexes, when the child failed after
 * handing over the suggestions. Either way the site is the same, the build only slower.
 */
export function warnOnFailure({ related, indexes }: RelatedResults, logger: Pick<AstroIntegrationLogger, 'warn'>): void {
  const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));
  related.catch((error: unknown) => logger.warn(`相关推荐的后台计算失败，改在生成页面时计算：${reason(error)}`));
  indexes.catch((error: unknown) =>
    related.then(
      () => logger.warn(`搜索索引的后台计算失败，改在生成页面时计算：${reason(error)}`),
      () => undefined,
    ),
  );
}
