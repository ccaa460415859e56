/**
 * Build-time search data: the lexicon (vocabulary, synonyms, glossary cards, pinyin keys), the
 * sharded lunr indexes (script finder, part-of-a-word page index) and the related suggestions,
 * as the build's child process computed them (src/integrations/related-worker.ts).
 * Reads collections through content(); all logic lives in src/lib/search.
 */
import { content } from './content';
import { indexesFromWorker, relatedFromWorker } from './related-worker-result';
import { basePath } from '../lib/urls';
import { relatedSuggestions, searchIndexesOf, searchLexicon } from './search-docs';
import { type Related, relatedOf as pick, type DocKind } from '../lib/search/related';
import { glossaryShards, pinyinShards } from '../lib/search/vocabulary';
import type { Shard, ShardManifest } from '../lib/search/shards';

let cache: Promise<Awaited<ReturnType<typeof load>>> | undefined;

async function load() {
  const all = await content();
  // Computed outside page rendering, in a worker started when the build starts
  // (src/integrations/related.ts), from the same content; computed here only where there is none (astro dev).
  const worker = await relatedFromWorker(basePath);
  const { lexicon, pinyin, cards, pages } = worker?.search ?? searchLexicon(all);
  const related = worker?.related ?? relatedSuggestions(all, lexicon.words);
  return { all, lexicon, pinyin, cards, pages, related };
}

export function searchData() {
  cache ??= load();
  return cache;
}

/** Related suggestions for one document (empty lists when none). */
export async function relatedFor(kind: DocKind, id: string): Promise<Related> {
  return pick((await searchData()).related, kind, id);
}

let indexes: Promise<ReturnType<typeof searchIndexesOf>> | undefined;

/** The finder's index and the part-of-a-word index, each cut into shards: from the build's child, or built here once (astro dev). */
export function searchIndexes() {
  indexes ??= searchData().then(async (data) => (await indexesFromWorker(basePath)) ?? searchIndexesOf(data.all, data));
  return indexes;
}

export type { Shard, ShardManifest };
export { glossaryShards, pinyinShards };
