/**
 * The word a rep meant when a pinyin input method offered a homophone (回宽 for 回款, 合同签定 for
 * 合同签订, 考琴 for 考勤). A run of a query that the vocabulary does not cover end to end is read
 * again with each window of it (2–4 characters) replaced, where it helps, by a vocabulary word of
 * the same length that sounds the same — exactly, or as a southern accent blurs it (zh/z, ch/c,
 * sh/s, ang/an, eng/en, ing/in) — and keeps at least one typed character in its place (so 回宽
 * becomes 回款, never a word sharing nothing with what was typed). The reading that leaves fewest
 * characters unexplained wins. Among words that sound alike the pinyin table's order decides (the
 * handbook's own words, then the word more pages use: see vocabulary.ts).
 *
 * Whether the correction is shown or only offered is decided on both queries' results
 * (chooseCorrection). Pure: the readings of the characters (built with pinyin-pro, readings.ts) and
 * the pinyin tables come in as data, fetched only for a query that may need correcting.
 */
import { FUNCTION_CHARS } from './fillers';
import { foldQuery, stripFillers, vocabularyAt, type PinyinTable, type QueryLexicon, type UnderstoodQuery } from './query';
import { shardOf } from './shards';
import type { SiteSearchResult } from './site-search';

/** Files the readings are cut into, by code point (/search/readings/<n>.json). */
export const READING_SHARDS = 64;

/** Hanzi → its toneless readings as typed, space-separated ("xing hang heng"). */
export type ReadingShard = Record<string, string>;

/** What a correction reads a query with, all fetched by the characters and letters it needs. */
export interface Sounds {
  /** The pinyin table (keys starting with correctionLetters): words by how they are read in context. */
  pinyin: PinyinTable;
  /** The same words by their other readings (报价 → baojie: 价 is also jie), from readings.ts's soundalikes. */
  others: PinyinTable;
  /** The readings of the characters of typoRuns. */
  readings: ReadingShard;
}

/** A query corrected: what was typed, what was searched, and whether the corrected results are shown. */
export interface Correction {
  typed: string;
  corrected: string;
  /** The corrected query's results are shown (the typed query's hold too little); otherwise only offered. */
  shown: boolean;
}

/** The shortest and longest window read as one word. */
const WINDOW_MIN = 2;
const WINDOW_MAX = 4;
/** Runs longer than this (a sentence) are not corrected: too many windows, too many chances to guess wrong. */
const RUN_MAX = 12;
/** Readings tried per window (a polyphonic character multiplies them). */
const KEYS_MAX = 2000;
/** What a reading costs: a character the vocabulary does not explain, and a window read as a word. */
const UNEXPLAINED = 1;
const CORRECTED = 0.5;
const ACCENT = 0.1;
/** A query's best result must hold at least this share of its weight as known words (see chooseCorrection). */
export const KNOWN_SHARE = 0.5;

const CJK_RUN = /[\u3400-\u9fff]+/g;

/** The Chinese runs of a query as understandQuery reads them: cleaned, fillers stripped, lower-case. */
function runsOf(raw: string): string[] {
  const { text } = stripFillers(foldQuery(raw));
  return [...text.matchAll(CJK_RUN)].map((m) => m[0]);
}

/** Whether a text is the start of a vocabulary word: a word still being typed (转介 for 转介绍), no typo. */
const startsWord = (text: string, lexicon: QueryLexicon) =>
  vocabularyAt(lexicon, text[0]!).some((w) => w.length > text.length && w.startsWith(text));

/**
 * Whether the vocabulary covers a run end to end (longest match first, as the understanding cuts
 * it), but for an end that starts a word.
 */
function covered(run: string, lexicon: QueryLexicon): boolean {
  for (let i = 0; i < run.length;) {
    const word = vocabularyAt(lexicon, run[i]!).find((w) => run.startsWith(w, i));
    if (!word) return startsWord(run.slice(i), lexicon);
    i += word.length;
  }
  return true;
}

