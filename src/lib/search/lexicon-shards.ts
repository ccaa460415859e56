/**
 * The lexicon cut by character, so that site search fetches only what a query can use: a query
 * looks up the vocabulary, the synonyms, the content's single characters and Latin words only at
 * the characters it holds (a word, synonym or Latin word is looked up by its first character), and
 * the glossary only for the words it searches. Shard n holds every entry whose key starts with a
 * character of shard n; a query loads the shards of its characters, then of the words it maps to
 * (pinyin and synonyms lead to words it does not hold), and understands itself exactly as it would
 * with the whole lexicon. The script finder, which also lists glossary terms merely containing a
 * word, still loads the whole lexicon.
 */
import { pinyinLetters, understandQuery, type PinyinTable, type SynonymPair } from './query';
import { shardOf } from './shards';
import type { SearchBoxKey } from '../islands/strings';
import type { GlossaryCard, Lexicon } from './vocabulary';

/** Files the lexicon is cut into (by the code point of an entry's first character). */
export const LEXICON_SHARDS = 32;

/** What every query needs, whatever its characters. */
export interface LexiconCore {
  pages: number;
  shards: number;
}

/** /search/lexicon/core.json: the core and the header box's UI strings. */
export interface BrowserCore extends LexiconCore {
  strings: Record<SearchBoxKey, string>;
}

/** The entries of a lexicon whose keys start with a character of one shard. */
export interface LexiconShard {
  synonyms: SynonymPair[];
  words: string[];
  chars: string;
  latin: string[];
  glossary: Record<string, GlossaryCard>;
  /** Pagefind's page counts of the common words starting with a character of this shard (see Lexicon.df). */
  df?: Record<string, number>;
  /** The most common word starting with each character of this shard (see Lexicon.starts). */
  starts?: Record<string, string>;
}

const first = (key: string) => String.fromCodePoint(key.codePointAt(0) ?? 0);

export function splitLexicon(lexicon: Lexicon, count = LEXICON_SHARDS): { core: LexiconCore; shards: LexiconShard[] } {
  const shards = Array.from({ length: count }, (): LexiconShard => ({ synonyms: [], words: [], chars: '', latin: [], glossary: {} }));
  const at = (key: string) => shards[shardOf(first(key), count)]!;
  for (const pair of lexicon.synonyms) at(pair[0]).synonyms.push(pair);
  for (const word of lexicon.words) at(word).words.push(word);
  for (const char of lexicon.chars) at(char).chars += char;
  for (const word of lexicon.latin) at(word).latin.push(word);
  for (const [key, card] of Object.entries(lexicon.glossary)) at(key).glossary[key] = card;
  if (lexicon.df) for (const [word, count] of Object.entries(lexicon.df)) (at(word).df ??= {})[word] = count;
  if (lexicon.starts) for (const [char, word] of Object.entries(lexicon.starts)) (at(char).starts ??= {})[char] = word;
  return { core: { pages: lexicon.pages, shards: count }, shards };
}

/**
 * The whole lexicon (search/lexicon.json) with the page counts and word starts its shards were
 * given once Pagefind had indexed the site (`joined`: the shards joined): the lexicon the shards
 * join into, so a query that loads it at once (site search, for a query of many characters) is
 * understood and ranked as with its shards.
 */
export function wholeLexicon(lexicon: Lexicon, joined: Pick<Lexicon, 'df' | 'starts'>): Lexicon {
  return { ...lexicon, ...(joined.df ? { df: joined.df } : {}), ...(joined.starts ? { starts: joined.starts } : {}) };
}

/** The lexicon made of some shards, ordered as the whole lexicon is (the order decides ties). */
export function joinLexicon(core: LexiconCore, shards: LexiconShard[]): Lexicon {
  return {
    // As synonymPairs orders them: longer aliases first; one alias's pairs are all in one shard.
    synonyms: shards.flatMap((s) => s.synonyms).sort((a, b) => b[0].length - a[0].length || a[0].localeCompare(b[0])),
    words: shards.flatMap((s) => s.words).sort(),
    chars: [...shards.map((s) => s.chars).join('')].sort().join(''),
    latin: shards.flatMap((s) => s.latin).sort(),
    glossary: Object.assign({}, ...shards.map((s) => s.glossary)) as Record<string, GlossaryCard>,
    pages: core.pages,
    ...(shards.some((s) => s.df) ? { df: Object.assign({}, ...shards.map((s) => s.df ?? {})) as Record<string, number> } : {}),
    ...(shards.some((s) => s.starts) ? { starts: Object.assign({}, ...shards.map((s) => s.starts ?? {})) as Record<string, string> } : {}),
  };
}

/**
 * A shard with what Pagefind's page counts (`df`: word → pages, for words on at least a few pages)
 * tell search about its characters, as the build adds them once Pagefind has indexed the site: the
 * counts of the words on at least `common` pages, and the most common word each character starts.
 */
