/** dist/search/glossary.json: lunr index of glossary terms, aliases, definitions and pinyin. */
import type { APIRoute } from 'astro';
import { glossaryDocs, searchData } from '../../data/search';
import { GLOSSARY_FIELDS } from '../../lib/search/indexes';
import { buildIndex, serialize } from '../../lib/search/lunr-index';
import { Dictionary } from '../../lib/search/tokenize';

export const GET: APIRoute = async () => {
  const { terms } = await searchData();
  const docs = await glossaryDocs();
  const index = buildIndex(docs, GLOSSARY_FIELDS, new Dictionary(terms));
  // Definitions ride along (shortened) so the finder can show a term without another fetch.
  const definitions = Object.fromEntries(docs.map((d) => [d.ref, d.definition.slice(0, 80)]));
  return new Response(JSON.stringify({ index: serialize(index), definitions }));
};
