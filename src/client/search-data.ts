/**
 * Search data loaded in the browser, each file once per visit and only when a query needs it: the
 * lexicon (query understanding) — cut by character for site search, whole for the script finder —
 * pinyin keys by first letter, and the shards of the sharded lunr indexes (script finder,
 * part-of-a-word page index). The query code (lunr-query.ts: lunr's scoring without the lunr
 * library) is a separate chunk, loaded with the first shard: site search needs it only for a
 * part-of-a-word query.
 */
import {
  LEXICON_SHARDS,
  lexiconForQuery,
  shardsForText,
  type BrowserCore,
  type LexiconShard,
  type ShardSource,
} from '../lib/search/lexicon-shards';
import type { Hit, LoadedIndex } from '../lib/search/lunr-query';
import { pinyinLetters, type PinyinTable } from '../lib/search/query';
import { GLOSSARY_SHARDS, joinShards, shardOf, shardsFor, type Shard, type ShardManifest } from '../lib/search/shards';
import { Dictionary, queryTokens } from '../lib/search/tokenize';
import type { ReadingShard } from '../lib/search/typos';
import type { GlossaryText, Lexicon } from '../lib/search/vocabulary';
import { once } from '../lib/once';
import { urls } from '../lib/urls';

const json = <T>(url: string): Promise<T> =>
  fetch(url).then((response) => {
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return response.json() as Promise<T>;
  });

/** A table of keys by first letter: a letter no key starts with has no file (404), which reads as no keys. */
const letterTable = (url: string): Promise<PinyinTable> =>
  fetch(url).then((response) => {
    if (response.status === 404) return {};
    if (!response.ok) throw new Error(`${response.url}: ${response.status}`);
    return response.json() as Promise<PinyinTable>;
  });

let lexicon: Promise<Lexicon> | undefined;
/** The whole lexicon (the script finder lists glossary terms that merely contain a word). */
export function loadLexicon(): Promise<Lexicon> {
  lexicon ??= json<Lexicon>(urls.searchLexicon());
  lexicon.catch(() => (lexicon = undefined));
  return lexicon;
}

const core = new Map<'core', Promise<BrowserCore>>();
/** The lexicon's core: page and shard counts, and the header box's UI strings. */
export function loadLexiconCore(): Promise<BrowserCore> {
  return once(core, 'core', () => json<BrowserCore>(urls.searchLexiconShard('core')));
}

const lexiconShards = new Map<number, Promise<LexiconShard>>();
/** Most lexicon shards fetched before the core is there. */
const EARLY_SHARDS = 3;
/** A lexicon that knows no word: every Latin word of a query may be pinyin. */
const NO_WORDS = { synonyms: [], words: [], chars: '', latin: [] };
const lexiconShard = (n: number) => once(lexiconShards, n, () => json<LexiconShard>(urls.searchLexiconShard(n)));
/**
 * The whole lexicon, once a query of more than EARLY_SHARDS shards asked for it: one file at once
 * instead of many shards (a browser fetches 6 files at a time from one HTTP/1.1 host, Pagefind's
 * among them) and a second round for the words they map to. It is the script finder's file too; the
 * build gives it the shards' page counts and word starts (wholeLexicon), so it is the lexicon all
 * shards join into: every later query of the visit reads it, as with the shards it would need.
 */
let whole: Promise<Lexicon | undefined> | undefined;

let source: ShardSource | undefined;

/** The part of the lexicon a query needs (site search), and the pinyin keys it may need. */
export async function loadLexiconFor(query: string): Promise<{ lexicon: Lexicon; pinyin?: PinyinTable }> {
  // The shards of a short query's own characters are fetched with the core, not after it: the build
  // cuts the lexicon into LEXICON_SHARDS (which the core confirms). A longer query's many shards
  // would hold up Pagefind's files, and the words they map to would need more: it loads the whole.
  const early = shardsForText(query, LEXICON_SHARDS);
  if (early.length > EARLY_SHARDS) {
    // Unavailable (offline before it was cached): this query loads its shards, the next tries again.
    whole ??= loadLexicon().catch(() => (whole = undefined));
  } else if (!whole) {
    for (const n of early) lexiconShard(n).catch(() => undefined);
    // Latin letters may be pinyin (hk, huikuan): their keys are fetched with them, unless the
    // lexicon then says they are a word of the content (CIF), when that file is not needed.
    pinyinFor(pinyinLetters(query, NO_WORDS)).catch(() => undefined);
  }
  const lexicon = await whole;
  if (lexicon) {
    const letters = pinyinLetters(query, lexicon);
    return { lexicon, pinyin: await pinyinFor(letters) };
  }
  const core = await loadLexiconCore();
  // One source per visit: the lexicon it joins is reused by every query (lexiconForQuery).
  source ??= {
    core,
    shards: (numbers) => Promise.all(numbers.map(lexiconShard)),
    pinyin: pinyinFor,
  };
  return lexiconForQuery(query, source);
}

