/** dist/search/glossary/<n>.json: the text of the glossary cards (definition, section title) of the terms in shard n. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { glossaryShards, searchData } from '../../../data/search';

export const getStaticPaths: GetStaticPaths = async () =>
  glossaryShards((await searchData()).cards).map((texts, n) => ({ params: { file: String(n) }, props: { texts } }));

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.texts));
