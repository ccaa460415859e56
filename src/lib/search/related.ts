/**
 * "Related" suggestions computed at build time from a lunr index of sections, scripts and cases:
 * each document's title, summary and tags are searched as a query, and the best hits of each kind
 * (other than itself and what the author already linked) are suggested. Pure: plain data in,
 * plain data out.
 */
import { buildIndex } from './lunr-index';
import { searchIndex } from './lunr-query';
import { Dictionary, tokenize } from './tokenize';

export type DocKind = 'section' | 'script' | 'case';

export interface RelatedDoc {
  id: string;
  kind: DocKind;
  title: string;
  summary: string;
  tags: string[];
  /** Body text (markup stripped or not; only words matter). */
  text: string;
}

export type Related = Record<DocKind, string[]>;

/** Characters of body text considered: the opening says what a page is about, and bounds the build time. */
const TEXT_LIMIT = 600;

/** Words of a document's title and tags used to find its relatives. */
const QUERY_WORDS = 5;

const key = (kind: DocKind, id: string) => `${kind}:${id}`;

export function suggestRelated(docs: RelatedDoc[], { perKind = 3, terms = [] as string[] } = {}): Map<string, Related> {
  const dictionary = new Dictionary(terms);
  const index = buildIndex(
    docs.map((doc) => ({
      ref: key(doc.kind, doc.id),
      title: doc.title,
      summary: doc.summary,
      tags: doc.tags.join(' '),
      text: doc.text.slice(0, TEXT_LIMIT),
    })),
    [{ name: 'title', boost: 4 }, { name: 'summary', boost: 2 }, { name: 'tags', boost: 3 }, { name: 'text' }],
    dictionary,
    // Whole words and glossary terms only: bigrams add little to relatedness and triple the work.
    { bigrams: false },
  );
  // Document frequency of each word, to query with a document's most telling words only: a word in
  // a fifth of the corpus (客户) relates everything to everything and makes the build quadratic.
  const df = new Map<string, number>();
  for (const doc of docs) {
    for (const token of tokenize(`${doc.title} ${doc.summary} ${doc.tags.join(' ')} ${doc.text.slice(0, TEXT_LIMIT)}`, {
      dictionary,
      bigrams: false,
    })) {
      df.set(token, (df.get(token) ?? 0) + 1);
    }
  }
  const common = Math.max(3, docs.length * 0.2);
  const out = new Map<string, Related>();
  for (const doc of docs) {
    const self = key(doc.kind, doc.id);
    const related: Related = { section: [], script: [], case: [] };
    const words = tokenize(`${doc.title} ${doc.tags.join(' ')}`, { dictionary, bigrams: false }).sort(
      (a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0),
    );
    const telling = words.filter((word) => (df.get(word) ?? 0) <= common).slice(0, QUERY_WORDS);
    const hits = searchIndex(index, (telling.length ? telling : words.slice(0, 2)).join(' '), dictionary, { bigrams: false });
    for (const hit of hits) {
      if (hit.ref === self) continue;
      const split = hit.ref.indexOf(':');
      const kind = hit.ref.slice(0, split) as DocKind;
      const list = related[kind];
      if (list.length < perKind) list.push(hit.ref.slice(split + 1));
    }
    out.set(self, related);
  }
  return out;
}

/** Suggestions for one document, keyed as in `suggestRelated`. */
export function relatedOf(map: Map<string, Related>, kind: DocKind, id: string): Related {
  return map.get(key(kind, id)) ?? { section: [], script: [], case: [] };
}
