/**
 * Query understanding: the one place that turns what a rep typed into the terms search looks for.
 * The search page, the header box and the script finder use it in the browser; the build uses it
 * to read 常见问法 the same way. Pure: the content's vocabulary comes in as data (the lexicon).
 *
 *  1. Clean: cap the length, drop control characters and punctuation.
 *  2. Strip question and filler phrases from a reviewed list (咋办, 是不是, 什么时候 …) and A-not-A
 *     questions (包不包含 → 包含); drop the pronoun between a verb and its object (看我们工厂 → 看工厂).
 *  3. Cut Chinese runs into words: words of the vocabulary are kept whole even where the browser's
 *     segmenter splits them (打卡 → 打|卡), the rest is cut by Intl.Segmenter; a single character is
 *     kept only when the content uses it as a word on its own (税, 章, 价), never 的/了/吗.
 *  4. Map each term to the words the handbook uses: colloquial synonyms and glossary aliases
 *     (拖款 → 逾期账款), and pinyin — full or initials, with or without spaces — through the
 *     vocabulary (hk, huikuan, hui kuan → 回款). Latin letters are searched as typed only when the
 *     content holds them as words (CIF, KPI); other Latin input is read as pinyin or dropped.
 * Search then matches as many terms as it can, ranked by how much of the query a page covers.
 */
import { COMMON_WORDS, EARLIER, FILLER_PHRASES, FUNCTION_CHARS, JOINED_PRONOUNS, NUMERAL } from './fillers';

/** The longest query considered, in characters; the rest is ignored. */
export const MAX_QUERY = 100;
/** At most this many terms are searched; a long sentence keeps its most telling words. */
export const MAX_TERMS = 6;
/** At most this many words are searched for one term (what was typed and what it maps to). */
export const MAX_WORDS_PER_TERM = 4;
/** A pinyin key is read as a word of the vocabulary a little less surely than a typed word… */
const PINYIN_WEIGHT = 0.9;
/** …and its later readings (hk → 回扣 after 回款) less still. */
const PINYIN_LATER = 0.6;

/** The vocabulary the understanding reads, built from the content at build time. */
export interface QueryLexicon {
  /**
   * Colloquial word or alias (lower-case) → a handbook word it stands for; an alias may repeat.
   * `unheld` (1) when no page holds the alias (年假, 赖账): it is searched only as the words it
   * stands for, since Pagefind would list pages holding its characters apart (年…假) as holding it.
   */
  synonyms: SynonymPair[];
  /** The content's vocabulary (glossary terms and aliases, synonyms, tags, words of titles and
   * 常见问法): kept whole although the browser's segmenter may split them (打卡 → 打|卡). */
  words: string[];
  /** Single characters the content uses as words on their own (税, 章, 价). */
  chars: string;
  /** Latin words the content holds (cif, kpi, pdca): searched as typed. */
  latin: string[];
}

/** A colloquial word or alias → a handbook word; 1 when no page holds the alias (see QueryLexicon). */
export type SynonymPair = [alias: string, term: string, unheld?: 1];

/** Pinyin key (full, e.g. huikuan, or initials, e.g. hk) → vocabulary words, best first. */
export type PinyinTable = Record<string, string[]>;

export type WordSource = 'typed' | 'synonym' | 'pinyin';

export interface TermWord {
  word: string;
  via: WordSource;
  /** How much a page holding this word counts for the term (1 for what was typed and its synonyms). */
  weight: number;
}

export interface QueryTerm {
  /** What the rep typed for this term (lower-cased): 拖款, hk, cif. */
  text: string;
  /** Words to search for it, best first: the typed word (unless it is pinyin) and what it maps to. */
  words: TermWord[];
  /** A single Chinese character kept as a content word: weaker evidence than a word. */
  single: boolean;
  /** A word of the vocabulary or a synonym (rather than only a cut of the segmenter). */
  known?: boolean;
  /** The end of the query, still being typed: the vocabulary words it starts (首件签 → 首件签样). */
  completions?: string[];
}

