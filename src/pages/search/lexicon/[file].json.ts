/**
 * dist/search/lexicon/…: the lexicon cut by character for site search (src/lib/search/lexicon-shards.ts):
 * core.json (page count, shard count and the header box's UI strings — it loads this file anyway,
 * so pages need not carry them) and <n>.json, the entries whose keys start with a character of
 * shard n. The whole lexicon stays in ../lexicon.json for the script finder.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { searchData } from '../../../data/search';
import { uiStrings } from '../../../lib/i18n';
import { SEARCH_BOX_STRINGS } from '../../../lib/islands/strings';
import { splitLexicon, type BrowserCore } from '../../../lib/search/lexicon-shards';

export const getStaticPaths: GetStaticPaths = async () => {
  const { core, shards } = splitLexicon((await searchData()).lexicon);
  const browserCore: BrowserCore = { ...core, strings: uiStrings(SEARCH_BOX_STRINGS) };
  return [
    { params: { file: 'core' }, props: { body: browserCore } },
    ...shards.map((shard, n) => ({ params: { file: String(n) }, props: { body: shard } })),
  ];
};

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.body));
