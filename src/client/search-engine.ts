/**
 * Browser side of site search: loads Pagefind (from /pagefind/, never bundled), the lexicon
 * (synonyms, terms) and — only when Pagefind finds nothing — the lunr fallback index. Ranking is
 * src/lib/search/site-search.ts, the same code the search-quality test exercises.
 */
import { highlight } from '../lib/search/excerpt';
import type { Lexicon, PageRow } from '../lib/search/indexes';
import { searchSite, type PagefindApi, type SiteHit, type SiteSearchResult } from '../lib/search/site-search';
import { urls } from '../lib/urls';

let pagefind: Promise<PagefindApi> | undefined;
let lexicon: Promise<Lexicon> | undefined;
let pages: Promise<(query: string) => SiteHit[]> | undefined;

const PAGEFIND_URL = urls.pagefind();
const RANKING = (globalThis as { __searchRanking?: object }).__searchRanking ?? {
  termFrequency: 0.3,
  termSaturation: 1.0,
  pageLength: 0.5,
};

/** Pagefind's module as loaded from /pagefind/pagefind.js: its search API and start-up calls. */
interface PagefindModule extends PagefindApi {
  options(options: object): Promise<void>;
  init(): Promise<void>;
}

function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<PagefindModule>).then(async (api) => {
    // Term frequency counts little: a rep's query is a few words, and the page holding all of them
    // should beat the page repeating one of them (客户) fifty times.
    await api.options({ excerptLength: 30, ranking: RANKING });
    // Start fetching the index entry, metadata and WebAssembly now (options must come first), so
    // the first query waits only for the index chunks of its own words.
    await api.init();
    return api;
  });
  // A failed load (offline, a server error) is tried again on the next search.
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

export function loadLexicon(): Promise<Lexicon> {
  lexicon ??= fetch(urls.searchData('lexicon')).then((r) => r.json() as Promise<Lexicon>);
  lexicon.catch(() => (lexicon = undefined));
  return lexicon;
}

function loadFallback(terms: string[]): Promise<(query: string) => SiteHit[]> {
  pages ??= Promise.all([
    import('../lib/search/lunr-index'),
    import('../lib/search/tokenize'),
    fetch(urls.searchData('pages')).then((r) => r.json()),
  ]).then(
    ([lunrIndex, tokenizer, data]: [
      typeof import('../lib/search/lunr-index'),
      typeof import('../lib/search/tokenize'),
      { index: import('../lib/search/lunr-index').CompactIndex; docs: PageRow[] },
    ]) => {
      const index = lunrIndex.load(data.index);
      const dictionary = new tokenizer.Dictionary(terms);
      return (query: string) => {
        const words = tokenizer.queryTokens(query, dictionary).filter((w) => w.length > 1 || !tokenizer.hasCjk(w));
        return lunrIndex
          .searchIndex(index, query, dictionary)
          .slice(0, 20)
          .flatMap(({ ref }) => {
            const row = data.docs[Number(ref)];
            return row ? [{ url: row[0], title: row[1], type: row[2], excerpt: highlight(row[3], words), sub: [] }] : [];
          });
      };
    },
  );
  return pages;
}

/** Warm up: start loading Pagefind and the lexicon (e.g. when the box gets focus). */
export function preload(): void {
  void loadPagefind();
  void loadLexicon();
}

/**
 * How long a search may take before the page says search is unavailable. Pagefind never answers
 * when its WebAssembly failed to load (blocked, or offline before it was cached): without a limit
 * the page would say 「正在搜索…」 forever.
 */
const ENGINE_TIMEOUT_MS = 15_000;

export function search(query: string, filters: Record<string, string> = {}, load = 12): Promise<SiteSearchResult> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('search engine did not answer')), ENGINE_TIMEOUT_MS);
  });
  return Promise.race([runSearch(query, filters, load), timeout]).finally(() => clearTimeout(timer));
}

async function runSearch(query: string, filters: Record<string, string>, load: number): Promise<SiteSearchResult> {
  const [api, lex] = await Promise.all([loadPagefind(), loadLexicon()]);
  return searchSite(api, query, {
    synonyms: lex.synonyms,
    // Best bets ignore filters: they are only shown on an unfiltered search.
    bestBets: Object.keys(filters).length ? {} : lex.bestBets,
    filters,
    load,
    fallback: async (q) => (await loadFallback(lex.terms))(q),
  });
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
      const p = document.createElement('p');
      p.className = 'hit__excerpt';
      p.innerHTML = sub.excerpt;
      item.append(a, p);
      list.append(item);
    }
    li.append(list);
  }
  return li;
}

/** Only site-relative links come out of the index. */
function safeHref(url: string): string {
  return url.startsWith('/') && !url.startsWith('//') ? url : '/';
}
