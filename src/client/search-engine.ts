/**
 * Browser side of site search: loads Pagefind (from /pagefind/, never bundled) and the lexicon's
 * core, then the lexicon shards, pinyin keys and the part-of-a-word index a query needs. Ranking is
 * src/lib/search/site-search.ts, the same code the search-quality test exercises.
 */
import { highlight } from '../lib/search/excerpt';
import type { PageRow } from '../lib/search/indexes';
import { quickHit, quickKeyOf } from '../lib/search/quick-answers';
import { cleanQuery, foldQuery, understandQuery, type UnderstoodQuery } from '../lib/search/query';
import {
  cardsFromCounts,
  rankedAlike,
  searchSite,
  type Evidence,
  type PagefindApi,
  type RankedResult,
  type SiteHit,
  type SiteSearchResult,
  type TermCard,
} from '../lib/search/site-search';
import { urls } from '../lib/urls';
import { PAGE_ROWS_PER_FILE } from '../lib/search/indexes';
import { refsOf } from '../lib/search/shards';
import { inflatingFetch } from '../lib/search/pagefind-gunzip';
import { PAGEFIND_FILES_ATTRIBUTE, pagefindStartFiles, readPagefindFiles, type PagefindEntry } from '../lib/search/pagefind-files';
import { PAGE_TYPE_LABELS, PAGEFIND_RANKING, type PageType } from '../lib/search/scope';
import { Dictionary } from '../lib/search/tokenize';
import { chooseCorrection, correctionFor, mayKeepTyped } from '../lib/search/typos';
import { loadCardText, loadLexiconCore, loadLexiconFor, loadPinyin, loadReadings, loadSounds, ShardedIndex } from './search-data';
import { once } from '../lib/once';
import { quickLookup } from './search-quick';

let pagefind: Promise<PagefindApi> | undefined;
/** Whether fetch already inflates Pagefind's files (installed once, also when a failed load is tried again). */
let inflating = false;
/** Pagefind's answers per word, reused while the rep types (as-you-type repeats most words). */
const evidence = new Map<string, Promise<Evidence>>();
const pages = new ShardedIndex('pages');
const rows = new Map<number, Promise<PageRow[]>>();

const PAGEFIND_URL = urls.pagefind();
/** Pages the part-of-a-word index lists for a text, before Pagefind's results for its characters. */
const PART_RESULTS = 10;
const RANKING = (globalThis as { __searchRanking?: object }).__searchRanking ?? PAGEFIND_RANKING;

/** Pagefind's module as loaded from /pagefind/pagefind.js: its search API and start-up calls. */
interface PagefindModule extends PagefindApi {
  options(options: object): Promise<void>;
  init(): Promise<void>;
}

/** Asks the browser to fetch a file Pagefind will ask for: its own fetch() is then answered at once. */
function hint(href: string): void {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = href;
  document.head.append(link);
}

/**
 * Pagefind's metadata and WebAssembly are fetched while its code loads, not after it has run and
 * read its entry file. The search page names them (the build wrote their names on it: see
 * src/lib/search/pagefind-files.ts); elsewhere the entry, which names them, is read here at once.
 */
async function hintPagefindFiles(base: string, entry: string): Promise<void> {
  const named = readPagefindFiles(document.querySelector(`[${PAGEFIND_FILES_ATTRIBUTE}]`)?.getAttribute(PAGEFIND_FILES_ATTRIBUTE));
  if (named.length === 0) {
    const response = await fetch(entry);
    if (!response.ok) return;
    named.push(...pagefindStartFiles((await response.json()) as PagefindEntry, document.documentElement.lang));
  }
  for (const name of named) hint(`${base}${name}`);
}

/**
 * Resolves once Pagefind's index is ready to search. Pagefind itself looks every 50 ms whether it
 * is (a search sent before then waits up to 50 ms too long); five looks started 10 ms apart see it
 * within 10 ms. Each look sets the same ranking again, which is all it does.
 */
function ready(api: PagefindModule): Promise<void> {
  return new Promise((resolve, reject) => {
    let looks = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const look = () => {
      if (++looks < 5) timer = setTimeout(look, 10);
      api.options({ ranking: RANKING }).then(() => {
        clearTimeout(timer);
        resolve();
      }, reject);
    };
    look();
  });
}

/**
 * Pagefind's index and filter files that failed to load (offline before they were cached, a server
 * error). Pagefind searches without such a file, as if its words were on no page: a search during
 * which one failed is unavailable, not a search that found nothing.
 */
let unloaded = 0;
let counting = false;