/** The runs of a query that may hold a typo: short runs the vocabulary does not cover end to end. */
export function typoRuns(raw: string, lexicon: QueryLexicon): string[] {
  return [...new Set(runsOf(raw).filter((run) => run.length >= WINDOW_MIN && run.length <= RUN_MAX && !covered(run, lexicon)))];
}

/** The readings shards the characters of these runs are in. */
export function readingShardsFor(runs: string[]): number[] {
  return [...new Set(runs.flatMap((run) => [...run].map((char) => shardOf(char, READING_SHARDS))))].sort((a, b) => a - b);
}

const readingsOf = (char: string, readings: ReadingShard): string[] => readings[char]?.split(' ') ?? [];

/** The first letters of the pinyin keys a correction may look up: those of a window's first character. */
export function correctionLetters(runs: string[], readings: ReadingShard): string[] {
  const letters = new Set<string>();
  for (const run of runs) for (const char of run.slice(0, -1)) for (const reading of readingsOf(char, readings)) letters.add(reading[0]!);
  return [...letters].sort();
}

const INITIALS: [string, string][] = [
  ['zh', 'z'],
  ['ch', 'c'],
  ['sh', 's'],
];
const FINALS: [string, string][] = [
  ['ang', 'an'],
  ['eng', 'en'],
  ['ing', 'in'],
];

/** A syllable and the syllables a southern accent confuses it with, each with how many blurs it took. */
export function accentVariants(syllable: string): [string, number][] {
  const heads: [string, number][] = [[syllable, 0]];
  for (const [retroflex, flat] of INITIALS) {
    if (syllable.startsWith(retroflex)) heads.push([flat + syllable.slice(retroflex.length), 1]);
    else if (syllable.startsWith(flat)) heads.push([retroflex + syllable.slice(flat.length), 1]);
  }
  const out: [string, number][] = [];
  for (const [head, blurs] of heads) {
    out.push([head, blurs]);
    for (const [nasal, plain] of FINALS) {
      if (head.endsWith(nasal)) out.push([head.slice(0, -1), blurs + 1]);
      else if (head.endsWith(plain)) out.push([`${head}g`, blurs + 1]);
    }
  }
  return out;
}

/** The word of the vocabulary a window sounds like, keeping a typed character in place; and how many blurs it took. */
function soundsLike(window: string, { pinyin, others, readings }: Sounds): { word: string; blurs: number } | undefined {
  let keys: [string, number][] = [['', 0]];
  for (const char of window) {
    const syllables = readingsOf(char, readings).flatMap(accentVariants);
    if (syllables.length === 0) return undefined;
    keys = keys.flatMap(([key, blurs]) => syllables.map(([s, b]): [string, number] => [key + s, blurs + b]));
    if (keys.length > KEYS_MAX) return undefined;
  }
  let best: { word: string; blurs: number; rank: number } | undefined;
  const consider = (words: string[] | undefined, blurs: number) =>
    (words ?? []).forEach((word, rank) => {
      if (word.length !== window.length || word === window || ![...word].some((char, i) => char === window[i])) return;
      // A rep who typed a content word meant one (第一 is not 的一).
      if ([...word].some((char, i) => char !== window[i] && FUNCTION_CHARS.has(char))) return;
      if (!best || blurs < best.blurs || (blurs === best.blurs && rank < best.rank)) best = { word, blurs, rank };
    });
  for (const [key, blurs] of keys) {
    consider(pinyin[key], blurs);
    // A word's other reading is as far as one blur.
    consider(others[key], blurs + 1);
  }
  return best && { word: best.word, blurs: best.blurs };
}

