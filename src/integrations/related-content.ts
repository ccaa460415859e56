/**
 * The collections as the pages read them (folder collections in id order, one-file collections in
 * file order; src/data/content.ts), rebuilt from the content check's parsed entries — for the related
 * suggestions' child process (related-worker.ts) and the tests that build search data as it does.
 */
import type { SearchContent } from '../data/search-docs';
import { inIdOrder } from '../lib/order';
import type { RelatedEntry } from './related';

export function contentOf(entries: readonly RelatedEntry[]): SearchContent {
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
