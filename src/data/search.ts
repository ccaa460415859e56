/**
 * Build-time search data: the lexicon (vocabulary, synonyms, glossary cards, pinyin keys), the
 * sharded lunr indexes (script finder, part-of-a-word page index) and the related suggestions.
 * Reads collections through content(); all logic lives in src/lib/search.
 */
import { gzipSync } from 'node:zlib';
import { content } from './content';
import { relatedFromWorker } from './related-worker-result';
import { basePath } from '../lib/urls';
import { relatedSuggestions, scriptIndexDocs, searchLexicon } from './search-docs';
import { type Related, relatedOf as pick, type DocKind } from '../lib/search/related';
import { glossaryShards, pinyinShards } from '../lib/search/vocabulary';
import { buildIndex, serialize } from '../lib/search/lunr-index';
import { splitIndex, type Shard, type ShardManifest } from '../lib/search/shards';
import { PAGE_FIELDS, PAGE_SHARD_BYTES, PAGE_TEXT_LIMIT, SCRIPT_FIELDS, SCRIPT_SHARDS, type PageRow } from '../lib/search/indexes';
import { Dictionary } from '../lib/search/tokenize';
import { clipText } from '../lib/search/excerpt';

/** A row's summary, shown as the excerpt of a part-of-a-word or offline result: about two lines on a phone. */
const ROW_SUMMARY_CHARS = 90;

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

/** The script finder's index documents. */
export async function scriptDocs() {
  return scriptIndexDocs((await searchData()).all.scripts);
}

let indexes: Promise<Awaited<ReturnType<typeof buildIndexes>>> | undefined;

/** The finder's index and the part-of-a-word index, each cut into shards; built once per build. */
async function buildIndexes() {
  const { lexicon, pages } = await searchData();
  const dictionary = new Dictionary(lexicon.words);
  const scripts = splitIndex(serialize(buildIndex(await scriptDocs(), SCRIPT_FIELDS, dictionary)), SCRIPT_SHARDS);
  const compact = serialize(
    buildIndex(
      pages.map((p, i) => ({
        ref: String(i),
        title: p.title,
        summary: `${p.summary} ${p.questions.join(' ')}`,
        text: p.text.slice(0, PAGE_TEXT_LIMIT),
      })),
      PAGE_FIELDS,
      dictionary,
    ),
  );
  // Searched by exact tokens only: cut by whole term, in as many shards as its size asks for.
  const count = Math.min(4096, Math.max(16, Math.ceil(gzipSync(JSON.stringify(compact)).length / PAGE_SHARD_BYTES)));
  const pageIndex = splitIndex(compact, count, 'term');
  const rows: PageRow[] = pages.map((p) => [p.url, p.title, p.type, clipText(p.summary, ROW_SUMMARY_CHARS)]);
  return { scripts, pages: pageIndex, rows };
}

export function searchIndexes() {
  indexes ??= buildIndexes();
  return indexes;
}

export type { Shard, ShardManifest };
export { glossaryShards, pinyinShards };
