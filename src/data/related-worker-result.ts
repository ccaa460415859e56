/**
 * The related suggestions and the search lexicon the build computed in a child process
 * (src/integrations/related.ts), handed over as a promise on globalThis: the integration and the
 * pages' server bundle share the process, not their modules.
 */
import type { Related } from '../lib/search/related';
import type { searchIndexesOf, searchLexicon } from './search-docs';

/** Where the integration leaves the promises of the child's results. */
export const RELATED_KEY = Symbol.for('playbook.related-suggestions');
export const INDEXES_KEY = Symbol.for('playbook.search-indexes');

/** What the child writes: every page's suggestions as `[key, suggestions]` pairs, and the lexicon they were computed with. */
export interface RelatedOutput {
  related: [string, Related][];
  search: ReturnType<typeof searchLexicon>;
  /** The base path the lexicon's links are under (src/lib/urls.ts; `/` where the child ran without import.meta.env, under tsx). */
  basePath: string;
}

/** One of the child's results left under `key`; undefined where none was started (astro dev) or the child failed. */
async function fromWorker<T>(key: symbol): Promise<T | undefined> {
  const pending = (globalThis as Record<symbol, Promise<T> | undefined>)[key];
  return pending?.catch(() => undefined);
}

/**
 * The child's output; undefined where none was started (astro dev) or it failed (the caller computes
 * it all). Its lexicon only where its links are under `basePath`, the pages' own base path.
 */
export async function relatedFromWorker(
  basePath: string,
): Promise<{ related: Map<string, Related>; search?: RelatedOutput['search'] } | undefined> {
  const output = await fromWorker<RelatedOutput>(RELATED_KEY);
  return output && { related: new Map(output.related), ...(output.basePath === basePath ? { search: output.search } : {}) };
}

/** The child's second result: the finder's and the part-of-a-word indexes, built from its lexicon. */
export interface IndexesOutput {
  indexes: ReturnType<typeof searchIndexesOf>;
  /** The base path the rows' links are under. */
  basePath: string;
}

/** The child's indexes; undefined where none was started, it failed, or its links are under another base path (the caller builds them). */
export async function indexesFromWorker(basePath: string): Promise<IndexesOutput['indexes'] | undefined> {
  const output = await fromWorker<IndexesOutput>(INDEXES_KEY);
  return output?.basePath === basePath ? output.indexes : undefined;
}
