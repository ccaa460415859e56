/**
 * dist/search/sounds/<letter>.json: the vocabulary words by their other readings (报价 → baojie),
 * keys starting with that letter; read only to correct a typo (src/lib/search/typos.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { pinyinShards, searchData } from '../../../data/search';
import { soundalikes } from '../../../lib/search/readings';

export const getStaticPaths: GetStaticPaths = async () => {
  const shards = pinyinShards(soundalikes((await searchData()).lexicon.words));
  return Object.entries(shards).map(([letter, table]) => ({ params: { letter }, props: { table } }));
};

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.table));