function countUnloaded(base: string): void {
  if (counting) return;
  counting = true;
  const original = globalThis.fetch.bind(globalThis);
  const at = new URL(base, location.href).pathname;
  const chunk = (input: RequestInfo | URL) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, location.href);
    return url.pathname.startsWith(at) && /\/(?:index|filter)\/[^/]+\.pf_(?:index|filter)$/.test(url.pathname);
  };
  globalThis.fetch = async (input, init) => {
    try {
      const response = await original(input, init);
      if (!response.ok && chunk(input)) unloaded++;
      return response;
    } catch (error) {
      if (chunk(input)) unloaded++;
      throw error;
    }
  };
}

/** Pagefind's search, failing when one of the index files it needed did not load. */
const searchPagefind: PagefindApi['search'] = async (text, options) => {
  const api = await loadPagefind();
  const before = unloaded;
  const found = await api.search(text, options);
  if (unloaded !== before) throw new Error('Pagefind: an index file did not load');
  return found;
};

function loadPagefind(): Promise<PagefindApi> {
  if (!pagefind) {
    const base = PAGEFIND_URL.slice(0, PAGEFIND_URL.lastIndexOf('/') + 1);
    // Pagefind's entry file, fresh for this visit as Pagefind fetches it by default, but under a
    // name known here: fetched alongside Pagefind's code, as are the files it names when the page
    // names them too (the search page); elsewhere a copy of it names the files to fetch next.
    const tag = String(Date.now());
    // Pagefind's files reach it inflated by the browser's native gzip: it then skips its own
    // inflate in JavaScript (src/lib/search/pagefind-gunzip.ts).
    countUnloaded(base);
    if (!inflating && typeof DecompressionStream !== 'undefined') {
      inflating = true;
      globalThis.fetch = inflatingFetch(globalThis.fetch.bind(globalThis), base);
    }
    hint(`${base}pagefind-entry.json?ts=${tag}`);
    const hinted = hintPagefindFiles(base, `${base}pagefind-entry.json?ts=${tag}-early`).catch(() => undefined);
    pagefind = (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<PagefindModule>).then(async (api) => {
      // No Web Worker: each query runs
      // several small searches, and the worker would be one more file to fetch (and to allow in CSP).
      await api.options({ excerptLength: 12, ranking: RANKING, noWorker: true, metaCacheTag: tag });
      // Pagefind starts once its files are hinted: asked for before, they would be fetched twice.
      await hinted;
      await api.init();
      await ready(api);
      performance.mark('search:pagefind-ready');
      return api;
    });
    // A failed load (offline, a server error) is tried again on the next search.
    pagefind.catch(() => (pagefind = undefined));
  }
  return pagefind;
}

/** Warm up: start loading Pagefind and the lexicon's core (e.g. when the box gets focus). */
export function preload(): void {
  void loadPagefind();
  void loadLexiconCore();
}

function loadRows(file: number): Promise<PageRow[]> {
  return once(rows, file, () =>
    fetch(urls.searchShard('pages', `rows-${file}`)).then((r) => {
      if (!r.ok) throw new Error(`${r.url}: ${r.status}`);
      return r.json() as Promise<PageRow[]>;
    }),
  );
}

let byPagefindId: Promise<Map<string, PageRow>> | undefined;
/** Every page's row (title, kind, summary) by its Pagefind id, from all the part-of-a-word rows. */
function rowsByPagefindId(): Promise<Map<string, PageRow>> {
  byPagefindId ??= pages.prepare().then(async (manifest) => {
    const files = Math.ceil(refsOf(manifest).length / PAGE_ROWS_PER_FILE);
    const all = await Promise.all(Array.from({ length: files }, (_, file) => loadRows(file)));
    return new Map(all.flat().flatMap((row) => (row[4] ? [[row[4], row] as const] : [])));
  });
  byPagefindId.catch(() => (byPagefindId = undefined));
  return byPagefindId;
}

/**
 * A result shown from its page's row when Pagefind's fragment for it does not load: offline, the
 * service worker holds Pagefind's index (the ranking works) and every row, but only the fragments
 * of results already shown. Its title, badge and summary (as the excerpt) are shown instead of
 * failing the whole list; a result with no row still fails.
 */
function withRowFallback(result: RankedResult, words: string[]): RankedResult {
  return {
    ...result,
    load: () =>
      result.load().catch(async (error: unknown) => {
        const row = (await rowsByPagefindId().catch(() => undefined))?.get(result.key);
        if (!row) throw error;
        return rowHit(row, words);
      }),
  };
}

/** A result as a page's row shows it: title, badge, and its summary as the excerpt, `words` marked. */
function rowHit(row: PageRow, words: string[]): SiteHit {
  return { url: row[0], title: row[1], type: PAGE_TYPE_LABELS[row[2] as PageType] ?? row[2], excerpt: highlight(row[3], words), sub: [] };
}

