/**
 * The ranking of the search page and the header box, in one place. The query is understood first
 * (query.ts: fillers stripped, colloquial words, aliases and pinyin mapped to the handbook's words);
 * then every term is searched on its own, because Pagefind requires all words of a query and a
 * single stray word would empty the list. A page's score is the share of the query it covers: each
 * term counts by how rare it is (a page holding 客户 says little; one holding 考勤 says much), by how
 * the page holds it (the exact word, or only its characters apart) and where (Pagefind weighs the
 * title, headings and 常见问法 above the body); pages holding the typed phrase as written come first.
 * Ranking needs no result fragments but those of the first results, which are shown (a few at a time)
 * and read for the typed phrase (see readPhrase).
 * The engine is injected, so the same code runs in the browser and in tests.
 */
import { highlight, makeExcerpt } from './excerpt';
import { FUNCTION_CHARS } from './fillers';
import { once } from '../once';
import { hasCjk, searchedWords, understandQuery, type PinyinTable, type QueryTerm, type UnderstoodQuery } from './query';
import type { Correction } from './typos';
import type { GlossaryText, Lexicon } from './vocabulary';

/** The subset of Pagefind's fragment data used here. */
export interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
/** The subset of Pagefind's JS API used here. */
export interface PagefindApi {
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

export interface SiteHit {
  url: string;
  title: string;
  /** Safe HTML: text escaped, only <mark> kept. */
  excerpt: string;
  type?: string;
  /** Headings of the page that match, linked. */
  sub: { url: string; title: string }[];
}

/** A glossary term the query names: shown as a definition card above the results, never as one. */
export interface TermCard {
  term: string;
  /** What the rep typed, when it is another word for the term (砍价 for 议价) or its pinyin. */
  typed?: string;
  definition: string;
  /** The handbook section that explains the term ('' when none). */
  url: string;
  title: string;
}

/** One ranked result; its display data is loaded only when it is shown. */
export interface RankedResult {
  key: string;
  score: number;
  load(): Promise<SiteHit>;
}

export interface SiteSearchResult {
  query: string;
  understood: UnderstoodQuery;
  /** Every result, best first: all of them can be shown (load more). */
  results: RankedResult[];
  cards: TermCard[];
  /**
   * How many pages hold each word the ranking searched, as the glossary cards count them (a word
   * most pages hold gets no card in a longer query): the header box's quick answers keep them.
   */
  holders: Map<string, number>;
  /** Results come from the index of character pairs: the query is part of a word. */
  fallback: boolean;
  /**
   * The share of the query's weight (its terms by rarity, those no page holds too) that the best
   * result holds: below a half, it holds only part of what was asked (火星移民签证).
   */
  coverage: number;
  /**
   * The share it holds as known words: the vocabulary's (typed, or read from a synonym or pinyin), not
   * lone characters nor words the segmenter cut that the vocabulary does not know (签定: Pagefind
   * lists pages holding 签 and 定 for it).
   */
  known: number;
  /** The query was corrected (回宽 → 回款): these are the corrected query's results, or it is offered. */
  correction?: Correction;
  /**
   * When these results searched only the query's rarest terms (firstPass): every result of the
   * whole query, best first, once Pagefind has answered for the rest. Shown results stay put.
   */
  refine?: () => Promise<RankedResult[]>;
}

export interface SiteSearchOptions {
  lexicon: Lexicon;
  /** Pinyin keys the query may need (see pinyinLetters); without them Latin input stays unread. */
  pinyin?: PinyinTable;
  filters?: Record<string, string>;
  /**
   * Pages holding a short Chinese text anywhere, even mid-word (the bigram index), best first; each
   * keyed by its Pagefind id where Pagefind indexed it, so its Pagefind result is left out.
   */
  fallback?: (text: string) => Promise<RankedResult[]>;
  /** The text of the glossary cards with these keys (fetched only for the cards a query shows). */
  cardText: (keys: string[]) => Promise<Record<string, GlossaryText>>;
  /** Reuses Pagefind answers across queries of one visit (as-you-type repeats most words). */
  cache?: Map<string, Promise<Evidence>>;
}

export { cleanQuery, MAX_QUERY } from './query';

/** How a page holds a word: the exact word, or only its parts apart. */
const LOOSE_CREDIT = 0.3;
const LOOSE_SINGLE_CREDIT = 0.1;
/** A lone character, or a word the segmenter cut out that the vocabulary does not know (手上, 太多), is
 * weaker evidence than a word of the vocabulary, however rare. */
const WEAK_WEIGHT = 0.6;
/** Share of a term's credit that depends on where the page holds it (Pagefind's weighted score). */
const PLACE_SHARE = 0.5;
/** Pages holding the query's phrase as written gain this share of the query's weight. */
const PHRASE_BONUS = 0.5;
/** The first results read for the phrase as written (readPhrase): as many as the search page and the header box first show. */
const PHRASE_READ = 5;
/** Results below this share of the best score are left out: they hold only the query's common words. */
const KEEP_SHARE = 0.2;
/** The pages kept of a ranking (best first): those within KEEP_SHARE of the best score. */
const kept = (ordered: Scored[]) => ordered.filter((page) => page.score >= KEEP_SHARE * (ordered[0]?.score ?? 0));
/** In a query of several terms, a glossary card is shown for a term held by at most this share of pages. */
const CARD_SHARE = 0.1;
/** Longest Chinese query looked up as part of a word in the bigram index. */
const PART_MAX = 4;
/** Terms Pagefind is asked for before the first results are shown: the query's rarest… */
export const FIRST_TERMS = 3;
/**
 * …and any held by fewer pages than this: only a word whose postings weigh several kB (about 8 bytes
 * a page) is left for later. A handbook of a few hundred pages searches every term at once.
 */
export const DEFER_PAGES = 500;
/** Beyond a query's FIRST_TERMS rarest terms, one held by more than this share of pages is not searched. */
const COMMON_SHARE = 0.5;
/** A first pass that finds fewer results than this is not shown: the whole query is searched at once. */
const FIRST_MIN = 3;

interface Held {
  credit: number;
  /** Pagefind's score relative to the best page for this word (0–1): where and how often. */
  place: number;
  result: PagefindResult;
}
/** Pages holding one word, by Pagefind id. */
export type Evidence = Map<string, Held>;

let segmenter: Intl.Segmenter | undefined;
function parts(word: string): string[] {
  if (!hasCjk(word)) return word.split(/\s+/).filter(Boolean);
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(word)].filter((s) => s.isWordLike).map((s) => s.segment);
}

