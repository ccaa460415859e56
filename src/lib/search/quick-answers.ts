/**
 * Quick answers for the header box: the first results of each word of the vocabulary, ranked at
 * build time by the code the search page runs (searchSite over Pagefind's own index), kept in small
 * files. A first search from the header box
 * then loads the lexicon shards and one small file per term instead of Pagefind (~68 kB of code
 * and WebAssembly before any word). The files are cut by the whole term, spread evenly (a term is
 * looked up exactly, never by its start: 客 would otherwise fill one file). A query of several terms combines their answers with the same
 * coverage ranking (a page's scores for each term add up); a term without an answer (a word the
 * vocabulary does not know, a single character, a word still being typed) leaves the query to
 * Pagefind. The search page (/search/) keeps searching Pagefind: it lists every result.
 */
import { escapeHtml } from './excerpt';
import type { PinyinTable, QueryTerm, UnderstoodQuery } from './query';
import type { SiteHit } from './site-search';
import { termShardOf } from './shards';
import type { Lexicon } from './vocabulary';

/** Files the quick answers are cut into (by the whole term). */
export const QUICK_SHARDS = 256;
/** Results kept per term: the header box shows 5. */
export const QUICK_TOP = 5;
/** Characters of text in a quick answer's excerpt. */
export const QUICK_EXCERPT = 40;

/** A result of a term: [page (index into the shard's pages), score, excerpt (safe HTML)]. */
export type QuickResult = [page: number, score: number, excerpt: string];

/** /search/quick/<n>.json: the answers of the terms starting with a character of shard n. */
export interface QuickShard {
  /** [url, title, type label ('' when none)] of the pages the answers list. */
  pages: [url: string, title: string, type: string][];
  /** Term (lower-case) → [how many results the search page finds, …the first QUICK_TOP]. */
  answers: Record<string, [total: number, ...top: QuickResult[]]>;
  /**
   * How many pages hold each glossary word of these terms, as the search page counts them to choose
   * its glossary cards (cardsFromCounts): the box shows the cards the search page shows.
   */
  held?: Record<string, number>;
}

/**
 * The terms that get quick answers: the vocabulary, colloquial words and aliases, Latin words, the
 * single characters the content uses as words (请假要找谁批: 批), and the pinyin keys that read as
 * several words (hk: 回款, 回扣, 汇款 …), which rank unlike any one of them. A key of one reading
 * is answered by its word's answer (quickKeyOf).
 */
export function quickTerms(lexicon: Pick<Lexicon, 'words' | 'synonyms' | 'latin' | 'chars'>, pinyin: PinyinTable = {}): string[] {
  return [
    ...new Set([
      ...lexicon.words,
      ...lexicon.synonyms.map(([alias]) => alias),
      ...lexicon.latin,
      ...lexicon.chars,
      ...Object.keys(pinyin).filter((key) => pinyin[key]!.length > 1),
    ]),
  ].sort();
}

export function quickShardOf(term: string): number {
  return termShardOf(term, QUICK_SHARDS);
}

/** One term's ranked results, as the search page would show them. */
export interface TermAnswer {
  total: number;
  top: { hit: SiteHit; score: number }[];
  /** How many pages hold each glossary word the term searched (SiteSearchResult.holders). */
  held?: Record<string, number>;
}

/** Cuts the answers into shards, each listing the pages its answers point at once. */
export function quickShards(answers: Map<string, TermAnswer>): QuickShard[] {
  const shards = Array.from({ length: QUICK_SHARDS }, (): QuickShard & { index: Map<string, number> } => ({
    pages: [],
    answers: {},
    index: new Map(),
  }));
  for (const [term, { total, top, held }] of answers) {
    const shard = shards[quickShardOf(term)]!;
    if (held && Object.keys(held).length) Object.assign((shard.held ??= {}), held);
    const results = top.slice(0, QUICK_TOP).map(({ hit, score }): QuickResult => {
      let page = shard.index.get(hit.url);
      if (page === undefined) {
        page = shard.pages.push([hit.url, hit.title, hit.type ?? '']) - 1;
        shard.index.set(hit.url, page);
      }
      return [page, Math.round(score * 1000) / 1000, shortenExcerpt(hit.excerpt, QUICK_EXCERPT)];
    });
    shard.answers[term] = [total, ...results];
  }
  return shards.map(({ pages, answers: list, held }) => ({ pages, answers: list, ...(held ? { held: sortedKeys(held) } : {}) }));
}

/** The same record with its keys in one order, whichever term added them first: the files stay the same from build to build. */
function sortedKeys(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** A quick answer's result as the hit the search page and the header box show (no headings). */
export function quickHit(pages: QuickShard['pages'], [page, , excerpt]: QuickResult): SiteHit | undefined {
  const row = pages[page];
  if (!row) return undefined;
  const [url, title, type] = row;
  return { url, title, excerpt, sub: [], ...(type ? { type } : {}) };
}

/**
 * The term a quick answer is looked up by: what was typed; for pinyin of one reading that word
 * (huikuan → 回款), of several the pinyin as the table spells it (hui kuan → huikuan, hk).
 * Undefined for a term that has no quick answer of its own (a word still being typed).
 */
export function quickKeyOf(term: QueryTerm): string | undefined {
  if (term.completions?.length) return undefined;
  const first = term.words[0];
  if (!first) return undefined;
  if (first.via !== 'pinyin') return term.text;
  return term.words.every(({ weight }) => weight === first.weight) ? first.word : term.text.replace(/[\s'’]/g, '');
}

/** A combined quick answer: the hits, best first, and the count when a single term's is known. */
export interface QuickResultList {
  hits: SiteHit[];
  /** How many results the search page finds: known for a query of one term only. */
  total?: number;
}

/**
 * The header box's answer from quick answers, or undefined when a term has none (then Pagefind
 * answers). `lookup` gives a term's answer and its shard's pages (undefined when it has none).
 */
export function combineQuick(
  understood: UnderstoodQuery,
  lookup: (key: string) => { answer: QuickShard['answers'][string]; pages: QuickShard['pages'] } | undefined,
): QuickResultList | undefined {
  if (understood.terms.length === 0) return undefined;
  const scored = new Map<string, { hit: SiteHit; score: number; order: number }>();
  let total: number | undefined;
  for (const term of understood.terms) {
    const key = quickKeyOf(term);
    const found = key === undefined ? undefined : lookup(key);
    if (!found) return undefined;
    const [count, ...top] = found.answer;
    total = count;
    for (const result of top) {
      const hit = quickHit(found.pages, result);
      if (!hit) continue;
      const score = result[1];
      const seen = scored.get(hit.url);
      if (seen) seen.score += score;
      else scored.set(hit.url, { hit, score, order: scored.size });
    }
  }
  const hits = [...scored.values()]
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, QUICK_TOP)
    .map(({ hit }) => hit);
  return understood.terms.length === 1 ? { hits, total } : { hits };
}

/**
 * An excerpt (escaped text with <mark> only, as makeExcerpt writes it) cut to `chars` characters of
 * text, an open <mark> closed and an ellipsis added where it was cut.
 */
export function shortenExcerpt(html: string, chars: number): string {
  let out = '';
  let left = chars;
  let open = false;
  for (const [token] of html.matchAll(/<\/?mark>|&[a-z#0-9]+;|[\s\S]/g)) {
    if (token === '<mark>' || token === '</mark>') {
      open = token === '<mark>';
      out += token;
      continue;
    }
    if (left === 0) return `${out}${open ? '</mark>' : ''}${escapeHtml('…')}`;
    out += token;
    left--;
  }
  return out;
}