/**
 * Pages holding a short Chinese text anywhere (also mid-word), from the bigram index: the numbers of
 * the best PART_RESULTS rows.
 */
async function partOfWord(text: string, dictionary: Dictionary): Promise<number[]> {
  const [hits] = await pages.search([text], dictionary);
  return (hits ?? []).slice(0, PART_RESULTS).map((hit) => Number(hit.ref));
}

/** Those pages ready to show, keyed by Pagefind id so that Pagefind's results for them are left out. */
async function partResults(top: number[], text: string): Promise<RankedResult[]> {
  const files = [...new Set(top.map((n) => Math.floor(n / PAGE_ROWS_PER_FILE)))];
  const loaded = new Map(await Promise.all(files.map(async (file) => [file, await loadRows(file)] as const)));
  return top.flatMap((n): RankedResult[] => {
    const row = loaded.get(Math.floor(n / PAGE_ROWS_PER_FILE))?.[n % PAGE_ROWS_PER_FILE];
    if (!row) return [];
    const hit = rowHit(row, [text]);
    return [{ key: row[4] ?? row[0], score: 0, load: () => Promise.resolve(hit) }];
  });
}

/**
 * How long a search may take before the page says search is unavailable. Pagefind never answers
 * when its WebAssembly failed to load (blocked, or offline before it was cached): without a limit
 * the page would say 「正在搜索…」 forever.
 */
const ENGINE_TIMEOUT_MS = 15_000;

export interface SearchOptions {
  /** Search exactly as typed, with no correction (the rep followed 「仍然搜索“回宽”」). */
  typed?: boolean;
}