function collect(results: PagefindResult[], credit: number, into: Evidence): void {
  const best = Math.max(...results.map((r) => r.score), 1e-9);
  for (const result of results) {
    const held = { credit, place: result.score / best, result };
    const seen = into.get(result.id);
    if (!seen || seen.credit < credit || (seen.credit === credit && seen.place < held.place)) into.set(result.id, held);
  }
}

/** Pages holding `word`: as written (quoted search) or, weaker, with its parts apart. */
async function evidenceFor(pagefind: PagefindApi, word: string, filters: Record<string, string>): Promise<Evidence> {
  const pieces = parts(word);
  const evidence: Evidence = new Map();
  if (pieces.length <= 1) {
    collect((await pagefind.search(word, { filters }))?.results ?? [], 1, evidence);
    return evidence;
  }
  const [exact, loose] = await Promise.all([pagefind.search(`"${word}"`, { filters }), pagefind.search(word, { filters })]);
  // The loose search ranks (a phrase search scores every page alike); the phrase search says which
  // pages hold the word as written.
  collect(loose?.results ?? [], pieces.every((p) => [...p].length > 1) ? LOOSE_CREDIT : LOOSE_SINGLE_CREDIT, evidence);
  for (const result of exact?.results ?? []) {
    const held = evidence.get(result.id);
    evidence.set(result.id, { credit: 1, place: held?.place ?? 1, result: held?.result ?? result });
  }
  return evidence;
}

