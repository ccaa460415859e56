/** dist/search/pinyin/<letter>.json: pinyin keys (full and initials) starting with that letter → words. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { pinyinShards, searchData } from '../../../data/search';

export const getStaticPaths: GetStaticPaths = async () => {
  const shards = pinyinShards((await searchData()).pinyin);
  return Object.entries(shards).map(([letter, table]) => ({ params: { letter }, props: { table } }));
};

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.table));
