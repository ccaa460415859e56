/**
 * dist/search/pages/…: the part-of-a-word index of every content page (title, summary with
 * 常见问法, the opening of the text), cut into words and CJK bigrams, in term shards (<n>.json)
 * with a manifest, and the rows shown for its hits (rows-<n>.json). Used only when a short Chinese
 * query is held by no page as a word (户档 in 客户档案).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { searchIndexes } from '../../../data/search';
import { PAGE_ROWS_PER_FILE } from '../../../lib/search/indexes';

export const getStaticPaths: GetStaticPaths = async () => {
  const { pages, rows } = await searchIndexes();
  const chunks = Array.from({ length: Math.ceil(rows.length / PAGE_ROWS_PER_FILE) }, (_, n) =>
    rows.slice(n * PAGE_ROWS_PER_FILE, (n + 1) * PAGE_ROWS_PER_FILE),
  );
  return [
    { params: { file: 'manifest' }, props: { body: pages.manifest } },
    ...pages.shards.map((shard, n) => ({ params: { file: String(n) }, props: { body: shard } })),
    ...chunks.map((chunk, n) => ({ params: { file: `rows-${n}` }, props: { body: chunk } })),
  ];
};

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.body));