/**
 * A result's data, read once. Pagefind's data() builds an excerpt and the matching headings anew on
 * every call (splitting the page's whole text each time, and again for each heading), and a query
 * reads its first results twice — for the phrase (readPhrase), then to show them (toHit) — with the
 * same answer (the repeat was about 8 ms of a first question's ~120 ms of main-thread CPU in
 * Chromium). A failed read (offline) is tried again by the next.
 */
const reads = new WeakMap<PagefindResult, Promise<PagefindData>>();
const dataOf = (result: PagefindResult): Promise<PagefindData> => once(reads, result, () => result.data());

/** Pages holding `phrase` as written (Pagefind's quoted search), scored alike. */
async function phraseHolders(pagefind: PagefindApi, phrase: string, filters: Record<string, string>): Promise<Evidence> {
  const evidence: Evidence = new Map();
  for (const result of (await pagefind.search(`"${phrase}"`, { filters }))?.results ?? [])
    evidence.set(result.id, { credit: 1, place: 1, result });
  return evidence;
}

/** A text as compared with a phrase: lower-case, without spaces (Pagefind's text has CIF 报价 for CIF报价). */
const flat = (text: string) => text.toLowerCase().replace(/\s+/g, '');

/**
 * The phrase bonus for the first results that Pagefind's quoted search did not find, when their text
 * holds the phrase as written. Pagefind cuts a page's text into words in context, and its quoted
 * search matches the words the phrase alone is cut into (老|客户|转|介绍) in a row: a page whose text
 * is cut otherwise around the phrase (请老客户转介绍 → 请老|客户|转|介绍) is missed although it holds
 * the phrase, often in its title, while pages with the phrase in running text get the bonus. So the
 * first PHRASE_READ results are read when they are the ones shown first (rank's shownFirst): their
 * fragments are fetched anyway, and a bonus only raises a page among them (the first results stay
 * the same pages). A fragment that fails to load counts as not holding the phrase.
 */
async function readPhrase(ordered: Scored[], phrase: string, quoted: Evidence, bonus: number): Promise<boolean> {
  // Only pages that are kept (a bonus only raises the best).
  const unread = kept(ordered)
    .slice(0, PHRASE_READ)
    .filter((page) => !quoted.has(page.result.id));
  const wanted = flat(phrase);
  const held = await Promise.all(
    unread.map((page) =>
      dataOf(page.result).then(
        (data) => flat(`${data.meta.title ?? ''}\n${data.content}`).includes(wanted),
        () => false,
      ),
    ),
  );
  unread.forEach((page, i) => {
    if (held[i]) page.score += bonus;
  });
  return held.includes(true);
}

function cached(
  options: Pick<SiteSearchOptions, 'cache' | 'filters'>,
  pagefind: PagefindApi,
  word: string,
  phrase = false,
): Promise<Evidence> {
  const filters = options.filters ?? {};
  const key = `${phrase ? '"' : ''}${word}\u0000${JSON.stringify(filters)}`;
  const search = () => (phrase ? phraseHolders(pagefind, word, filters) : evidenceFor(pagefind, word, filters));
  // A failed search (offline, an index file that did not load) is not an answer to keep: the
  // visit's next query with this word searches it again.
  return options.cache ? once(options.cache, key, search) : search();
}

interface Scored {
  score: number;
  best: number;
  result: PagefindResult;
  /** The query's weight the page holds (each term it holds, however), and as known words. */
  held: number;
  known: number;
}

/** What a ranking says of how well its best page answers the query. */
interface Coverage {
  coverage: number;
  known: number;
}

/**
 * Scores pages by the weighted share of the query's terms they hold; also how many pages hold each
 * word. `shownFirst` says whether the first results of this ranking are the ones shown first (not
 * those of a refinement below them, nor those of the part-of-a-word index above them): only then are
 * they read for the phrase (readPhrase), so that no fragment is fetched that is not shown.
 */
