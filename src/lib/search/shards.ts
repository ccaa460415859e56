/**
 * A lunr index cut by term into shards, so that a query fetches only the shards holding its own
 * tokens instead of the whole index (431 kB gzip for 1,000 scripts). A shard holds, for its terms,
 * the postings and each document's vector entries; lunr scores a document by the query's terms
 * only, so an index joined from the shards a query needs scores exactly as the whole index does.
 * Two ways to cut: by a term's first character, so that the prefix matches of a pinyin token (baoj
 * → baojia) are in the same shard as the token (the script finder), or by the whole term, spread
 * evenly, for an index searched by exact tokens only (the part-of-a-word index: a common first
 * character such as 客 would otherwise put hundreds of bigrams in one shard).
 */
import type { CompactIndex } from './lunr-index';

/** How terms are given to shards: by first character, or by the whole term. */
export type ShardCut = 'first' | 'term';

export interface ShardManifest {
  v: 2;
  fields: string[];
  /** Document refs, or their count when they are just "0", "1", … (3,000 pages: 7 kB gzip saved). */
  refs: string[] | number;
  shards: number;
  cut: ShardCut;
  /** Size of all shards as JSON, in bytes: small indexes are worth fetching whole for offline use. */
  bytes: number;
}

export interface Shard {
  /** [term, ...postings] as in CompactIndex. */
  terms: (string | number)[][];
  /** Per document (index into refs, as a string key), per field: flat [local term index, score, …]. */
  vectors: Record<string, number[][]>;
}

/** Files the glossary cards' text is cut into (by the term's first character). */
export const GLOSSARY_SHARDS = 16;

/** The shard of a term: by its first character. */
export function shardOf(term: string, shards: number): number {
  return (term.codePointAt(0) ?? 0) % shards;
}

/** The shard of a term by the whole term (FNV-1a over its UTF-16 code units). */
export function termShardOf(term: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) hash = Math.imul(hash ^ term.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % shards;
}

const shardFor = (cut: ShardCut) => (cut === 'term' ? termShardOf : shardOf);

/** The refs of a manifest's documents. */
export function refsOf(manifest: Pick<ShardManifest, 'refs'>): string[] {
  return typeof manifest.refs === 'number' ? Array.from({ length: manifest.refs }, (_, i) => String(i)) : manifest.refs;
}

/** Cuts a compact index into a manifest and `count` shards. */
export function splitIndex(index: CompactIndex, count: number, cut: ShardCut = 'first'): { manifest: ShardManifest; shards: Shard[] } {
  const shards: Shard[] = Array.from({ length: count }, () => ({ terms: [], vectors: {} }));
  const place = shardFor(cut);
  const where = index.terms.map((row) => {
    const shard = place(row[0] as string, count);
    const local = shards[shard]!.terms.push(row) - 1;
    return { shard, local };
  });
  index.vectors.forEach((fields, doc) => {
    fields.forEach((vector, field) => {
      for (let i = 0; i < vector.length; i += 2) {
        const { shard, local } = where[vector[i]!]!;
        const entry = (shards[shard]!.vectors[doc] ??= index.fields.map(() => []));
        entry[field]!.push(local, vector[i + 1]!);
      }
    });
  });
  const bytes = shards.reduce((sum, shard) => sum + JSON.stringify(shard).length, 0);
  const numbered = index.refs.every((ref, i) => ref === String(i));
  return { manifest: { v: 2, fields: index.fields, refs: numbered ? index.refs.length : index.refs, shards: count, cut, bytes }, shards };
}

/**
 * The compact index made of some shards: enough to answer queries whose tokens they hold. Terms are
 * sorted (lunr's order, and the one searchIndex's prefix matches read); each document field's vector
 * lists [term position, score] by position, built by bucketing every vector entry by its term's
 * position and reading the buckets in order (no per-vector sort: the finder joins what it has
 * loaded each time a query brings new shards).
 */
export function joinShards(manifest: ShardManifest, shards: Shard[]): CompactIndex {
  const refs = refsOf(manifest);
  const fields = manifest.fields.length;
  const terms: (string | number)[][] = [];
  const offsets: number[] = [];
  for (const shard of shards) {
    offsets.push(terms.length);
    for (const row of shard.terms) terms.push(row);
  }
  const order = terms.map((_, i) => i).sort((a, b) => ((terms[a]![0] as string) < (terms[b]![0] as string) ? -1 : 1));
  const position = new Int32Array(terms.length);
  order.forEach((old, i) => (position[old] = i));
  // Count the entries of each term position, then place (document field, score) in position order.
  const start = new Int32Array(terms.length + 1);
  shards.forEach((shard, s) => {
    for (const vectors of Object.values(shard.vectors)) {
      for (const vector of vectors) for (let i = 0; i < vector.length; i += 2) start[position[vector[i]! + offsets[s]!]! + 1]!++;
    }
  });
  for (let p = 0; p < terms.length; p++) start[p + 1]! += start[p]!;
  const codes = new Int32Array(start[terms.length]!);
  const scores = new Float64Array(start[terms.length]!);
  const next = start.slice(0, terms.length);
  shards.forEach((shard, s) => {
    for (const [doc, vectors] of Object.entries(shard.vectors)) {
      vectors.forEach((vector, field) => {
        for (let i = 0; i < vector.length; i += 2) {
          const at = next[position[vector[i]! + offsets[s]!]!]!++;
          codes[at] = Number(doc) * fields + field;
          scores[at] = vector[i + 1]!;
        }
      });
    }
  });
  const vectors: number[][][] = refs.map(() => Array.from({ length: fields }, (): number[] => []));
  for (let p = 0; p < terms.length; p++) {
    for (let at = start[p]!; at < start[p + 1]!; at++) {
      vectors[Math.floor(codes[at]! / fields)]![codes[at]! % fields]!.push(p, scores[at]!);
    }
  }
  return { v: 1, fields: manifest.fields, refs, terms: order.map((i) => terms[i]!), vectors };
}

/** The shards a list of query tokens needs. */
export function shardsFor(tokens: string[], manifest: Pick<ShardManifest, 'shards' | 'cut'>): number[] {
  const place = shardFor(manifest.cut);
  return [...new Set(tokens.map((token) => place(token, manifest.shards)))].sort((a, b) => a - b);
}