export function search(query: string, filters: Record<string, string> = {}, options: SearchOptions = {}): Promise<SiteSearchResult> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('search engine did not answer')), ENGINE_TIMEOUT_MS);
  });
  const run = options.typed ? runSearch(query, filters) : searchCorrecting(query, filters);
  return Promise.race([run, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The query the rep most likely meant, when a run of it is not the vocabulary's words (回宽 → 回款):
 * the readings of its characters and the pinyin keys they may make are fetched only then. Undefined
 * when nothing reads better, and when those files do not load (the typed query is searched anyway).
 */
function correctionOf(query: string): Promise<string | undefined> {
  // Once per query: the header box asks before choosing its answer, and again through search() when
  // Pagefind answers.
  return once(corrections, query, async () => {
    const { lexicon } = await loadLexiconFor(query);
    return correctionFor(query, lexicon, {
      readings: loadReadings,
      pinyin: async (letters) => (await loadPinyin(letters)) ?? {},
      others: loadSounds,
    });
  });
}
const corrections = new Map<string, Promise<string | undefined>>();

/**
 * The correction whose results will be shown instead of the typed query's (回宽 → 回款: the typed
 * query holds no word of the vocabulary, see mayKeepTyped); undefined otherwise.
 */
export async function replacingCorrection(query: string): Promise<string | undefined> {
  const corrected = await correctionOf(query);
  if (!corrected) return undefined;
  const { lexicon, pinyin } = await loadLexiconFor(query);
  return mayKeepTyped(understandQuery(query, lexicon, pinyin)) ? undefined : corrected;
}

/** The typed query and its correction searched side by side; which results are shown is chooseCorrection's. */
async function searchCorrecting(query: string, filters: Record<string, string>): Promise<SiteSearchResult> {
  const correction = correctionOf(query).catch(() => undefined);
  const typed = runSearch(query, filters, correction);
  const corrected = await correction;
  if (!corrected) return typed;
  const [asTyped, asCorrected] = await Promise.allSettled([typed, runSearch(corrected, filters)]);
  if (asTyped.status === 'fulfilled')
    return asCorrected.status === 'fulfilled' ? chooseCorrection(asTyped.value, asCorrected.value) : asTyped.value;
  // Offline, a text of lone characters (回宽) is looked up in the part-of-a-word index, whose files
  // are fetched as needed: the corrected query's results, if any, rather than none.
  if (asCorrected.status === 'fulfilled' && asCorrected.value.results.length > 0)
    return { ...asCorrected.value, correction: { typed: cleanQuery(query), corrected: asCorrected.value.query, shown: true } };
  throw asTyped.reason;
}

/**
 * `corrected`: the query's correction, if any. When there is one and the query's own results will
 * not be kept (回宽: no word of the vocabulary, see mayKeepTyped), the part-of-a-word index is not
 * asked for results nobody sees.
 */
async function runSearch(
  query: string,
  filters: Record<string, string>,
  corrected?: Promise<string | undefined>,
): Promise<SiteSearchResult> {
  void loadPagefind().catch(() => undefined);
  const { lexicon, pinyin } = await loadLexiconFor(query).finally(() => performance.mark('search:lexicon'));
  // Pagefind is waited for by the searches that need it: a text looked up only in the part-of-a-word
  // index (户档) is answered before Pagefind is ready.
  const api: PagefindApi = { search: searchPagefind };
  const result = await searchSite(api, query, {
    lexicon,
    pinyin,
    filters,
    cache: evidence,
    cardText: loadCardText,
    // The part-of-a-word index knows no filters: it is asked only for an unfiltered search.
    // Its tokens are cut with the vocabulary words the query holds: the ones its lexicon shards have.
    fallback: Object.keys(filters).length
      ? undefined
      : async (text) => {
          // The index is searched while the correction is worked out (户档: its characters' readings
          // are fetched first), a round trip or two sooner; its rows only for results that are shown.
          const top = partOfWord(text, new Dictionary(lexicon.words));
          top.catch(() => undefined);
          return (await corrected) && !mayKeepTyped(understandQuery(query, lexicon, pinyin)) ? [] : partResults(await top, text);
        },
  });
  const words = result.understood.terms.flatMap((term) => term.words.map(({ word }) => word));
  const refine = result.refine;
  return {
    ...result,
    results: result.results.map((r) => withRowFallback(r, words)),
    refine: refine && (async () => (await refine()).map((r) => withRowFallback(r, words))),
  };
}

/** A query that looks like one word: up to 4 Chinese characters, or one Latin word. */
const ONE_WORD = /^(?:[\u3400-\u9fff]{1,4}|[a-z][a-z0-9&/.]{0,11})$/;

/** Whether a query looks like one word, which the quick answers may well answer (quickFirst). */
export function mayBeQuick(query: string): boolean {
  return ONE_WORD.test(foldQuery(query));
}

/** The first results of a query and its count, known before Pagefind has answered. */
export interface QuickFirst {
  query: string;
  understood: UnderstoodQuery;
  /** The first results, as Pagefind's will be (shorter excerpts, no headings). */
  hits: SiteHit[];
  /** How many results Pagefind's answer will list. */
  total: number;
  cards: TermCard[];
}

/**
 * The search page's first results from the quick answers built for every word of the vocabulary
 * (src/lib/search/quick-answers.ts), when searchSite ranks the query exactly as the word they were
 * built for (rankedAlike): a query of one term, unfiltered. Undefined otherwise: then only
 * Pagefind answers.
 */
export async function quickFirst(query: string): Promise<QuickFirst | undefined> {
  // A query that looks like one word is most likely looked up as typed: its file is fetched
  // while the lexicon loads.
  if (mayBeQuick(query)) void quickLookup(foldQuery(query));
  const { lexicon, pinyin } = await loadLexiconFor(query);
  const understood = understandQuery(query, lexicon, pinyin);
  const term = understood.terms.length === 1 ? understood.terms[0]! : undefined;
  const key = term && quickKeyOf(term);
  if (key === undefined) return undefined;
  // The term as the build searched it, understood with the lexicon it needs (usually loaded already).
  const forKey = await loadLexiconFor(key);
  const built = understandQuery(key, forKey.lexicon, forKey.pinyin);
  if (!rankedAlike(understood, built)) return undefined;
  const [found, cards] = await Promise.all([quickLookup(key), cardsFromCounts(understood, lexicon, loadCardText)]);
  if (!found) return undefined;
  const [total, ...top] = found.answer;
  const hits = top.flatMap((result) => quickHit(found.pages, result) ?? []);
  return { query: understood.query, understood, hits, total, cards };
}

/** Renders one hit as a list item; only excerpts (already escaped, <mark> kept) use innerHTML. */
export function renderHit(hit: SiteHit, withSub: boolean): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'hit';
  const link = document.createElement('a');
  link.href = safeHref(hit.url);
  link.className = 'hit__title';
  link.textContent = hit.title;
  li.append(link);
  if (hit.type) {
    const badge = document.createElement('span');
    badge.className = 'badge';
    badge.textContent = hit.type;
    li.append(' ', badge);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'hit__excerpt';
  excerpt.innerHTML = hit.excerpt;
  li.append(excerpt);
  if (withSub && hit.sub.length > 0) {
    const list = document.createElement('ul');
    list.className = 'hit__sub';
    for (const sub of hit.sub) {
      const item = document.createElement('li');
      const a = document.createElement('a');
      a.href = safeHref(sub.url);
      a.textContent = sub.title;
      item.append(a);
      list.append(item);
    }
    li.append(list);
  }
  return li;
}

/** Only site-relative links come out of the index. */
export function safeHref(url: string): string {
  return url.startsWith('/') && !url.startsWith('//') ? url : urls.home();
}