async function rank(
  pagefind: PagefindApi,
  understood: UnderstoodQuery,
  options: SiteSearchOptions,
  shownFirst: () => Promise<boolean> = () => Promise.resolve(false),
): Promise<{ ordered: Scored[]; holders: Map<string, number> } & Coverage> {
  const pages = Math.max(options.lexicon.pages, 1);
  // The phrase is asked for with the terms, not after them: one round of index chunks, not two.
  const phrased = understood.phrase && understood.terms.length > 1 ? cached(options, pagefind, understood.phrase, true) : undefined;
  phrased?.catch(() => undefined);
  const perTerm = await Promise.all(
    understood.terms.map((term) => Promise.all(term.words.map(({ word }) => cached(options, pagefind, word)))),
  );
  const scored = new Map<string, Scored>();
  const holders = new Map<string, number>();
  let total = 0;
  // The query's whole weight, also of the terms no page holds (as if one page held them).
  let asked = 0;
  understood.terms.forEach((term, t) => {
    const credit = new Map<string, { value: number; held: Held }>();
    let strong = 0;
    const all = new Set<string>();
    term.words.forEach(({ word, weight }, w) => {
      holders.set(word, [...perTerm[t]![w]!.values()].filter((held) => held.credit >= 1).length);
      const evidence = perTerm[t]![w]!;
      for (const [id, held] of evidence) {
        all.add(id);
        if (held.credit >= 1) strong += 1;
        const value = weight * held.credit * (1 - PLACE_SHARE + PLACE_SHARE * held.place);
        if ((credit.get(id)?.value ?? 0) < value) credit.set(id, { value, held });
      }
    });
    // The page the glossary names for a term (its section) counts as holding it in first place.
    for (const { word, weight } of term.words) {
      const page = options.lexicon.glossary[word]?.[2];
      const found = page ? perTerm[t]!.find((evidence) => evidence.has(page))?.get(page) : undefined;
      if (!page || !found) continue;
      if ((credit.get(page)?.value ?? 0) < weight) credit.set(page, { value: weight, held: found });
      strong += 1;
    }
    const idf = Math.log(1 + pages / Math.max(1, strong || all.size)) * (term.single || !term.known ? WEAK_WEIGHT : 1);
    asked += idf;
    if (all.size === 0) return;
    total += idf;
    for (const [id, { value, held }] of credit) {
      const page = scored.get(id) ?? { score: 0, best: 0, result: held.result, held: 0, known: 0 };
      page.score += idf * value;
      page.best = Math.max(page.best, held.result.score);
      // Held at all: a page holding a word's parts apart (不|正当|竞争) may well hold it (Pagefind's
      // phrase search misses a phrase its text is cut otherwise around: see readPhrase).
      page.held += idf;
      if (term.known && !term.single) page.known += idf;
      scored.set(id, page);
    }
  });
  const quoted = phrased && (await phrased);
  if (quoted) {
    for (const [id, held] of quoted) {
      const page = scored.get(id) ?? { score: 0, best: 0, result: held.result, held: 0, known: 0 };
      page.score += PHRASE_BONUS * total;
      scored.set(id, page);
    }
  }
  const byScore = (a: Scored, b: Scored) => b.score - a.score || b.best - a.best;
  const ordered = [...scored.values()].sort(byScore);
  if (quoted && (await shownFirst()) && (await readPhrase(ordered, understood.phrase!, quoted, PHRASE_BONUS * total)))
    ordered.sort(byScore);
  const top = ordered[0];
  const share = (part: number) => (top && asked > 0 ? Math.min(1, part / asked) : 0);
  return { ordered: kept(ordered), holders, coverage: share(top?.held ?? 0), known: share(top?.known ?? 0) };
}

/**
 * Glossary cards for the terms the query names, typed or through an alias or pinyin: when the term
 * is the whole query (砍价, hk, CIF), or a specific term within a longer one (C&F 和 CIF 区别) — not
 * for words most pages use (客户, 业务员), which a query names in passing.
 */
