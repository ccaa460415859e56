/**
 * dist/search/scripts/manifest.json and <n>.json: the script finder's lunr index (fields, 常见问法,
 * title pinyin) cut by term into shards; a query fetches the manifest and its tokens' shards.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { searchIndexes } from '../../../data/search';

export const getStaticPaths: GetStaticPaths = async () => {
  const { scripts } = await searchIndexes();
  return [
    { params: { file: 'manifest' }, props: { body: scripts.manifest } },
    ...scripts.shards.map((shard, n) => ({ params: { file: String(n) }, props: { body: shard } })),
  ];
};

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.body));
