/**
 * dist/search/lexicon.json: what query understanding needs in the browser — synonyms (colloquial
 * words, glossary and role aliases), words kept whole, single characters that are words, the
 * content's Latin words, glossary cards and the page count. Pinyin keys are in pinyin/<letter>.json.
 */
import type { APIRoute } from 'astro';
import { searchData } from '../../data/search';

export const GET: APIRoute = async () => new Response(JSON.stringify((await searchData()).lexicon));
