/**
 * The content's vocabulary, built at build time for query understanding (query.ts): which single
 * characters are words on their own, which words to keep whole although the segmenter splits them,
 * which Latin words the content holds, the synonyms, the glossary cards and the pinyin keys of the
 * words reps look for. The glossary is the custom dictionary: its terms and aliases are words even
 * where Intl.Segmenter cuts them. Pure: plain documents in, plain data out.
 */
import { COMMON_WORDS, FUNCTION_CHARS, PARTICLES } from './fillers';
import { pinyinOf } from './pinyin-keys';
import type { PinyinTable, QueryLexicon, SynonymPair } from './query';
import { hasCjk } from './query';
import { GLOSSARY_SHARDS, shardOf } from './shards';

export interface VocabularyDoc {
  title: string;
  /** Every word of the page a search can find (summary, body, fields), markup stripped. */
  text: string;
  tags: string[];
  /** 常见问法. */
  questions: string[];
}

export interface GlossaryInput {
  term: string;
  aliases: string[];
  definition: string;
  /** The handbook section that explains the term. */
  section?: { url: string; title: string };
}

export interface SynonymGroup {
  /** The handbook's word. */
  term: string;
  /** What people say instead. */
  aliases: string[];
}

/**
 * A glossary term in the lexicon: [term as written, section url ('' when none)], and — added after
 * Pagefind has indexed the site — the section's Pagefind page id, so that search ranks the page the
 * glossary names for a term first for that term. The card's text is in a glossary shard.
 */
export type GlossaryCard = [term: string, url: string, page?: string];

/**
 * What a glossary card shows besides the term: [definition (short), section title ('' when none)].
 * In /search/glossary/<shard>.json, fetched only for the cards a query shows.
 */
export type GlossaryText = [definition: string, title: string];

/** Everything /search/lexicon.json holds. */
export interface Lexicon extends QueryLexicon {
  /** Glossary term (lower-case) → its card. */
  glossary: Record<string, GlossaryCard>;
  /** Pages in the site index, for weighting terms by how many pages hold them. */
  pages: number;
  /**
   * How many pages Pagefind's index lists for each word on so many pages (DEFER_PAGES) that its
   * postings weigh several kB, read from Pagefind's output after indexing (the built lexicon and
   * its shards). A word not listed is held by fewer pages: search asks Pagefind for such words
   * before the common ones (site-search.ts).
   */
  df?: Record<string, number>;
  /** Character → the word of Pagefind's index most pages hold that starts with it (订 → 订单). */
  starts?: Record<string, string>;
}

/** Characters of a definition shown on a glossary card. */
export const CARD_DEFINITION = 90;
/** A character is a word on its own when the segmenter leaves it alone at least this often. */
const CHAR_MIN = 2;
/** Two lone characters side by side this often, in this many pages, are a word the segmenter splits. */
const PAIR_MIN = 3;
const PAIR_DOCS = 2;
/** Words a pinyin key maps to. */
const PINYIN_WORDS = 3;
/**
 * The readings of a pinyin key come by kind of word, then by how many pages use the word. Glossary
 * terms (level 4) and the other handbook words (level 3: glossary aliases, the words synonyms map
 * to) are one kind: which list a word is in says nothing about how often reps use it, and the word
 * more pages use comes first (cs: 催收 on 7 pages before the trade term 材数 on 4).
 */
const HANDBOOK_WORD = 3;

