/**
 * Writes the header box's quick answers (src/lib/search/quick-answers.ts) after Pagefind has
 * indexed the site: Pagefind's own browser module (dist/pagefind/pagefind.js and its WebAssembly)
 * runs in Node over the files just written, and every term is searched by searchSite — the code
 * the search page runs, with the same lexicon and Pagefind ranking — so a term's quick answer is
 * the search page's first results for it. The terms are answered by two child processes at once
 * (quick-answers-worker.ts), each over its own share: in less time on two cores, and Pagefind's
 * WebAssembly memory (never given back while a process lives; at 2,000 sections the build's peak
 * rose from ~1,080 to ~1,360 MiB) is returned when they exit. If a child fails, the build answers
 * the terms itself.
 */
import { availableParallelism } from 'node:os';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { joinLexicon, type LexiconCore, type LexiconShard } from '../lib/search/lexicon-shards';
import { quickShards, quickTerms, QUICK_TOP, type TermAnswer } from '../lib/search/quick-answers';
import { PAGEFIND_RANKING } from '../lib/search/scope';
import { loadHits, searchSite, type Evidence, type PagefindApi, type PagefindData } from '../lib/search/site-search';
import type { PinyinTable } from '../lib/search/query';
import type { Lexicon } from '../lib/search/vocabulary';
import { runChild } from './build-child';

interface PagefindModule extends PagefindApi {
  options(options: object): Promise<void>;
  init(): Promise<void>;
}

/**
 * Node's own import(), out of sight of any bundler: the file loaded is this build's pagefind.js, found
 * only at run time. (This module is bundled by esbuild for the config and the children; when the
 * config still ran in Vite's module runner, a plain import() was taken over by it.)
 */
// eslint-disable-next-line @typescript-eslint/no-implied-eval -- an import() no bundler rewrites
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
    const loaded = (await nativeImport(`${pathToFileURL(join(dir, 'pagefind.js')).href}?${Date.now()}`)) as
      PagefindModule | { default: PagefindModule };
    // Under a loader that reads the built file as CommonJS (tsx), its exports arrive as `default`.
    const api = 'options' in loaded ? loaded : loaded.default;
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
 * The engine with each page's data loaded once for all terms. Pagefind's data() builds, on every
 * call, an excerpt and the matching headings for the words of that search — a quarter of the
 * answers' time — yet a quick answer keeps neither (its excerpt is made from the page's text, and
 * it lists no headings): the page's address, title, type and text are the same whichever term found
 * it. So every result of a page shares one load, without the headings (`sub_results`).
 */
function withPagesLoadedOnce(api: PagefindApi): PagefindApi {
  const loaded = new Map<string, Promise<PagefindData>>();
  return {
    async search(query, options) {
      const found = await api.search(query, options);
      if (!found) return found;
      const results = found.results.map((result) => ({
        id: result.id,
        score: result.score,
        data: () => {
          let page = loaded.get(result.id);
          if (!page) {
            page = result.data().then(({ sub_results: _headings, ...kept }) => kept);
            loaded.set(result.id, page);
          }
          return page;
        },
      }));
      return { ...found, results };
    },
  };
}

/**
 * Every term's answer, as the search page gives it for the term alone: its first results (those it
 * shows before refining, which stay put) and how many results it lists in the end.
 */
export async function answerTerms(
  engine: PagefindApi,
  lexicon: Lexicon,
  pinyin: PinyinTable = {},
  terms = quickTerms(lexicon, pinyin),
): Promise<Map<string, TermAnswer>> {
  const api = withPagesLoadedOnce(engine);
  const answers = new Map<string, TermAnswer>();
  const cache = new Map<string, Promise<Evidence>>();
  const cardText = () => Promise.resolve({});
  for (const term of terms) {
    const result = await searchSite(api, term, { lexicon, pinyin, cardText, cache });
    // A term read as something else (a word still being typed, pinyin of one reading) has no answer of its own.
    if (result.understood.terms.length !== 1 || result.understood.terms[0]!.text !== term) continue;
    const hits = await loadHits(result.results, 0, QUICK_TOP);
    const total = result.refine ? (await result.refine()).length : result.results.length;
    // The page counts of its glossary words, which choose the cards of a longer query in the box.
    const held = Object.fromEntries(
      result.understood.terms[0]!.words.flatMap(({ word }) => {
        const count = lexicon.glossary[word] ? result.holders.get(word) : undefined;
        return count === undefined ? [] : [[word, count] as const];
      }),
    );
    answers.set(term, { total, top: hits.map((hit, i) => ({ hit, score: result.results[i]!.score })), held });
  }
  return answers;
}

/** The lexicon as the site's files hold it (core.json and its shards, written before the answers). */
function lexiconOf(site: string): Lexicon {
  const dir = join(site, 'search', 'lexicon');
  const core = JSON.parse(readFileSync(join(dir, 'core.json'), 'utf8')) as LexiconCore;
  const shards = Array.from({ length: core.shards }, (_, n) => JSON.parse(readFileSync(join(dir, `${n}.json`), 'utf8')) as LexiconShard);
  return joinLexicon(core, shards);
}

