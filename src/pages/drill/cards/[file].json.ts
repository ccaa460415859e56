/** dist/drill/cards/<file>.json: the HTML of a group of drill cards and its scripts' titles (src/lib/drill/card-files.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { drillCardFiles } from '../../../data/drill';

export const getStaticPaths: GetStaticPaths = async () =>
  [...(await drillCardFiles())].map(([file, data]) => ({ params: { file }, props: { data } }));

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.data));