async function termCards(
  understood: UnderstoodQuery,
  lexicon: Lexicon,
  holders: Map<string, number>,
  text: Promise<Record<string, GlossaryText>>,
): Promise<TermCard[]> {
  const chosen: { key: string; term: string; typed?: string; url: string }[] = [];
  const pages = Math.max(lexicon.pages, 1);
  for (const term of understood.terms) {
    for (const { word } of term.words) {
      const card = lexicon.glossary[word];
      if (understood.terms.length > 1 && (holders.get(word) ?? pages) > pages * CARD_SHARE) continue;
      if (!card || chosen.some((c) => c.term === card[0])) continue;
      chosen.push({ key: word, term: card[0], typed: word === term.text ? undefined : term.text, url: card[1] });
      break;
    }
  }
  const shown = chosen.slice(0, 2);
  if (shown.length === 0) return [];
  const texts = await text;
  return shown.flatMap(({ key, term, typed, url }) => {
    const text = texts[key];
    return text ? [{ term, typed, definition: text[0], url, title: text[1] }] : [];
  });
}

/**
 * The glossary cards for a query answered without Pagefind (the header box's quick answers): as
 * searchSite chooses them, with how many pages hold each word as searchSite counted them when the
 * quick answers were built (`held`), else as the lexicon's page counts say (which list only words
 * on DEFER_PAGES pages or more: without `held`, 客户 would count as rare in a small handbook).
 */
export function cardsFromCounts(
  understood: UnderstoodQuery,
  lexicon: Lexicon,
  cardText: (keys: string[]) => Promise<Record<string, GlossaryText>>,
  held: Record<string, number> = {},
): Promise<TermCard[]> {
  const glossaryWords = understood.terms.flatMap((term) => term.words.filter(({ word }) => lexicon.glossary[word]).map(({ word }) => word));
  if (glossaryWords.length === 0) return Promise.resolve([]);
  const holders = new Map(glossaryWords.map((word) => [word, held[word] ?? pagesHolding(word, lexicon.df ?? {})]));
  return termCards(understood, lexicon, holders, cardText(glossaryWords));
}

/** The page type shown as a badge: the type filter Pagefind recorded for the page. */
function typeOf(data: PagefindData): string | undefined {
  return data.filters?.type?.[0] ?? data.meta.type;
}

/** Display data of a Pagefind result: title, an excerpt cut at clause boundaries, matching headings. */
export async function toHit(result: PagefindResult, words: string[]): Promise<SiteHit> {
  const data = await dataOf(result);
  const title = data.meta.title ?? data.url;
  return {
    url: data.url,
    title,
    excerpt: makeExcerpt(data.content, words) || highlight(title, words),
    type: typeOf(data),
    sub: (data.sub_results ?? [])
      .filter((sub) => sub.url !== data.url && sub.title !== title && words.some((w) => sub.title.toLowerCase().includes(w)))
      .slice(0, 3)
      .map((sub) => ({ url: sub.url, title: sub.title })),
  };
}

/** Whether the query is a short Chinese text that may be part of a word (作计 in 工作计划). */
function maybePartOfWord(understood: UnderstoodQuery): string | undefined {
  const core = understood.query.replace(/\s+/g, '');
  if (!/^[\u3400-\u9fff]+$/.test(core) || core.length < 2 || core.length > PART_MAX) return undefined;
  const whole = understood.terms.length === 1 && understood.terms[0]!.text === core;
  return whole ? undefined : core;
}

/**
 * How many pages hold a word, as far as the lexicon knows before asking Pagefind: Pagefind's page
 * count for a common word, 0 for one on fewer pages than the lexicon lists (DEFER_PAGES). A word
 * Pagefind reads in parts (客户档案 → 客户|档案) counts as its rarest part.
 */
function pagesHolding(word: string, df: Record<string, number>): number {
  const counts = parts(word.toLowerCase()).map((part) => df[part] ?? 0);
  return counts.length ? Math.min(...counts) : 0;
}

/** The word among `words` most pages hold (ties: the shorter, then the first). */
function mostCommon(words: string[], df: Record<string, number>): string | undefined {
  let best: { word: string; pages: number } | undefined;
  for (const word of words) {
    const pages = pagesHolding(word, df);
    if (!best || pages > best.pages || (pages === best.pages && word.length < best.word.length)) best = { word, pages };
  }
  return best?.word;
}

/** What completeTail reads a query's open end from, when it may be a word still being typed. */
interface OpenEnd {
  /** The terms without a lone last character that is the open end. */
  terms: QueryTerm[];
  /** The word before the open end. */
  last: QueryTerm;
  head: string;
  tail: string;
}

