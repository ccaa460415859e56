/**
 * Searching the portal's lunr indexes — the script finder's and the part-of-a-word page index, in
 * the browser, and the related suggestions' at build time — with lunr's own scoring, without lunr.
 *
 * The finder used to run `lunr.Index.prototype.query` over `lunr.Index.load` of the joined shards.
 * Most of its time went to per-match bookkeeping the finder never reads (match metadata objects,
 * "field/ref" strings built and parsed back, a merge over the whole field vector of every match),
 * and loading built lunr's posting objects and token set for every term. Here a query reads the
 * compact index as it arrives (src/lib/search/lunr-index.ts) and computes exactly what lunr computes
 * — same documents, order and floating-point scores (tests/content/finder-index.test.ts compares
 * them over the bundled scripts) — and lunr is needed only to build indexes, not to search them.
 */
import type lunr from 'lunr';
import type { CompactIndex } from './lunr-index';
import { Dictionary, hasCjk, queryTokens, tokenize } from './tokenize';

export interface Hit {
  ref: string;
  score: number;
}

/**
 * What a query reads of an index: its terms (sorted), each term's postings (doc × fields + field,
 * field by field, in the order lunr visits them) and each document field's vector.
 */
interface Source {
  fields: number;
  /** A term's position in the sorted terms, or undefined. */
  position(term: string): number | undefined;
  /** [term, ...postings] of a term the index holds. */
  row(term: string): (string | number)[];
  /** The terms starting with `prefix`, in the order lunr's token set lists them. */
  expand(prefix: string): string[];
  /** Flat [termIndex, score, …] of a document field (code = doc × fields + field), sorted by term index. */
  vector(code: number): number[];
  ref(doc: number): string;
}

/** A compact index ready to search: the compact data as is, and its terms by name. */
export interface LoadedIndex {
  compact: CompactIndex;
  positions: Map<string, number>;
  /** The terms' names in order, made on the first prefix search. */
  names?: string[];
}

/** Loads a compact index for searchIndex: only a map of its terms is built (no lunr objects). */
export function load(compact: CompactIndex): LoadedIndex {
  return { compact, positions: new Map(compact.terms.map((row, i) => [row[0] as string, i])) };
}

/**
 * Object.keys order of a token-set node's edges: single digits (array indices) first, ascending,
 * then the other characters in insertion order, which is sorted order since terms are inserted sorted.
 */
const edgeRank = (char: number) => (char >= 48 && char <= 57 ? char - 48 : 10 + char);

/**
 * The order in which lunr's TokenSet.toArray lists words: depth first from a stack, so a word before
 * the words it starts, and sibling edges from the last listed to the first.
 */
function tokenSetOrder(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return edgeRank(y) - edgeRank(x);
  }
  return a.length - b.length;
}

