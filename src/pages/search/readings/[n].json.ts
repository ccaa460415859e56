/** dist/search/readings/<n>.json: the readings of the GB2312 hanzi of shard n (src/lib/search/readings.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readingShards } from '../../../lib/search/readings';

export const getStaticPaths: GetStaticPaths = () => readingShards().map((shard, n) => ({ params: { n: String(n) }, props: { shard } }));

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.shard));
