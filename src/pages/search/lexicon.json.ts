/**
 * dist/search/lexicon.json: what query understanding needs in the browser — synonyms (colloquial
 * words, glossary and role aliases), words kept whole, single characters that are words, the
 * content's Latin words, glossary cards and the page count — and the header box's UI strings (it
 * loads this file anyway, so pages need not carry them). Pinyin keys are in pinyin/<letter>.json.
 */
import type { APIRoute } from 'astro';
import { searchData } from '../../data/search';
import { uiStrings } from '../../lib/i18n';
import { SEARCH_BOX_STRINGS } from '../../lib/islands/strings';
import type { BrowserLexicon } from '../../lib/search/vocabulary';

export const GET: APIRoute = async () => {
  const lexicon: BrowserLexicon = { ...(await searchData()).lexicon, strings: uiStrings(SEARCH_BOX_STRINGS) };
  return new Response(JSON.stringify(lexicon));
};
