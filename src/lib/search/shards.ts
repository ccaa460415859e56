/**
 * A lunr index cut by term into shards, so that a query fetches only the shards holding its own
 * tokens instead of the whole index (431 kB gzip for 1,000 scripts). A shard holds, for its terms,
 * the postings and each document's vector entries; lunr scores a document by the query's terms
 * only, so an index joined from the shards a query needs scores exactly as the whole index does.
 * A term's shard is fixed by its first character, so the prefix matches of a pinyin token (baoj →
 * baojia) are in the same shard as the token.
 */
import type { CompactIndex } from './lunr-index';

export interface ShardManifest {
  v: 2;
  fields: string[];
  refs: string[];
  shards: number;
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

/** Cuts a compact index into a manifest and `count` shards. */
export function splitIndex(index: CompactIndex, count: number): { manifest: ShardManifest; shards: Shard[] } {
  const shards: Shard[] = Array.from({ length: count }, () => ({ terms: [], vectors: {} }));
  const where = index.terms.map((row) => {
    const shard = shardOf(row[0] as string, count);
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
  return { manifest: { v: 2, fields: index.fields, refs: index.refs, shards: count, bytes }, shards };
}

/** The compact index made of some shards: enough to answer queries whose tokens they hold. */
export function joinShards(manifest: ShardManifest, shards: Shard[]): CompactIndex {
  const terms: (string | number)[][] = [];
  const vectors: number[][][] = manifest.refs.map(() => manifest.fields.map(() => []));
  const pairs: [number, number][][][] = manifest.refs.map(() => manifest.fields.map(() => []));
  for (const shard of shards) {
    const offset = terms.length;
    terms.push(...shard.terms);
    for (const [doc, fields] of Object.entries(shard.vectors)) {
      fields.forEach((vector, field) => {
        for (let i = 0; i < vector.length; i += 2) pairs[Number(doc)]![field]!.push([vector[i]! + offset, vector[i + 1]!]);
      });
    }
  }
  // lunr expects terms sorted (its token set is built from them) and vectors by term index.
  const order = terms.map((_, i) => i).sort((a, b) => ((terms[a]![0] as string) < (terms[b]![0] as string) ? -1 : 1));
  const position = new Map(order.map((old, i) => [old, i]));
  pairs.forEach((fields, doc) =>
    fields.forEach((list, field) => {
      vectors[doc]![field] = list
        .map(([term, score]): [number, number] => [position.get(term)!, score])
        .sort((a, b) => a[0] - b[0])
        .flat();
    }),
  );
  return { v: 1, fields: manifest.fields, refs: manifest.refs, terms: order.map((i) => terms[i]!), vectors };
}

/** The shards a list of query tokens needs. */
export function shardsFor(tokens: string[], count: number): number[] {
  return [...new Set(tokens.map((token) => shardOf(token, count)))].sort((a, b) => a - b);
}