/** A run read with fewest unexplained characters: vocabulary words as typed, windows corrected, characters left. */
function correctRun(run: string, lexicon: QueryLexicon, sounds: Sounds): string {
  const best: { cost: number; from: number; text: string }[] = [{ cost: 0, from: -1, text: '' }];
  const relax = (to: number, cost: number, from: number, text: string) => {
    if (!best[to] || cost < best[to].cost - 1e-9) best[to] = { cost, from, text };
  };
  for (let i = 0; i < run.length; i++) {
    const here = best[i];
    if (!here) continue;
    relax(i + 1, here.cost + UNEXPLAINED, i, run[i]!);
    for (const word of vocabularyAt(lexicon, run[i]!)) if (run.startsWith(word, i)) relax(i + word.length, here.cost, i, word);
    for (let length = WINDOW_MIN; length <= WINDOW_MAX && i + length <= run.length; length++) {
      const window = run.slice(i, i + length);
      if (vocabularyAt(lexicon, window[0]!).includes(window) || (i + length === run.length && startsWord(window, lexicon))) continue;
      const found = soundsLike(window, sounds);
      if (found) relax(i + length, here.cost + CORRECTED + ACCENT * found.blurs, i, found.word);
    }
  }
  const pieces: string[] = [];
  for (let at = run.length; at > 0; at = best[at]!.from) pieces.unshift(best[at]!.text);
  return pieces.join('');
}

/**
 * The query with each of its typo runs read as the words the rep most likely meant (回宽 → 回款,
 * 合同签定 → 合同签订), or undefined when nothing reads better as typed. `readings` must hold the
 * characters of typoRuns(raw), and its tables the keys starting with correctionLetters.
 */
export function correctQuery(raw: string, lexicon: QueryLexicon, sounds: Sounds): string | undefined {
  let query = foldQuery(raw);
  let changed = false;
  for (const run of typoRuns(raw, lexicon)) {
    const read = correctRun(run, lexicon, sounds);
    const next = query.split(run).join(read);
    changed ||= next !== query;
    query = next;
  }
  return changed ? query : undefined;
}

/** Where a correction's files come from (the browser fetches them; tests read what the build writes). */
export interface SoundSource {
  readings(shards: number[]): Promise<ReadingShard>;
  pinyin(letters: string[]): Promise<PinyinTable>;
  others(letters: string[]): Promise<PinyinTable>;
}

/**
 * The query the rep most likely meant, loading only what it needs: nothing for a query the
 * vocabulary covers; else the readings of its runs' characters and the pinyin keys they may start;
 * the words' other readings (报价 as baojie: 报介) only when their usual readings correct nothing.
 */
export async function correctionFor(raw: string, lexicon: QueryLexicon, source: SoundSource): Promise<string | undefined> {
  const runs = typoRuns(raw, lexicon);
  if (runs.length === 0) return undefined;
  const readings = await source.readings(readingShardsFor(runs));
  const letters = correctionLetters(runs, readings);
  const pinyin = await source.pinyin(letters);
  return (
    correctQuery(raw, lexicon, { pinyin, others: {}, readings }) ??
    correctQuery(raw, lexicon, { pinyin, others: await source.others(letters), readings })
  );
}

/**
 * Whether a typed query's results may be kept beside its correction: it has a term of the
 * vocabulary's words (合同 in 合同签定). Without one (回宽: two lone characters) they hold no known
 * word, and the corrected results are shown whenever they do (chooseCorrection).
 */
export function mayKeepTyped(understood: UnderstoodQuery): boolean {
  return understood.terms.some((term) => term.known && !term.single);
}

/**
 * The results to show for a query with a correction, both searched: the corrected query's, saying
 * so, when the typed query's best result holds less than KNOWN_SHARE of its weight as known words
 * (回宽: two lone characters) and the corrected one's holds more; otherwise the typed query's,
 * offering the correction when its results would hold more known words (合同签定 → 合同签订).
 */
export function chooseCorrection(typed: SiteSearchResult, corrected: SiteSearchResult): SiteSearchResult {
  if (corrected.results.length === 0 || corrected.known <= typed.known) return typed;
  const correction = { typed: typed.query, corrected: corrected.query };
  if (typed.known < KNOWN_SHARE && corrected.known >= KNOWN_SHARE) return { ...corrected, correction: { ...correction, shown: true } };
  return { ...typed, correction: { ...correction, shown: false } };
}
