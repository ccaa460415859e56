/**
 * Writes the header box's quick answers (src/lib/search/quick-answers.ts) after Pagefind has
 * indexed the site: Pagefind's own browser module (dist/pagefind/pagefind.js and its WebAssembly)
 * runs in Node over the files just written, and every term is searched by searchSite — the code
 * the search page runs, with the same lexicon and Pagefind ranking — so a term's quick answer is
 * the search page's first results for it.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { quickShards, quickTerms, QUICK_TOP, type TermAnswer } from '../lib/search/quick-answers';
import { PAGEFIND_RANKING } from '../lib/search/scope';
import { loadHits, searchSite, type Evidence, type PagefindApi } from '../lib/search/site-search';
import type { Lexicon } from '../lib/search/vocabulary';

interface PagefindModule extends PagefindApi {
  options(options: object): Promise<void>;
  init(): Promise<void>;
}

/**
 * Node's own import(): this module runs inside Astro's (Vite's) module runner, which would take
 * over a plain import() of a built file and is closed once the build is done.
 */
// eslint-disable-next-line @typescript-eslint/no-implied-eval -- the one way around the module runner
const nativeImport = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

/**
 * Pagefind's browser module, run in Node: its fetches of file: URLs read the files, and the page it
 * thinks it runs in says the language of the index (as <html lang> does in the browser — without it
 * Pagefind reads queries as an unknown language and ranks otherwise).
 */
async function pagefindInNode(dir: string, base: string): Promise<{ api: PagefindModule; done: () => void }> {
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
  const language = Object.keys(entry.languages)[0] ?? 'unknown';
  const scope = globalThis as { document?: unknown };
  const hadDocument = 'document' in scope;
  if (!hadDocument)
    scope.document = { currentScript: null, querySelector: (s: string) => (s === 'html' ? { getAttribute: () => language } : null) };
  const fetch = globalThis.fetch;
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.startsWith('file:')) return fetch(input, init);
    try {
      return new Response(await readFile(fileURLToPath(url.split('?')[0]!)));
    } catch {
      return new Response(null, { status: 404 });
    }
  };
  try {
    // A query string makes Node load this build's module, not one cached from an earlier build.
    const api = (await nativeImport(`${pathToFileURL(join(dir, 'pagefind.js')).href}?${Date.now()}`)) as PagefindModule;
    await api.options({ excerptLength: 12, ranking: PAGEFIND_RANKING, noWorker: true, baseUrl: base });
    await api.init();
    return {
      api,
      done: () => {
        globalThis.fetch = fetch;
        if (!hadDocument) delete scope.document;
      },
    };
  } catch (error) {
    globalThis.fetch = fetch;
    if (!hadDocument) delete scope.document;
    throw error;
  }
}

/**
 * Every term's answer, as the search page gives it for the term alone: its first results (those it
 * shows before refining, which stay put) and how many results it lists in the end.
 */
export async function answerTerms(api: PagefindApi, lexicon: Lexicon): Promise<Map<string, TermAnswer>> {
  const answers = new Map<string, TermAnswer>();
  const cache = new Map<string, Promise<Evidence>>();
  const cardText = () => Promise.resolve({});
  for (const term of quickTerms(lexicon)) {
    const result = await searchSite(api, term, { lexicon, cardText, cache });
    // A term read as something else (a word still being typed, pinyin) has no answer of its own.
    if (result.understood.terms.length !== 1 || result.understood.terms[0]!.text !== term) continue;
    const hits = await loadHits(result.results, 0, QUICK_TOP);
    const total = result.refine ? (await result.refine()).length : result.results.length;
    answers.set(term, { total, top: hits.map((hit, i) => ({ hit, score: result.results[i]!.score })) });
  }
  return answers;
}

/** Searches every term of the lexicon and writes /search/quick/<n>.json; returns how many terms. */
export async function writeQuickAnswers(site: string, base: string, lexicon: Lexicon): Promise<number> {
  const { api, done } = await pagefindInNode(join(site, 'pagefind'), base);
  let answers: Map<string, TermAnswer>;
  try {
    answers = await answerTerms(api, lexicon);
  } finally {
    done();
  }
  const dir = join(site, 'search', 'quick');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  quickShards(answers).forEach((shard, n) => writeFileSync(join(dir, `${n}.json`), JSON.stringify(shard)));
  return answers.size;
}
