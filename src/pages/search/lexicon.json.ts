/**
 * dist/search/lexicon.json: the whole lexicon — synonyms (colloquial words, glossary and role
 * aliases), words kept whole, single characters that are words, the content's Latin words, glossary
 * cards and the page count — for the script finder, which also lists the glossary terms holding a
 * word. Site search loads it cut by character (lexicon/<n>.json); pinyin keys are in pinyin/<letter>.json.
 */
import type { APIRoute } from 'astro';
import { searchData } from '../../data/search';

export const GET: APIRoute = async () => new Response(JSON.stringify((await searchData()).lexicon));