export interface UnderstoodQuery {
  /** The cleaned query, as shown back to the rep. */
  query: string;
  terms: QueryTerm[];
  /**
   * The query's terms as typed, when they are consecutive and more than one (工作计划, 寄样审批): pages
   * holding it rank first. None when a term stands apart (寄样的审批, a sentence with words dropped).
   */
  phrase?: string;
  /** Filler phrases and characters that were removed. */
  dropped: string[];
  /** Latin input that is neither a word of the content nor pinyin of one. */
  unknown: string[];
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
/** Latin words and numbers, with the joiners of trade terms kept (c&f, t/t, b/l, 1.5). */
const TOKEN = /[\u3400-\u9fff\uf900-\ufaff]+|[a-z0-9]+(?:[&/.'’][a-z0-9]+)*/g;

/** Trim, collapse whitespace, drop control characters and cap a user query. */
export function cleanQuery(raw: string): string {
  return raw
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY);
}

/**
 * The query as it is matched: cleaned, NFKC (full-width letters and digits read as ASCII, ＣＩＦ as
 * CIF) and lower-case. Every reading of a query starts here, so they agree on what was typed.
 */
export function foldQuery(raw: string): string {
  return cleanQuery(raw).normalize('NFKC').toLowerCase();
}

export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

const FILLERS = [...FILLER_PHRASES].sort((a, b) => b.length - a.length);
/** A-not-A questions: 包不包含 → 包含, 能不能 → 能, 还要不要货 → 还要货. */
const A_NOT_A = /([\u3400-\u9fff])[不没]\1/g;

/** The query without question and filler phrases (the removed parts are reported). */
export function stripFillers(text: string): { text: string; dropped: string[] } {
  const dropped: string[] = [];
  let out = text.replace(A_NOT_A, (whole, verb: string) => {
    dropped.push(whole.slice(1));
    return verb;
  });
  for (const filler of FILLERS) {
    if (!out.includes(filler)) continue;
    dropped.push(filler);
    out = out.split(filler).join(' ');
  }
  for (const pronoun of JOINED_PRONOUNS) {
    if (!out.includes(pronoun)) continue;
    dropped.push(pronoun);
    out = out.split(pronoun).join('');
  }
  out = out.replace(EARLIER, (_whole: string, before: string, standard: string) => {
    dropped.push(standard);
    return before;
  });
  return { text: out, dropped };
}

interface Prepared {
  synonyms: Map<string, string[]>;
  /** Aliases no page holds. */
  unheld: Set<string>;
  /** Dictionary words by first character, longest first. */
  dictionary: Map<string, string[]>;
  chars: Set<string>;
  latin: Set<string>;
}

const prepared = new WeakMap<QueryLexicon, Prepared>();
/** A word the understanding cuts Chinese runs with: two or more Chinese characters and nothing else. */
const CJK_WORD = /^[\u3400-\u9fff\uf900-\ufaff]{2,}$/;

function prepare(lexicon: QueryLexicon): Prepared {
  let ready = prepared.get(lexicon);
  if (ready) return ready;
  const synonyms = new Map<string, string[]>();
  const unheld = new Set<string>();
  for (const [alias, term, notHeld] of lexicon.synonyms) {
    const list = synonyms.get(alias) ?? [];
    if (!list.includes(term)) list.push(term);
    synonyms.set(alias, list);
    if (notHeld) unheld.add(alias);
  }
  const dictionary = new Map<string, string[]>();
  const add = (word: string) => {
    if (!CJK_WORD.test(word)) return;
    const list = dictionary.get(word[0]!) ?? [];
    if (!list.includes(word)) list.push(word);
    dictionary.set(word[0]!, list);
  };
  for (const word of lexicon.words) add(word);
  for (const [alias, term] of lexicon.synonyms) {
    add(alias);
    add(term);
  }
  for (const list of dictionary.values()) list.sort((a, b) => b.length - a.length);
  ready = { synonyms, unheld, dictionary, chars: new Set(lexicon.chars), latin: new Set(lexicon.latin) };
  prepared.set(lexicon, ready);
  return ready;
}

/**
 * The vocabulary words (and synonyms) starting with `char`, longest first: what the understanding
 * keeps whole. The typo correction (typos.ts) reads a query's runs with the same words.
 */
export function vocabularyAt(lexicon: QueryLexicon, char: string): readonly string[] {
  return prepare(lexicon).dictionary.get(char) ?? [];
}

let segmenter: Intl.Segmenter | undefined;
function segments(text: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

/**
 * Readies the browser's Chinese word segmenter, whose first use loads its dictionary (about 12 ms
 * in Chromium): the search page does it while a query's files are on their way.
 */
export function readySegmenter(): void {
  segments('客户');
}

/** A piece of a Chinese run: a word, or a lone character with whether it is kept. */
interface Piece {
  text: string;
  kept: boolean;
  single: boolean;
  dictionary: boolean;
  /** Vocabulary words this piece (the end of the query) starts. */
  completes?: string[];
}

/**
 * Vocabulary words the end of a query starts (首件签 → 首件签样, 五个为 → 五个为什么): the rep is
 * still typing. At least three characters, and only words the segmenter would split.
 */
function completions(tail: string, ready: Prepared): string[] {
  if ([...tail].length < 3) return [];
  return (ready.dictionary.get(tail[0]!) ?? [])
    .filter((word) => word.length > tail.length && word.startsWith(tail))
    .sort((a, b) => a.length - b.length)
    .slice(0, 2);
}

/** Cuts a Chinese run: vocabulary words first (longest match), the gaps by the segmenter. */
function cutRun(run: string, ready: Prepared, atEnd: boolean): Piece[] {
  const pieces: Piece[] = [];
  let gap = '';
  const flush = () => {
    for (const word of segments(gap)) {
      if (word.length > 1)
        pieces.push({ text: word, kept: !COMMON_WORDS.has(word) && !NUMERAL.test(word), single: false, dictionary: false });
      else pieces.push({ text: word, kept: ready.chars.has(word) && !FUNCTION_CHARS.has(word), single: true, dictionary: false });
    }
    gap = '';
  };
  for (let i = 0; i < run.length;) {
    const word = ready.dictionary.get(run[i]!)?.find((candidate) => run.startsWith(candidate, i));
    const completed = word || !atEnd ? [] : completions(run.slice(i), ready);
    if (completed.length > 0) {
      flush();
      pieces.push({ text: run.slice(i), kept: true, single: false, dictionary: true, completes: completed });
      gap = '';
      return pieces;
    }
    if (word) {
      flush();
      pieces.push({ text: word, kept: !COMMON_WORDS.has(word) && !NUMERAL.test(word), single: false, dictionary: true });
      i += word.length;
    } else {
      gap += run[i];
      i += 1;
    }
  }
  flush();
  return pieces;
}

/** Words a term maps to through the synonyms (glossary aliases and colloquial words). */
function mapped(word: string, ready: Prepared): string[] {
  return ready.synonyms.get(word) ?? [];
}

function termFor(text: string, ready: Prepared, typed: boolean, single = false): QueryTerm {
  // What was typed is searched too, unless no page holds it and it stands for handbook words.
  const searched = typed && !(ready.unheld.has(text) && mapped(text, ready).length > 0);
  const words: TermWord[] = searched ? [{ word: text, via: 'typed', weight: 1 }] : [];
  for (const term of mapped(text, ready)) words.push({ word: term, via: 'synonym', weight: 1 });
  return { text, words, single, known: mapped(text, ready).length > 0 };
}

/** Pinyin keys the table holds for Latin input: the whole input joined, else word by word. */
function pinyinTerms(tokens: string[], pinyin: PinyinTable | undefined, ready: Prepared): (QueryTerm | undefined)[] {
  const lookup = (key: string): QueryTerm | undefined => {
    const found = pinyin?.[key.replace(/['’]/g, '')];
    if (!found?.length) return undefined;
    const words: TermWord[] = [];
    found.forEach((word, i) => {
      // The handbook words of a reading count as much as the reading.
      const weight = i === 0 ? PINYIN_WEIGHT : PINYIN_WEIGHT * PINYIN_LATER;
      words.push({ word, via: 'pinyin', weight });
      for (const term of mapped(word, ready)) words.push({ word: term, via: 'synonym', weight });
    });
    return { text: key, words: dedupe(words), single: false, known: true };
  };
  if (tokens.length > 1) {
    const whole = lookup(tokens.join(''));
    if (whole) return [{ ...whole, text: tokens.join(' ') }];
  }
  return tokens.map(lookup);
}

function dedupe(words: TermWord[]): TermWord[] {
  const seen = new Set<string>();
  return words.filter(({ word }) => !seen.has(word) && seen.add(word)).slice(0, MAX_WORDS_PER_TERM);
}

/** Latin letters only (a candidate for pinyin), as opposed to trade terms with digits or joiners. */
const LETTERS = /^[a-z'’]+$/;

/**
 * Understands a query against the content's vocabulary. `pinyin` is needed only when the query has
 * Latin letters that are not words of the content (see `pinyinLetters`).
 */
export function understandQuery(raw: string, lexicon: QueryLexicon, pinyin?: PinyinTable): UnderstoodQuery {
  const ready = prepare(lexicon);
  const query = cleanQuery(raw);
  const { text, dropped } = stripFillers(foldQuery(query));
  const terms: QueryTerm[] = [];
  const unknown: string[] = [];
  let phrase: string | undefined;
  let phraseTerms = 0;
  let latin: string[] = [];
  const flushLatin = () => {
    const pending = latin;
    latin = [];
    if (pending.length === 0) return;
    // Runs of letters that are not words of the content are read as pinyin, joined first (hui kuan).
    const found = pinyinTerms(pending, pinyin, ready);
    found.forEach((term, i) => {
      if (term) terms.push(term);
      else if (found.length === pending.length) unknown.push(pending[i]!);
    });
  };
  for (const [token] of text.matchAll(TOKEN)) {
    if (hasCjk(token)) {
      flushLatin();
      const pieces = cutRun(token, ready, text.trimEnd().endsWith(token));
      for (const piece of pieces) {
        if (!piece.kept) {
          dropped.push(piece.text);
          continue;
        }
        const term = termFor(piece.text, ready, true, piece.single);
        // Still typing: the vocabulary words the end of the query starts count as what was typed.
        for (const word of piece.completes ?? []) {
          term.words.push({ word, via: 'synonym', weight: 1 });
          for (const target of mapped(word, ready)) term.words.push({ word: target, via: 'synonym', weight: 1 });
        }
        const completions = piece.completes?.length ? { completions: piece.completes } : {};
        terms.push({ ...term, words: dedupe(term.words), known: piece.dictionary, ...completions });
      }
      // The longest stretch of kept pieces with nothing dropped between them, if it joins two or more.
      let run: Piece[] = [];
      for (const piece of [...pieces, { text: '', kept: false, single: false, dictionary: false }]) {
        if (piece.kept) run.push(piece);
        else {
          const joined = run.map((p) => p.text).join('');
          if (run.length > 1 && joined.length > (phrase?.length ?? 0) && joined.length <= 12) {
            phrase = joined;
            phraseTerms = run.length;
          }
          run = [];
        }
      }
      continue;
    }
    const synonyms = mapped(token, ready);
    if (ready.latin.has(token) || synonyms.length > 0 || !LETTERS.test(token)) {
      flushLatin();
      terms.push({ ...termFor(token, ready, ready.latin.has(token) || !LETTERS.test(token)), known: true });
    } else latin.push(token);
  }
  flushLatin();
  // The phrase is the query's, not a stretch of a sentence: 新客户 in 新客户说要先看我们工厂再决定
  // is held by many pages that say nothing about visiting the factory.
  if (phraseTerms < terms.length) phrase = undefined;
  return { query, terms: pickTerms(terms), phrase, dropped: [...new Set(dropped)], unknown };
}

/** Distinct terms, at most MAX_TERMS: vocabulary words first, then words before single characters, longer first. */
function pickTerms(terms: QueryTerm[]): QueryTerm[] {
  const seen = new Set<string>();
  const unique = terms.filter((term) => term.words.length > 0 && !seen.has(term.text) && seen.add(term.text));
  if (unique.length <= MAX_TERMS) return unique;
  const keep = new Set(
    [...unique]
      .sort((a, b) => Number(!!b.known) - Number(!!a.known) || Number(a.single) - Number(b.single) || b.text.length - a.text.length)
      .slice(0, MAX_TERMS),
  );
  return unique.filter((term) => keep.has(term));
}

/**
 * First letters of the Latin words in a query that may be pinyin (not content words, not
 * synonyms): the pinyin table is sharded by first letter and fetched only for these.
 */
export function pinyinLetters(raw: string, lexicon: QueryLexicon): string[] {
  const ready = prepare(lexicon);
  const letters = new Set<string>();
  for (const [token] of foldQuery(raw).matchAll(TOKEN)) {
    if (!hasCjk(token) && LETTERS.test(token) && !ready.latin.has(token) && !ready.synonyms.has(token)) letters.add(token[0]!);
  }
  return [...letters].sort();
}

/** Every word a search looks for (typed and mapped), for highlighting. */
export function searchedWords(understood: UnderstoodQuery): string[] {
  return [...new Set(understood.terms.flatMap((term) => term.words.map((w) => w.word)))];
}

/** Words searched that the rep did not type, as "typed → word" pairs, to say what was widened. */
export function widenedWords(understood: UnderstoodQuery): { from: string; to: string; via: WordSource }[] {
  return understood.terms.flatMap((term) =>
    term.words.filter((w) => w.via !== 'typed' && w.word !== term.text).map((w) => ({ from: term.text, to: w.word, via: w.via })),
  );
}