/** The pinyin table as the site's files hold it (one file per first letter, written with the pages). */
function pinyinTableOf(site: string): PinyinTable {
  const dir = join(site, 'search', 'pinyin');
  if (!existsSync(dir)) return {};
  const table: PinyinTable = {};
  for (const file of readdirSync(dir).sort()) Object.assign(table, JSON.parse(readFileSync(join(dir, file), 'utf8')) as PinyinTable);
  return table;
}

/**
 * The terms cut into `parts` shares of about as many terms each, a word and its aliases (回款 and
 * 收款, 拖款 and 逾期) in the same share: they are answered by searching the same words, which a
 * share searches once (answerTerms' cache). Cut apart by their place in the list, both shares
 * searched them: a tenth more searches, the commonest words among them (~10 % more CPU).
 */
export function termShares(
  lexicon: Pick<Lexicon, 'words' | 'synonyms' | 'latin' | 'chars'>,
  parts: number,
  pinyin: PinyinTable = {},
): string[][] {
  const parent = new Map<string, string>();
  const root = (word: string): string => {
    let at = word;
    for (let up = parent.get(at); up !== undefined && up !== at; up = parent.get(at)) at = up;
    parent.set(word, at);
    return at;
  };
  const unite = (x: string, y: string) => {
    const [a, b] = [root(x.toLowerCase()), root(y.toLowerCase())];
    if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
  };
  for (const [alias, word] of lexicon.synonyms) unite(alias, word);
  // A pinyin key searches its readings: with the first, which it searches most. (Keys that are not
  // terms, those of one reading, join a group without adding a term to it.)
  for (const [key, [reading]] of Object.entries(pinyin)) if (reading) unite(key, reading);
  const groups = new Map<string, string[]>();
  for (const term of quickTerms(lexicon, pinyin)) {
    const key = root(term.toLowerCase());
    const group = groups.get(key);
    if (group) group.push(term);
    else groups.set(key, [term]);
  }
  const shares = Array.from({ length: parts }, (): string[] => []);
  for (const group of groups.values()) shares.reduce((least, share) => (share.length < least.length ? share : least)).push(...group);
  return shares;
}

/** One share of the answers (termShares' `part` of `parts`), for a child process. */
export async function answerShare(site: string, base: string, part: number, parts: number): Promise<[string, TermAnswer][]> {
  const lexicon = lexiconOf(site);
  const pinyin = pinyinTableOf(site);
  const terms = termShares(lexicon, parts, pinyin)[part] ?? [];
  const { api, done } = await pagefindInNode(join(site, 'pagefind'), base);
  try {
    return [...(await answerTerms(api, lexicon, pinyin, terms))];
  } finally {
    done();
  }
}

/** Every term's answer, in this process. */
async function answerHere(site: string, base: string, lexicon: Lexicon): Promise<Map<string, TermAnswer>> {
  const { api, done } = await pagefindInNode(join(site, 'pagefind'), base);
  try {
    return await answerTerms(api, lexicon, pinyinTableOf(site));
  } finally {
    done();
  }
}

/** Every term's answer from child processes, one share each, in quickTerms' order (so the files do not depend on who finished first). */
async function answerInChildren(
  projectRoot: string,
  site: string,
  base: string,
  lexicon: Lexicon,
  parts: number,
): Promise<Map<string, TermAnswer>> {
  const shares = await Promise.all(
    Array.from({ length: parts }, (_, part) => runChild(projectRoot, 'quick-answers-worker.ts', [site, base, String(part), String(parts)])),
  );
  const found = new Map(shares.flatMap((out) => JSON.parse(out) as [string, TermAnswer][]));
  const answers = new Map<string, TermAnswer>();
  for (const term of quickTerms(lexicon, pinyinTableOf(site))) {
    const answer = found.get(term);
    if (answer) answers.set(term, answer);
  }
  return answers;
}

export interface QuickAnswersOptions {
  /** The project's root: with it, the terms are answered by child processes (quick-answers-worker.ts). */
  projectRoot?: string;
  /** Told when the children failed and the build answered the terms itself. */
  warn?: (message: string) => void;
}

/** Searches every term of the lexicon and writes /search/quick/<n>.json; returns how many terms. */
export async function writeQuickAnswers(site: string, base: string, lexicon: Lexicon, options: QuickAnswersOptions = {}): Promise<number> {
  const parts = Math.min(2, availableParallelism());
  let answers: Map<string, TermAnswer> | undefined;
  if (options.projectRoot && parts > 1) {
    answers = await answerInChildren(options.projectRoot, site, base, lexicon, parts).catch((error: unknown) => {
      options.warn?.(`搜索框快速答案的后台计算失败，改在本进程计算：${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    });
  }
  answers ??= await answerHere(site, base, lexicon);
  const dir = join(site, 'search', 'quick');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  quickShards(answers).forEach((shard, n) => writeFileSync(join(dir, `${n}.json`), JSON.stringify(shard)));
  return answers.size;
}
