/**
 * Fielded lunr indexes over plain documents, built with the shared tokenizer. lunr's default
 * pipeline (English trimmer, stop words, stemmer) would mangle Chinese and trade terms, so it is
 * removed on both sides. Built here at build time (or in a test); searched by lunr-query.ts, which
 * reads the compact form below without lunr.
 */
import lunr from 'lunr';
import { Dictionary, tokenize } from './tokenize';

export interface FieldSpec {
  name: string;
  boost?: number;
  /** Pinyin or other pre-cut keys: split on spaces only. */
  keys?: boolean;
  /** Index CJK bigrams of this field (default: the index's setting). Off for long text to bound size. */
  bigrams?: boolean;
}

/** Build a lunr index of `docs` (each with a `ref` and the fields' text). */
export function buildIndex(
  docs: Record<string, string>[],
  fields: FieldSpec[],
  dictionary?: Dictionary,
  { bigrams = true } = {},
): lunr.Index {
  return lunr(function () {
    this.pipeline.reset();
    this.searchPipeline.reset();
    this.ref('ref');
    for (const field of fields) {
      this.field(field.name, {
        boost: field.boost ?? 1,
        extractor: (doc: object) => {
          const value = (doc as Record<string, string>)[field.name] ?? '';
          const tokens = field.keys
            ? value.split(/\s+/).filter(Boolean)
            : tokenize(value, { dictionary, bigrams: field.bigrams ?? bigrams });
          // Hand lunr its tokens pre-cut; a joined string would be re-split on whitespace only.
          return tokens;
        },
      });
    }
    this.tokenizer = ((value: unknown) => {
      const list = Array.isArray(value) ? (value as string[]) : tokenize(typeof value === 'string' ? value : '', { dictionary, bigrams });
      return list.map((token) => new lunr.Token(token, {}));
    }) as unknown as typeof lunr.tokenizer;
    for (const doc of docs) this.add(doc);
  });
}

/**
 * lunr's own serialisation lists every field for every term (`"title":{}` even when empty), which
 * makes it 6× larger than its content. The compact form keeps the same data: refs once, each
 * term's postings as numbers (doc × fields + field), vectors in ref order.
 */
export interface CompactIndex {
  v: 1;
  fields: string[];
  refs: string[];
  /** [term, ...postings]; a posting is docIndex * fields.length + fieldIndex. */
  terms: (string | number)[][];
  /** Per ref, per field: the field vector's flat [termIndex, score, …]. */
  vectors: number[][][];
}

interface LunrJson {
  version: string;
  fields: string[];
  fieldVectors: [string, number[]][];
  invertedIndex: [string, Record<string, Record<string, object> | number>][];
  pipeline: string[];
}

/** Serialised index, ready for JSON.stringify. */
export function serialize(index: lunr.Index): CompactIndex {
  const json = index.toJSON() as unknown as LunrJson;
  const fields = json.fields;
  // lunr sorts terms on output but keeps their build-time `_index` in vectors; renumber both to the
  // sorted position so `_index` need not be stored.
  const position = new Map<number, number>();
  json.invertedIndex.forEach(([, posting], i) => position.set(posting._index as number, i));
  const renumber = (vector: number[]): number[] => {
    const pairs: [number, number][] = [];
    for (let i = 0; i < vector.length; i += 2) pairs.push([position.get(vector[i]!)!, Math.round(vector[i + 1]! * 1000) / 1000]);
    return pairs.sort((a, b) => a[0] - b[0]).flat();
  };
  const refs: string[] = [];
  const refIndex = new Map<string, number>();
  const vectors: number[][][] = [];
  for (const [key, vector] of json.fieldVectors) {
    const slash = key.indexOf('/');
    const field = key.slice(0, slash);
    const ref = key.slice(slash + 1);
    if (!refIndex.has(ref)) {
      refIndex.set(ref, refs.length);
      refs.push(ref);
      vectors.push(fields.map(() => []));
    }
    vectors[refIndex.get(ref)!]![fields.indexOf(field)] = renumber(vector);
  }
  const terms = json.invertedIndex.map(([term, posting]) => {
    const row: (string | number)[] = [term];
    fields.forEach((field, f) => {
      for (const ref of Object.keys(posting[field] as object)) row.push(refIndex.get(ref)! * fields.length + f);
    });
    return row;
  });
  return { v: 1, fields, refs, terms, vectors };
}

/**
 * lunr's own index of a compact index, as `lunr.Index.load` reads it: what lunr's `Index.query`
 * searches (the tests compare searchIndex with it).
 */
export function toLunr(compact: CompactIndex): lunr.Index {
  const { fields, refs } = compact;
  const json: LunrJson = {
    version: lunr.version,
    fields,
    pipeline: [],
    fieldVectors: refs.flatMap((ref, r) => fields.map((field, f): [string, number[]] => [`${field}/${ref}`, compact.vectors[r]![f]!])),
    invertedIndex: compact.terms.map(([term, ...postings], i) => {
      const posting: Record<string, Record<string, object> | number> = { _index: i };
      for (const field of fields) posting[field] = {};
      for (const code of postings as number[])
        (posting[fields[code % fields.length]!] as Record<string, object>)[refs[Math.floor(code / fields.length)]!] = {};
      return [term as string, posting];
    }),
  };
  return lunr.Index.load(json);
}
