/** dist/search/scripts.json: the script finder's prebuilt lunr index (fields + title pinyin). */
import type { APIRoute } from 'astro';
import { scriptDocs } from '../../data/search';
import { SCRIPT_FIELDS } from '../../lib/search/indexes';
import { buildIndex, serialize } from '../../lib/search/lunr-index';
import { Dictionary } from '../../lib/search/tokenize';
import { searchData } from '../../data/search';

export const GET: APIRoute = async () => {
  const { terms } = await searchData();
  const index = buildIndex(await scriptDocs(), SCRIPT_FIELDS, new Dictionary(terms));
  return new Response(JSON.stringify(serialize(index)));
};