const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;
const LATIN = /[a-z0-9]+(?:[&/.'’][a-z0-9]+)*/g;

let segmenter: Intl.Segmenter | undefined;
function segments(text: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

const onlyCjk = (word: string) => /^[\u3400-\u9fff\uf900-\ufaff]+$/.test(word);

/** alias → handbook word, lower-cased; an alias may stand for several words, never for itself. */
export function synonymPairs(groups: SynonymGroup[]): [string, string][] {
  const pairs: [string, string][] = [];
  const seen = new Set<string>();
  for (const { term, aliases } of groups) {
    for (const alias of aliases) {
      const key = alias.trim().toLowerCase();
      const pair = `${key}\u0000${term}`;
      if (!key || key === term.toLowerCase() || seen.has(pair)) continue;
      seen.add(pair);
      pairs.push([key, term]);
    }
  }
  return pairs.sort((a, b) => b[0].length - a[0].length || a[0].localeCompare(b[0]));
}

export function buildLexicon(
  docs: VocabularyDoc[],
  glossary: GlossaryInput[],
  synonymGroups: SynonymGroup[],
): { lexicon: Lexicon; pinyin: PinyinTable; cards: Record<string, GlossaryText> } {
  const synonyms = synonymPairs([...glossary.map((g) => ({ term: g.term, aliases: g.aliases })), ...synonymGroups]);

  // Single characters and adjacent lone characters, as the segmenter leaves them in the content.
  const charCount = new Map<string, number>();
  const pairCount = new Map<string, number>();
  const pairDocs = new Map<string, number>();
  const latin = new Set<string>();
  for (const doc of docs) {
    const text = `${doc.title} ${doc.text} ${doc.questions.join(' ')}`.normalize('NFKC').toLowerCase();
    for (const [word] of text.replace(CJK_RUN, ' ').matchAll(LATIN)) if (/[a-z]/.test(word) && word.length > 1) latin.add(word);
    const pairsHere = new Set<string>();
    for (const [run] of text.matchAll(CJK_RUN)) {
      const parts = segments(run);
      parts.forEach((part, i) => {
        if (part.length === 1) charCount.set(part, (charCount.get(part) ?? 0) + 1);
        // Two lone characters side by side, neither a particle (寄|样, 下|单): a word the segmenter
        // splits, if the content uses it often.
        const next = parts[i + 1];
        if (part.length !== 1 || next?.length !== 1 || PARTICLES.has(part) || PARTICLES.has(next)) return;
        const pair = part + next;
        pairCount.set(pair, (pairCount.get(pair) ?? 0) + 1);
        pairsHere.add(pair);
      });
    }
    for (const pair of pairsHere) pairDocs.set(pair, (pairDocs.get(pair) ?? 0) + 1);
  }
  const chars = [...charCount]
    .filter(([char, count]) => count >= CHAR_MIN && !FUNCTION_CHARS.has(char))
    .map(([char]) => char)
    .sort()
    .join('');

  // Words people look for, by kind: the handbook's words (glossary terms and aliases, the words the
  // synonyms map to), then colloquial words and tags, then words of titles and 常见问法, then pairs.
  const priority = new Map<string, number>();
  const note = (word: string, level: number) => {
    const w = word.trim().toLowerCase();
    if ([...w].length >= 2 && onlyCjk(w) && !COMMON_WORDS.has(w)) priority.set(w, Math.max(priority.get(w) ?? 0, level));
  };
  for (const g of glossary) {
    note(g.term, 4);
    for (const alias of g.aliases) note(alias, 3);
  }
  for (const group of synonymGroups) {
    note(group.term, 3);
    for (const alias of group.aliases) note(alias, 2);
  }
  for (const doc of docs) {
    for (const tag of doc.tags) note(tag, 2);
    for (const word of segments(doc.title)) note(word, 1);
    for (const question of doc.questions) for (const word of segments(question)) note(word, 1);
  }
  for (const [pair, count] of pairCount) if (count >= PAIR_MIN && (pairDocs.get(pair) ?? 0) >= PAIR_DOCS) note(pair, 0);

  // The vocabulary: kept whole in queries (even where the segmenter splits them), and trusted more
  // than a word the segmenter merely cut out of a sentence.
  const words = [...priority.keys()].sort();

  // How many pages hold each word, to put the common reading of a pinyin key first.
  // One pass over each page with the words indexed by first character, not one scan per word.
  const byFirst = new Map<string, string[]>();
  for (const word of priority.keys()) byFirst.set(word[0]!, [...(byFirst.get(word[0]!) ?? []), word]);
  const docFrequency = new Map<string, number>();
  for (const doc of docs) {
    const text = `${doc.title} ${doc.tags.join(' ')} ${doc.text} ${doc.questions.join(' ')}`.toLowerCase();
    const here = new Set<string>();
    for (let i = 0; i < text.length; i++) for (const word of byFirst.get(text[i]!) ?? []) if (text.startsWith(word, i)) here.add(word);
    for (const word of here) docFrequency.set(word, (docFrequency.get(word) ?? 0) + 1);
  }
  const df = (word: string) => docFrequency.get(word) ?? 0;
  // A colloquial word or alias no page holds is searched only as the words it stands for (see
  // QueryLexicon.synonyms): Pagefind would match its characters apart, anywhere (年假 → 年…假).
  const unheld = (alias: string) => priority.has(alias) && df(alias) === 0;
  const synonymsRead = synonyms.map((pair): SynonymPair => (unheld(pair[0]) ? [pair[0], pair[1], 1] : pair));
  const candidates = new Map<string, { word: string; kind: number; pages: number }[]>();
  for (const [word, level] of priority) {
    const keys = pinyinOf(word);
    if (!keys) continue;
    const reading = { word, kind: Math.min(level, HANDBOOK_WORD), pages: df(word) };
    for (const key of new Set(keys)) {
      const list = candidates.get(key) ?? [];
      list.push(reading);
      candidates.set(key, list);
    }
  }
  const pinyin: PinyinTable = {};
  for (const key of [...candidates.keys()].sort()) {
    pinyin[key] = candidates
      .get(key)!
      .sort((a, b) => b.kind - a.kind || b.pages - a.pages || a.word.localeCompare(b.word))
      .slice(0, PINYIN_WORDS)
      .map((c) => c.word);
  }

  const cards: Record<string, GlossaryCard> = {};
  const texts: Record<string, GlossaryText> = {};
  for (const g of glossary) {
    const definition = g.definition.length > CARD_DEFINITION ? `${g.definition.slice(0, CARD_DEFINITION - 1)}…` : g.definition;
    cards[g.term.toLowerCase()] = [g.term, g.section?.url ?? ''];
    texts[g.term.toLowerCase()] = [definition, g.section?.title ?? ''];
  }

  return {
    lexicon: {
      synonyms: synonymsRead,
      words,
      chars,
      latin: [...latin].filter((word) => !hasCjk(word)).sort(),
      glossary: cards,
      pages: docs.length,
    },
    pinyin,
    cards: texts,
  };
}

/** The glossary cards' text cut by the term's first character, for /search/glossary/<n>.json. */
export function glossaryShards(texts: Record<string, GlossaryText>): Record<string, GlossaryText>[] {
  const shards = Array.from({ length: GLOSSARY_SHARDS }, (): Record<string, GlossaryText> => ({}));
  for (const [key, text] of Object.entries(texts)) shards[shardOf(key, GLOSSARY_SHARDS)]![key] = text;
  return shards;
}

/** The pinyin table cut by first letter, for /search/pinyin/<letter>.json. */
export function pinyinShards(table: PinyinTable): Record<string, PinyinTable> {
  const shards: Record<string, PinyinTable> = {};
  for (const [key, words] of Object.entries(table)) (shards[key[0]!] ??= {})[key] = words;
  return shards;
}

/**
 * The lexicon with each glossary card's section linked to its Pagefind page id (url → id, read
 * from Pagefind's output after indexing). Cards whose section Pagefind did not index stay as they are.
 */
export function withPageIds<L extends Pick<Lexicon, 'glossary'>>(lexicon: L, ids: Map<string, string>): L {
  const glossary: Record<string, GlossaryCard> = {};
  for (const [key, card] of Object.entries(lexicon.glossary)) {
    const [term, url] = card;
    const page = url ? ids.get(url) : undefined;
    glossary[key] = page ? [term, url, page] : [term, url];
  }
  return { ...lexicon, glossary };
}
