/**
 * The build's child process for related suggestions (started by src/integrations/related.ts): reads
 * the content check's entries (JSON on stdin), rebuilds the collections as the pages read them
 * (folder collections in id order, one-file collections in file order; src/data/content.ts) and
 * writes every page's suggestions to stdout as JSON `[key, suggestions]` pairs.
 */
import { text } from 'node:stream/consumers';
import { relatedSuggestions, searchLexicon, type SearchContent } from '../data/search-docs';
import { inIdOrder } from '../lib/order';
import type { RelatedEntry } from './related';

function contentOf(entries: RelatedEntry[]): SearchContent {
  const of = (collection: RelatedEntry['collection']) =>
    entries.filter((entry) => entry.collection === collection).map(({ id, data, body }) => ({ id, data, body }));
  const sections = inIdOrder(of('handbook'));
  // The shapes are the collections' own: the check parses every entry with the same schemas as Astro.
  return {
    sections,
    scripts: inIdOrder(of('scripts')),
    cases: inIdOrder(of('cases')),
    forms: inIdOrder(of('forms')),
    glossary: of('glossary'),
    roles: of('roles'),
    byId: { sections: new Map(sections.map((section) => [section.id, section])) },
  } as unknown as SearchContent;
}

const all = contentOf(JSON.parse(await text(process.stdin)) as RelatedEntry[]);
const { lexicon } = searchLexicon(all);
process.stdout.write(JSON.stringify([...relatedSuggestions(all, lexicon.words)]));
