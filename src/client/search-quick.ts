/**
 * The header box's answer from the quick answers built for every word of the vocabulary
 * (src/lib/search/quick-answers.ts): the lexicon shards the query needs and one small file per
 * term, no Pagefind. Undefined when a term has no quick answer: the box then asks Pagefind.
 */
import { combineQuick, quickKeyOf, quickShardOf, type QuickShard } from '../lib/search/quick-answers';
import { understandQuery } from '../lib/search/query';
import { cardsFromCounts, type SiteHit, type TermCard } from '../lib/search/site-search';
import { urls } from '../lib/urls';
import { loadCardText, loadLexiconFor } from './search-data';

/** What the header box shows. */
export interface BoxAnswer {
  /** The query as typed. */
  query: string;
  /** The corrected query whose results these are (回宽 → 回款), when corrected. */
  corrected?: string;
  cards: TermCard[];
  hits: SiteHit[];
  /** How many results the search page lists, when known (a query of one term, or Pagefind's answer). */
  total?: number;
}

const shards = new Map<number, Promise<QuickShard | undefined>>();

/** A quick-answer file, once per visit; one that fails to load (offline, missing) answers nothing. */
function loadShard(n: number): Promise<QuickShard | undefined> {
  let shard = shards.get(n);
  if (!shard) {
    shard = fetch(urls.searchQuick(n))
      .then((response) => (response.ok ? (response.json() as Promise<QuickShard>) : undefined))
      .catch(() => undefined);
    shards.set(n, shard);
    void shard.then((loaded) => loaded ?? shards.delete(n));
  }
  return shard;
}

/** A term's quick answer and the pages of its file; undefined when it has none (or its file did not load). */
export async function quickLookup(key: string): Promise<{ answer: QuickShard['answers'][string]; pages: QuickShard['pages'] } | undefined> {
  const shard = await loadShard(quickShardOf(key));
  const answer = shard?.answers[key];
  return shard && answer ? { answer, pages: shard.pages } : undefined;
}

export async function quickAnswer(query: string): Promise<BoxAnswer | undefined> {
  const { lexicon, pinyin } = await loadLexiconFor(query);
  const understood = understandQuery(query, lexicon, pinyin);
  const keys = understood.terms.map(quickKeyOf);
  if (keys.length === 0 || keys.some((key) => key === undefined)) return undefined;
  const loaded = new Map<number, QuickShard | undefined>();
  await Promise.all(
    [...new Set(keys.map((key) => quickShardOf(key!)))].map(async (n) => {
      loaded.set(n, await loadShard(n));
    }),
  );
  const combined = combineQuick(understood, (key) => {
    const shard = loaded.get(quickShardOf(key));
    const answer = shard?.answers[key];
    return shard && answer ? { answer, pages: shard.pages } : undefined;
  });
  if (!combined) return undefined;
  const held = Object.assign({}, ...[...loaded.values()].map((shard) => shard?.held ?? {})) as Record<string, number>;
  const cards = await cardsFromCounts(understood, lexicon, loadCardText, held);
  return { query: understood.query, cards, ...combined };
}
