/** The fields of each prebuilt lunr index, shared by the build and the browser. */
import type { FieldSpec } from './lunr-index';

export const SCRIPT_FIELDS: FieldSpec[] = [
  { name: 'title', boost: 5 },
  // 常见问法: written the way reps ask, so they match reps' queries best after the title.
  { name: 'questions', boost: 4 },
  { name: 'py', boost: 3, keys: true },
  { name: 'objection', boost: 3 },
  { name: 'tags', boost: 3 },
  { name: 'scenario', boost: 2 },
  // Dialogue is most of a script's text: whole words only, which halves the index at 1,000 scripts.
  { name: 'dialogue', bigrams: false },
];

export const PAGE_FIELDS: FieldSpec[] = [{ name: 'title', boost: 5 }, { name: 'summary', boost: 2 }, { name: 'text' }];

/**
 * Characters of page text in the fallback index (title and summary are always whole): the opening
 * of a page names its subject, and the limit bounds the file at 2,000 pages.
 */
export const PAGE_TEXT_LIMIT = 300;

/**
 * Target size (gzip bytes) of a chunk of Pagefind's word index after re-cutting it: a query fetches
 * one chunk per word, and every chunk adds a line to the metadata file every search loads.
 */
export const PAGEFIND_CHUNK_BYTES = 3000;

/** Shards of the script finder's index (a query fetches those of its tokens' first characters). */
export const SCRIPT_SHARDS = 64;
/**
 * Target size (gzip bytes) of a shard of the part-of-a-word page index, cut by whole term: the
 * number of shards grows with the index (46 for the bundled handbook, ~500 at 2,000 sections).
 * A query fetches one shard per token (2–4 for a short text); one term on every page is ~37 kB alone.
 */
export const PAGE_SHARD_BYTES = 5000;
/** Rows (url, title, type, summary) per file of the part-of-a-word index: its 10 results need up to 10 small files. */
export const PAGE_ROWS_PER_FILE = 25;

/**
 * A page of the part-of-a-word index: [url, title, type, summary], and the page's Pagefind id once
 * Pagefind has indexed the site (so its results and these are told apart without loading either).
 */
export type PageRow = [url: string, title: string, type: string, summary: string, page?: string];

/**
 * Words Pagefind lists on at least this many pages get their page count in the lexicon shards
 * (Lexicon.df): search asks for a query's rarest terms first, and a word not listed is rarer than this.
 */
export const PAGEFIND_DF_MIN = 5;
