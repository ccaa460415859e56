/**
 * "Related" suggestions computed at build time from a lunr index of sections, scripts and cases:
 * each document's title, summary and tags are searched as a query, and the best hits of each kind
 * (other than itself and what the author already linked) are suggested. Pure: plain data in,
 * plain data out.
 */
import { buildIndex, searchIndex } from './lunr-index';
import { Dictionary } from './tokenize';

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

const key = (kind: DocKind, id: string) => `${kind}:${id}`;

export function suggestRelated(docs: RelatedDoc[], { perKind = 3, terms = [] as string[] } = {}): Map<string, Related> {
  const dictionary = new Dictionary(terms);
  const index = buildIndex(
    docs.map((doc) => ({ ref: key(doc.kind, doc.id), title: doc.title, summary: doc.summary, tags: doc.tags.join(' '), text: doc.text.slice(0, 4000) })),
    [{ name: 'title', boost: 4 }, { name: 'summary', boost: 2 }, { name: 'tags', boost: 3 }, { name: 'text' }],
    dictionary,
  );
  const out = new Map<string, Related>();
  for (const doc of docs) {
    const self = key(doc.kind, doc.id);
    const related: Related = { section: [], script: [], case: [] };
    const hits = searchIndex(index, `${doc.title} ${doc.tags.join(' ')}`, dictionary);
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
