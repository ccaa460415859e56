/** The fields of each prebuilt lunr index, shared by the build and the browser. */
import type { SearchBoxKey } from '../islands/strings';
import type { FieldSpec } from './lunr-index';

export const SCRIPT_FIELDS: FieldSpec[] = [
  { name: 'title', boost: 5 },
  { name: 'py', boost: 3, keys: true },
  { name: 'objection', boost: 3 },
  { name: 'tags', boost: 3 },
  { name: 'scenario', boost: 2 },
  // Dialogue is most of a script's text: whole words only, which halves the index at 1,000 scripts.
  { name: 'dialogue', bigrams: false },
];

export const GLOSSARY_FIELDS: FieldSpec[] = [
  { name: 'term', boost: 6 },
  { name: 'aliases', boost: 4 },
  { name: 'py', boost: 3, keys: true },
  { name: 'definition' },
];

export const PAGE_FIELDS: FieldSpec[] = [{ name: 'title', boost: 5 }, { name: 'summary', boost: 2 }, { name: 'text' }];

/**
 * Characters of page text in the fallback index (title and summary are always whole): the opening
 * of a page names its subject, and the limit bounds the file at 2,000 pages.
 */
export const PAGE_TEXT_LIMIT = 300;

export interface Lexicon {
  synonyms: [string, string][];
  terms: string[];
  /** Glossary term (lower-cased) → [section url, section title, short definition]. */
  bestBets: Record<string, [string, string, string]>;
  /** The header search box's UI strings: it loads this file anyway, so pages need not carry them. */
  strings: Record<SearchBoxKey, string>;
}
/** A page of the fallback index: [url, title, type, summary]. */
export type PageRow = [url: string, title: string, type: string, summary: string];
