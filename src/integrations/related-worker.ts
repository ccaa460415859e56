/**
 * The build's child process for related suggestions (started by src/integrations/related.ts): reads
 * the content check's entries (JSON on stdin), rebuilds the collections as the pages read them
 * (folder collections in id order, one-file collections in file order; src/data/content.ts) and
 * writes to stdout, as JSON (RelatedOutput), every page's suggestions as `[key, suggestions]` pairs
 * and the search lexicon it built for them, with the base path its links are under — the pages'
 * search data is built from that same lexicon (src/data/search.ts), which they would otherwise
 * build again.
 */
import { text } from 'node:stream/consumers';
import { relatedSuggestions, searchLexicon } from '../data/search-docs';
import { basePath } from '../lib/urls';
import type { RelatedOutput } from '../data/related-worker-result';
import type { RelatedEntry } from './related';
import { contentOf } from './related-content';

const all = contentOf(JSON.parse(await text(process.stdin)) as RelatedEntry[]);
const search = searchLexicon(all);
const output: RelatedOutput = { related: [...relatedSuggestions(all, search.lexicon.words)], search, basePath };
process.stdout.write(JSON.stringify(output));