const pinyin = new Map<string, Promise<PinyinTable>>();
/**
 * The pinyin keys starting with these letters (a letter no key starts with has no file: nothing).
 * Site search fails when one does not load (offline, a server error): read without its keys, hk
 * would be reported as neither a word nor pinyin, and as found nowhere. It is tried again next time.
 */
async function pinyinFor(letters: string[]): Promise<PinyinTable | undefined> {
  if (letters.length === 0) return undefined;
  const tables = await Promise.all(letters.map((letter) => once(pinyin, letter, () => letterTable(urls.searchPinyin(letter)))));
  return Object.assign({}, ...tables) as PinyinTable;
}

/** As pinyinFor, for the script finder: a file that fails to load reads no pinyin this time. */
export async function loadPinyin(letters: string[]): Promise<PinyinTable | undefined> {
  if (letters.length === 0) return undefined;
  const tables = await Promise.all(letters.map((letter) => pinyinFor([letter]).catch((): PinyinTable => ({}))));
  return Object.assign({}, ...tables) as PinyinTable;
}

const readings = new Map<number, Promise<ReadingShard>>();
/** The readings of the hanzi in these shards (only for a query that may hold a typo). */
export async function loadReadings(shards: number[]): Promise<ReadingShard> {
  const tables = await Promise.all(shards.map((n) => once(readings, n, () => json<ReadingShard>(urls.searchReadings(n)))));
  return Object.assign({}, ...tables) as ReadingShard;
}

const sounds = new Map<string, Promise<PinyinTable>>();
/** The vocabulary words by their other readings, keys starting with these letters (a letter with none has no file). */
export async function loadSounds(letters: string[]): Promise<PinyinTable> {
  const tables = await Promise.all(letters.map((letter) => once(sounds, letter, () => letterTable(urls.searchSounds(letter)))));
  return Object.assign({}, ...tables) as PinyinTable;
}

const glossary = new Map<number, Promise<Record<string, GlossaryText>>>();
/** The text of the glossary cards with these keys: only their shards are fetched. */
export async function loadCardText(keys: string[]): Promise<Record<string, GlossaryText>> {
  const shards = [...new Set(keys.map((key) => shardOf(key, GLOSSARY_SHARDS)))];
  const tables = await Promise.all(shards.map((n) => once(glossary, n, () => json<Record<string, GlossaryText>>(urls.searchGlossary(n)))));
  return Object.assign({}, ...tables) as Record<string, GlossaryText>;
}

let dictionary: Dictionary | undefined;
/** The whole lexicon's dictionary (script finder). */
export async function loadDictionary(): Promise<Dictionary> {
  const lex = await loadLexicon();
  dictionary ??= new Dictionary(lex.words);
  return dictionary;
}

/** A lunr index fetched shard by shard: each query fetches only the shards of its tokens. */
export class ShardedIndex {
  private manifest: Promise<ShardManifest> | undefined;
  private readonly shards = new Map<number, Promise<Shard>>();
  private joined: { count: number; index: LoadedIndex } | undefined;

  constructor(private readonly name: 'scripts' | 'pages') {}

  /** Starts fetching the manifest (e.g. when the box gets focus). */
  prepare(): Promise<ShardManifest> {
    this.manifest ??= json<ShardManifest>(urls.searchShard(this.name, 'manifest'));
    this.manifest.catch(() => (this.manifest = undefined));
    return this.manifest;
  }

  private shard(n: number): Promise<Shard> {
    return once(this.shards, n, () => json<Shard>(urls.searchShard(this.name, n)));
  }

  /**
   * Fetches every shard when the whole index is small (at most `limit` bytes as JSON), so search
   * keeps working offline; a large index stays on demand. Resolves true when all are loaded.
   */
  async prefetch(limit: number): Promise<boolean> {
    const manifest = await this.prepare();
    if (manifest.bytes > limit) return false;
    await Promise.all(Array.from({ length: manifest.shards }, (_, n) => this.shard(n)));
    return true;
  }

  /** Hits for each word (same order), from an index joined of the shards loaded so far. */
  async search(words: string[], dict: Dictionary): Promise<Hit[][]> {
    const manifest = await this.prepare();
    const tokens = words.flatMap((word) => queryTokens(word, dict));
    const [{ load, searchIndex }] = await Promise.all([
      import('../lib/search/lunr-query'),
      ...shardsFor(tokens, manifest).map((n) => this.shard(n)),
    ]);
    if (this.joined?.count !== this.shards.size) {
      const loaded = await Promise.all(this.shards.values());
      this.joined = { count: loaded.length, index: load(joinShards(manifest, loaded)) };
    }
    const index = this.joined.index;
    return words.map((word) => searchIndex(index, word, dict));
  }
}
