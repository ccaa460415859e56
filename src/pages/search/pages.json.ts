/**
 * dist/search/pages.json: the fallback index of every content page (title, summary, text), cut
 * into words and CJK bigrams. Loaded only when Pagefind finds nothing.
 */
import type { APIRoute } from 'astro';
import { pageDocs, searchData } from '../../data/search';
import { PAGE_FIELDS, PAGE_TEXT_LIMIT } from '../../lib/search/indexes';
import { buildIndex, serialize } from '../../lib/search/lunr-index';
import { Dictionary } from '../../lib/search/tokenize';

export const GET: APIRoute = async () => {
  const { terms } = await searchData();
  const pages = await pageDocs();
  const index = buildIndex(
    pages.map((p, i) => ({ ref: String(i), title: p.title, summary: p.summary, text: p.text.slice(0, PAGE_TEXT_LIMIT) })),
    PAGE_FIELDS,
    new Dictionary(terms),
  );
  const docs = pages.map((p) => [p.url, p.title, p.type, p.summary.slice(0, 90)]);
  return new Response(JSON.stringify({ index: serialize(index), docs }));
};
