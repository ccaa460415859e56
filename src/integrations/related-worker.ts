/**
 * The build's child process for related suggestions (started by src/integrations/related.ts): reads
 * the content check's entries (JSON on stdin), rebuilds the collections as the pages read them
 * (folder collections in id order, one-file collections in file order; src/data/content.ts) and
 * writes every page's suggestions to stdout as JSON `[key, suggestions]` pairs.
 */
import { text } from 'node:stream/consumers';
import { relatedSuggestions, searchLexicon } from '../data/search-docs';
import type { RelatedEntry } from './related';
import { contentOf } from './related-content';

const all = contentOf(JSON.parse(await text(process.stdin)) as RelatedEntry[]);
const { lexicon } = searchLexicon(all);
process.stdout.write(JSON.stringify([...relatedSuggestions(all, lexicon.words)]));
