/**
 * The build's child process for related suggestions (started by src/integrations/related.ts): reads
 * the content check's entries (JSON on stdin), rebuilds the collections as the pages read them
 * (folder collections in id order, one-file collections in file order; src/data/content.ts) and
 * writes to stdout, as a line of JSON (RelatedOutput), every page's suggestions as `[key, suggestions]`
 * pairs and the search lexicon it built for them, with the base path its links are under; then, on a
 * second line (IndexesOutput), the lunr indexes built from that lexicon (the script finder's and the
 * part-of-a-word index). The pages' search data is that (src/data/search.ts), which they would
 * otherwise build again while rendering.
 */
import { text } from 'node:stream/consumers';
import { relatedSuggestions, searchIndexesOf, searchLexicon } from '../data/search-docs';
import { basePath } from '../lib/urls';
import type { IndexesOutput, RelatedOutput } from '../data/related-worker-result';
import type { RelatedEntry } from './related';
import { contentOf } from './related-content';

const all = contentOf(JSON.parse(await text(process.stdin)) as RelatedEntry[]);
const search = searchLexicon(all);
// The suggestions first, on a line of their own: the sections wait for them; the indexes (only the
// search files wait for those) follow while the pages render.
const related: RelatedOutput = { related: [...relatedSuggestions(all, search.lexicon.words)], search, basePath };
process.stdout.write(`${JSON.stringify(related)}\n`);
const indexes: IndexesOutput = { indexes: searchIndexesOf(all, search), basePath };
process.stdout.write(`${JSON.stringify(indexes)}\n`);