/**
 * The open end of a query, when it may be a character still being typed after a word (客户分,
 * 核对订): a Chinese run of three characters or more, ending in a character that is not a function
 * character (的, 了, 吗 end a sentence, not a word), right after a word of the query (a run of lone
 * characters, 作计, may be the middle of a word, 工作计划).
 */
function openEnd(understood: UnderstoodQuery): OpenEnd | undefined {
  const run = /[\u3400-\u9fff]+$/.exec(understood.query.normalize('NFKC').toLowerCase())?.[0];
  if (!run || run.length < 3) return undefined;
  const tail = run.slice(-1);
  const head = run.slice(0, -1);
  if (FUNCTION_CHARS.has(tail)) return undefined;
  const terms = [...understood.terms];
  if (terms.at(-1)?.single && terms.at(-1)?.text === tail) terms.pop();
  const last = terms.at(-1);
  if (!last || last.single || !head.endsWith(last.text)) return undefined;
  return { terms, last, head, tail };
}

/**
 * A query ending in a character still being typed after a word (客户分, 核对订): the terms with the
 * end read as the word it most likely starts — a word of the vocabulary starting with the last word
 * and that character (客户分 → 客户分级), else the word most pages hold that starts with the
 * character (核对订 → 核对 + 订单) — and the phrase so completed.
 */
async function completeTail(
  understood: UnderstoodQuery,
  lexicon: Lexicon,
  df: Record<string, number>,
  heldAsWritten: (text: string) => Promise<boolean>,
): Promise<{ terms: QueryTerm[]; phrase: string } | undefined> {
  const end = openEnd(understood);
  if (!end) return undefined;
  const { terms, last, head, tail } = end;
  const start = last.text + tail;
  // A word the segmenter splits but pages hold as typed (保险费) is finished.
  if (await heldAsWritten(start)) return undefined;
  const whole = mostCommon(
    lexicon.words.filter((word) => word.length > start.length && word.startsWith(start)),
    df,
  );
  if (whole) {
    terms.pop();
    terms.push({ text: start, words: [{ word: whole, via: 'synonym', weight: 1 }], single: false, known: true });
    return { terms, phrase: `${head.slice(0, -last.text.length)}${whole}` };
  }
  const word = lexicon.starts?.[tail];
  if (!word) return undefined;
  terms.push({ text: tail, words: [{ word, via: 'synonym', weight: 1 }], single: false, known: true });
  return { terms, phrase: `${head}${word}` };
}

/**
 * Whether searchSite ranks two unfiltered queries alike, so that the results computed for one are
 * the other's, in the same order and number: each is one term, searching the same words in the
 * same order with weights in one proportion (a lone term's weights scale every page's score alike),
 * and neither is read as part of a word, as a word still being typed, or with a first pass. The
 * search page shows a term's quick answer (built for the term by searchSite) for such a query at
 * once, before Pagefind has loaded: 报价, 拖款, CIF, and a question around one word (打卡怎么弄).
 */
export function rankedAlike(a: UnderstoodQuery, b: UnderstoodQuery): boolean {
  const x = a.terms.length === 1 ? a.terms[0] : undefined;
  const y = b.terms.length === 1 ? b.terms[0] : undefined;
  if (x?.words.length !== y?.words.length || !x || !y || x.words.length === 0) return false;
  if (x.completions?.length || y.completions?.length) return false;
  if ([a, b].some((query) => maybePartOfWord(query) !== undefined || openEnd(query) !== undefined)) return false;
  const ratio = x.words[0]!.weight / y.words[0]!.weight;
  return x.words.every((w, i) => w.word === y.words[i]!.word && Math.abs(w.weight - ratio * y.words[i]!.weight) < 1e-9);
}

/** How many pages hold each term (as far as the lexicon's counts say), and the FIRST_TERMS rarest terms. */
function rarestTerms(terms: QueryTerm[], df: Record<string, number>): { holding: { i: number; pages: number }[]; rarest: Set<number> } {
  const holding = terms.map((term, i) => ({ i, pages: term.words.reduce((sum, { word }) => sum + pagesHolding(word, df), 0) }));
  const rarest = new Set(
    [...holding]
      .sort((a, b) => a.pages - b.pages || a.i - b.i)
      .slice(0, FIRST_TERMS)
      .map(({ i }) => i),
  );
  return { holding, rarest };
}

