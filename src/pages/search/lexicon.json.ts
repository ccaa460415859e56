/** dist/search/lexicon.json: synonyms (glossary and role aliases), terms kept whole, best bets, the header box's UI strings. */
import type { APIRoute } from 'astro';
import { searchData } from '../../data/search';
import type { Lexicon } from '../../lib/search/indexes';
import { uiStrings } from '../../lib/i18n';
import { SEARCH_BOX_STRINGS } from '../../lib/islands/strings';
import { urls } from '../../lib/urls';

export const GET: APIRoute = async () => {
  const { synonyms, terms, all } = await searchData();
  const bestBets: Lexicon['bestBets'] = {};
  for (const term of all.glossary) {
    const section = term.data.section && all.byId.sections.get(term.data.section.id);
    if (section) bestBets[term.id.toLowerCase()] = [urls.section(section.id), section.data.title, term.data.definition.slice(0, 60)];
  }
  const lexicon: Lexicon = { synonyms, terms, bestBets, strings: uiStrings(SEARCH_BOX_STRINGS) };
  return new Response(JSON.stringify(lexicon));
};