/** The terms of a sorted list starting with `prefix` (one run of it), in lunr's token-set order. */
function expandSorted(terms: string[], prefix: string): string[] {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (terms[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  const found: string[] = [];
  for (let i = lo; i < terms.length && terms[i]!.startsWith(prefix); i++) found.push(terms[i]!);
  return found.sort(tokenSetOrder);
}

function compactSource(index: LoadedIndex): Source {
  const { compact, positions } = index;
  const fields = compact.fields.length;
  const terms = compact.terms;
  return {
    fields,
    position: (term) => positions.get(term),
    row: (term) => terms[positions.get(term)!]!,
    expand: (prefix) => expandSorted((index.names ??= terms.map((row) => row[0] as string)), prefix),
    vector: (code) => compact.vectors[Math.floor(code / fields)]![code % fields]!,
    ref: (doc) => compact.refs[doc]!,
  };
}

/**
 * What lunr's `Index.prototype.query` reads of a lunr index (an index built in this process, e.g.
 * the related suggestions'). lunr's types do not declare these, but they are the index's own data.
 */
interface LunrInternals {
  fields: string[];
  invertedIndex: Record<string, Record<string, Record<string, object> | number>>;
  fieldVectors: Record<string, { elements: number[] }>;
}

const lunrSources = new WeakMap<lunr.Index, Source>();

/** A Source over a lunr index, read lazily: each term's postings and each vector on first use. */
function lunrSource(index: lunr.Index): Source {
  const found = lunrSources.get(index);
  if (found) return found;
  const { fields: names, invertedIndex, fieldVectors } = index as unknown as LunrInternals;
  const fields = names.length;
  const refs: string[] = [];
  const docs = new Map<string, number>();
  const rows = new Map<string, (string | number)[]>();
  const vectors: number[][] = [];
  let sorted: string[] | undefined;
  const source: Source = {
    fields,
    position: (term) => invertedIndex[term]?._index as number | undefined,
    row(term) {
      let row = rows.get(term);
      if (!row) {
        row = [term];
        const posting = invertedIndex[term]!;
        names.forEach((field, f) => {
          for (const ref of Object.keys(posting[field] as object)) {
            let doc = docs.get(ref);
            if (doc === undefined) {
              doc = refs.push(ref) - 1;
              docs.set(ref, doc);
            }
            row!.push(doc * fields + f);
          }
        });
        rows.set(term, row);
      }
      return row;
    },
    expand: (prefix) => expandSorted((sorted ??= Object.keys(invertedIndex).sort()), prefix),
    vector(code) {
      let vector = vectors[code];
      if (!vector) {
        vector = fieldVectors[`${names[code % fields]!}/${refs[Math.floor(code / fields)]!}`]?.elements ?? [];
        vectors[code] = vector;
      }
      return vector;
    },
    ref: (doc) => refs[doc]!,
  };
  lunrSources.set(index, source);
  return source;
}

interface Clause {
  term: string;
  boost: number;
  prefix: boolean;
}

/**
 * lunr's `Index.prototype.query` for optional clauses over all fields, with the same scores and
 * order, without its per-match bookkeeping (match metadata objects, field-ref strings parsed back,
 * a merge over the whole field vector per match): a document field's score is the dot product of
 * its vector with the query's (one per field, all equal here since every clause spans all fields)
 * divided by the query vector's length; a document's score is the sum of its fields' scores in the
 * order lunr first meets them; results are sorted by score, ties in that same order. The query
 * vector is short, so each of its terms is found in a field vector by binary search; the products
 * are summed in term order as lunr's merge sums them, so the floating-point results are identical.
 */
function runQuery(source: Source, clauses: Clause[]): Hit[] {
  // The query vector: [termIndex, boost] sorted by term index, boosts of a repeated term summed.
  const query: number[] = [];
  const upsert = (termIndex: number, boost: number) => {
    let lo = 0;
    let hi = query.length / 2;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (query[mid * 2]! < termIndex) lo = mid + 1;
      else hi = mid;
    }
    if (query[lo * 2] === termIndex) query[lo * 2 + 1]! += boost;
    else query.splice(lo * 2, 0, termIndex, boost);
  };
  const matching = new Set<number>();
  const seen = new Set<string>();
  for (const clause of clauses) {
    const expanded = clause.prefix ? source.expand(clause.term) : source.position(clause.term) === undefined ? [] : [clause.term];
    for (const term of expanded) {
      upsert(source.position(term)!, clause.boost);
      if (seen.has(term)) continue;
      seen.add(term);
      const row = source.row(term);
      for (let i = 1; i < row.length; i++) matching.add(row[i] as number);
    }
  }
  let sumOfSquares = 0;
  for (let i = 1; i < query.length; i += 2) sumOfSquares += query[i]! * query[i]!;
  const magnitude = Math.sqrt(sumOfSquares);
  const byDoc = new Map<number, Hit>();
  const results: Hit[] = [];
  for (const code of matching) {
    const vector = source.vector(code);
    let dot = 0;
    let from = 0;
    for (let q = 0; q < query.length; q += 2) {
      const termIndex = query[q]!;
      let lo = from;
      let hi = vector.length / 2;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (vector[mid * 2]! < termIndex) lo = mid + 1;
        else hi = mid;
      }
      if (vector[lo * 2] === termIndex) dot += query[q + 1]! * vector[lo * 2 + 1]!;
      from = lo;
    }
    const score = dot / magnitude || 0;
    const doc = Math.floor(code / source.fields);
    const hit = byDoc.get(doc);
    if (hit) hit.score += score;
    else {
      const added = { ref: source.ref(doc), score };
      byDoc.set(doc, added);
      results.push(added);
    }
  }
  return results.sort((a, b) => b.score - a.score);
}

/**
 * Search `index` (a loaded compact index, or a lunr index built in this process) for a free-text
 * query. Chinese tokens match exactly; Latin tokens (pinyin, CIF) also match as prefixes so "baoj"
 * finds 报价 while the rep is still typing; a lone Chinese character matches the bigrams it starts.
 */
export function searchIndex(index: LoadedIndex | lunr.Index, query: string, dictionary?: Dictionary, { bigrams = true } = {}): Hit[] {
  const tokens = bigrams ? queryTokens(query, dictionary) : tokenize(query.slice(0, 200), { dictionary, bigrams: false });
  if (tokens.length === 0) return [];
  const clauses: Clause[] = [];
  for (const token of tokens) {
    const cjk = hasCjk(token);
    // Longer tokens carry more meaning than single characters or bigram noise.
    const boost = cjk ? (token.length >= 2 ? token.length * 2 : 0.3) : 3;
    clauses.push({ term: token, boost, prefix: false });
    if ((!cjk && token.length >= 1) || (cjk && tokens.length === 1 && token.length === 1)) {
      clauses.push({ term: token, boost: boost / 2, prefix: true });
    }
  }
  return runQuery('positions' in index ? compactSource(index) : lunrSource(index), clauses);
}