/**
 * A query of more than FIRST_TERMS terms without those held by more than COMMON_SHARE of the pages,
 * beyond its FIRST_TERMS rarest (the lexicon's page counts say which): such a word says next to
 * nothing about which page answers (a ranking like BM25 gives it no weight at all), while its
 * postings are the heaviest to fetch (at 2,000 sections about 18 kB a word). Its phrase goes with
 * it. The query as it is when no term is that common, or the lexicon knows no page counts.
 */
function withoutCommonTerms(understood: UnderstoodQuery, lexicon: Lexicon): UnderstoodQuery {
  const df = lexicon.df;
  if (!df || understood.terms.length <= FIRST_TERMS) return understood;
  const { holding, rarest } = rarestTerms(understood.terms, df);
  const common = new Set(holding.filter(({ i, pages }) => !rarest.has(i) && pages > COMMON_SHARE * lexicon.pages).map(({ i }) => i));
  if (common.size === 0) return understood;
  const dropped = understood.terms.filter((_, i) => common.has(i));
  const phrase = understood.phrase && !dropped.some((term) => understood.phrase!.includes(term.text)) ? understood.phrase : undefined;
  return { ...understood, terms: understood.terms.filter((_, i) => !common.has(i)), phrase };
}

/**
 * The part of a query searched before the first results are shown, when it is lighter than the
 * whole query: a term held by so many pages (DEFER_PAGES) that its postings weigh several kB is
 * left for later unless it is among the FIRST_TERMS rarest — it weighs most to fetch and counts
 * least in the ranking; and a word still being typed is read as the word it starts, not as the
 * fragment typed (核对订 → 核对 + 订单, not 核对|订 and the part-of-a-word index). Undefined when the
 * whole query is as light, or when the lexicon knows no page counts. `heldAsWritten` says whether
 * any page holds a text as written (Pagefind's quoted search). `readEnd`: the open end of the query
 * was read as a word pages hold.
 */
export async function firstPass(
  understood: UnderstoodQuery,
  lexicon: Lexicon,
  heldAsWritten: (text: string) => Promise<boolean>,
): Promise<{ query: UnderstoodQuery; readEnd: boolean } | undefined> {
  const df = lexicon.df;
  if (!df) return undefined;
  const completed = await completeTail(understood, lexicon, df, heldAsWritten);
  let lighter = completed !== undefined;
  const terms = (completed?.terms ?? understood.terms).map((term) => {
    if (!term.completions?.length) return term;
    // Its completions (and what they map to), without the fragment typed.
    lighter = true;
    return { ...term, words: term.words.filter(({ via }) => via !== 'typed') };
  });
  const { holding, rarest } = rarestTerms(terms, df);
  const keep = new Set(holding.filter(({ i, pages }) => rarest.has(i) || pages < DEFER_PAGES).map(({ i }) => i));
  if (!lighter && keep.size === terms.length) return undefined;
  // The phrase as completed costs nothing more: its words are the terms searched.
  const phrase = completed && keep.size === terms.length ? completed.phrase : undefined;
  return { query: { ...understood, terms: terms.filter((_, i) => keep.has(i)), phrase }, readEnd: completed !== undefined };
}