export function withDocFrequencies(shard: LexiconShard, n: number, count: number, df: Map<string, number>, common: number): LexiconShard {
  const own: Record<string, number> = {};
  const best = new Map<string, [word: string, pages: number]>();
  for (const [word, pages] of df) {
    const char = first(word);
    if (shardOf(char, count) !== n) continue;
    if (pages >= common) own[word] = pages;
    const seen = best.get(char);
    const cjk = /^[\u3400-\u9fff]{2,}$/.test(word);
    if (cjk && (!seen || pages > seen[1] || (pages === seen[1] && word < seen[0]))) best.set(char, [word, pages]);
  }
  const starts = Object.fromEntries([...best].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([char, [word]]) => [char, word]));
  return { ...shard, df: own, starts };
}

/** The shards holding whatever a text may look up: each Chinese character, each other word's first. */
export function shardsForText(text: string, count: number): number[] {
  const keys = new Set<string>();
  const normal = text.normalize('NFKC').toLowerCase();
  for (const char of normal.match(/[\u3400-\u9fff\uf900-\ufaff]/g) ?? []) keys.add(char);
  for (const [word] of normal.matchAll(/[^\s\u3400-\u9fff\uf900-\ufaff]+/g)) keys.add(first(word));
  return [...new Set([...keys].map((key) => shardOf(key, count)))].sort((a, b) => a - b);
}

export interface ShardSource {
  core: LexiconCore;
  /** The shards with these numbers (each fetched once). */
  shards(numbers: number[]): Promise<LexiconShard[]>;
  /** Pinyin keys starting with these letters. */
  pinyin(letters: string[]): Promise<PinyinTable | undefined>;
}

/** Rounds of loading: the query's characters, then the words it maps to, then theirs. */
const ROUNDS = 3;

/** The shards a source has given so far, joined once: every query of a visit reads the same lexicon. */
interface Session {
  loaded: Set<number>;
  lexicon: Lexicon;
  /** Shards in `lexicon`. */
  joined: number;
  /** Loads under way: a query needing a shard another query is loading waits for it. */
  busy: Set<Promise<unknown>>;
}
const sessions = new WeakMap<ShardSource, Session>();

/**
 * The lexicon a query needs, loaded shard by shard: the one it would be understood with if the whole
 * lexicon were loaded — every lookup the understanding and the ranking make finds its shard loaded.
 * The shards earlier queries of the same source loaded stay in it (more shards understand a query
 * the same), so a visit joins the lexicon — and query.ts prepares it — only when a shard is new.
 */
export async function lexiconForQuery(query: string, source: ShardSource): Promise<{ lexicon: Lexicon; pinyin?: PinyinTable }> {
  const count = source.core.shards;
  let session = sessions.get(source);
  if (!session) {
    session = { loaded: new Set(), lexicon: joinLexicon(source.core, []), joined: 0, busy: new Set() };
    sessions.set(source, session);
  }
  const state = session;
  const load = async (numbers: number[]): Promise<boolean> => {
    const more = numbers.filter((n) => !state.loaded.has(n));
    if (more.length === 0) {
      // Asked for by another query (two queries at once, e.g. the search page's quick answer and
      // its Pagefind search): the lexicon holds them once that query's loads are done.
      await Promise.allSettled(state.busy);
      // Unless one failed (offline): this query asks again, and fails too if they still do not load.
      // Understood without them, its words would be taken for words no page holds.
      if (numbers.some((n) => !state.loaded.has(n))) return load(numbers);
      return false;
    }
    for (const n of more) state.loaded.add(n);
    const job = (async () => {
      // Another query may add shards while these load: join whatever is loaded by then, never fewer.
      try {
        for (;;) {
          const all = [...state.loaded].sort((a, b) => a - b);
          const shards = await source.shards(all);
          if (all.length !== state.loaded.size) continue;
          if (all.length > state.joined) state.lexicon = joinLexicon(source.core, shards);
          state.joined = Math.max(state.joined, all.length);
          return true;
        }
      } catch (error) {
        // Not loaded (offline, a server error): the next query that needs them loads them again.
        for (const n of more) state.loaded.delete(n);
        throw error;
      }
    })();
    state.busy.add(job);
    try {
      return await job;
    } finally {
      state.busy.delete(job);
    }
  };
  const lexicon = () => state.lexicon;
  await load(shardsForText(query, count));
  const letters = pinyinLetters(query, lexicon());
  const pinyin = letters.length ? await source.pinyin(letters) : undefined;
  for (let round = 0; round < ROUNDS; round++) {
    const words = understandQuery(query, lexicon(), pinyin).terms.flatMap((term) => term.words.map(({ word }) => word));
    if (!(await load(words.map((word) => shardOf(first(word), count))))) break;
  }
  return { lexicon: lexicon(), pinyin };
}