export async function searchSite(pagefind: PagefindApi, raw: string, options: SiteSearchOptions): Promise<SiteSearchResult> {
  const understood = understandQuery(raw, options.lexicon, options.pinyin);
  const empty: SiteSearchResult = {
    query: understood.query,
    understood,
    results: [],
    cards: [],
    holders: new Map(),
    fallback: false,
    coverage: 0,
    known: 0,
  };
  if (!understood.query) return empty;
  const words = searchedWords(understood);
  // The text of the cards the query may show, fetched while Pagefind ranks.
  const glossaryWords = understood.terms.flatMap((term) => term.words.filter(({ word }) => options.lexicon.glossary[word]));
  const text =
    glossaryWords.length && !Object.keys(options.filters ?? {}).length ? options.cardText(glossaryWords.map((w) => w.word)) : undefined;
  // A short text of lone characters, no word among them (户档, 作计), is looked up in the
  // part-of-a-word index while Pagefind searches: it is shown unless some page holds it as written.
  let withPart = options;
  const part = maybePartOfWord(understood);
  if (part && options.fallback && understood.terms.every((term) => term.single)) {
    const early = options.fallback(part);
    early.catch(() => undefined);
    withPart = { ...options, fallback: () => early };
  }
  // The rarest terms first, when that is lighter; the whole query at once when they find too little.
  const heldAsWritten = async (text: string) => (await cached(options, pagefind, text, true)).size > 0;
  let first = understood.terms.length ? await firstPass(understood, options.lexicon, heldAsWritten) : undefined;
  // The whole query, as ranked: without the words most pages hold (beyond its rarest).
  const whole = withoutCommonTerms(understood, options.lexicon);
  // The ranking's first results are shown first unless the part-of-a-word index's come before them
  // (listed: a short text of lone characters that no page holds as written).
  const shownFirst = async () => first !== undefined || !part || !withPart.fallback || (await heldAsWritten(part));
  let ranked = understood.terms.length
    ? await rank(pagefind, first?.query ?? whole, options, shownFirst)
    : { ordered: [], holders: new Map<string, number>(), coverage: 0, known: 0 };
  // Too little to show: the whole query at once, its common words too (its rare words may be on no page).
  if (ranked.ordered.length < FIRST_MIN && (first || whole !== understood)) {
    first = undefined;
    ranked = await rank(pagefind, understood, options, shownFirst);
  }
  // Highlighted: what was typed and mapped, and the words a first pass read an open end as (订 → 订单).
  if (first) words.push(...searchedWords(first.query).filter((word) => !words.includes(word)));
  const cards = text ? await termCards(understood, options.lexicon, ranked.holders, text) : [];
  // The part-of-a-word index is asked after the first paint, and not at all when the first pass read
  // the query's open end as a word pages hold (核对订 → 核对订单: those pages are the ones it would list).
  const { results, fallback } = await listed(pagefind, understood, ranked.ordered, words, first ? {} : withPart);
  const later = first?.readEnd ? { ...options, fallback: undefined } : withPart;
  const refine = first
    ? async () => (await listed(pagefind, understood, (await rank(pagefind, whole, options)).ordered, words, later)).results
    : undefined;
  const { coverage, known, holders } = ranked;
  return { query: understood.query, understood, results, cards, holders, fallback, coverage, known, ...(refine ? { refine } : {}) };
}

/** The ranked pages as results, after the pages holding the query as part of a word (if any). */
async function listed(
  pagefind: PagefindApi,
  understood: UnderstoodQuery,
  ordered: Scored[],
  words: string[],
  options: Pick<SiteSearchOptions, 'fallback' | 'cache' | 'filters'>,
): Promise<{ results: RankedResult[]; fallback: boolean }> {
  const results: RankedResult[] = ordered.map((page) => ({
    key: page.result.id,
    score: page.score,
    load: () => toHit(page.result, words),
  }));
  // Part of a word: a short Chinese query that no page holds as written, looked up by character pairs.
  const part = maybePartOfWord(understood);
  if (!part || !options.fallback) return { results, fallback: false };
  const exact = understood.terms.length ? await cached(options, pagefind, part, true) : new Map();
  if (exact.size > 0) return { results, fallback: false };
  const found = await options.fallback(part);
  if (found.length === 0) return { results, fallback: false };
  // Pagefind's results follow, without the pages already listed.
  const seen = new Set(found.map((result) => result.key));
  return { results: [...found, ...results.filter((result) => !seen.has(result.key))], fallback: true };
}

/** Loads the display data of results [from, to), keeping order. */
export function loadHits(results: RankedResult[], from: number, to: number): Promise<SiteHit[]> {
  return Promise.all(results.slice(from, to).map((result) => result.load()));
}
