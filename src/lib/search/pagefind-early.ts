/**
 * Which of Pagefind's index chunks a search will load, known before Pagefind is ready to search. A
 * first query used to ask for its chunks only once Pagefind had compiled its WebAssembly and read
 * its metadata; the page knows the query's searches earlier (once its lexicon is in), and the
 * metadata's chunk table arrives with Pagefind's code. Read here (the metadata is CBOR behind
 * Pagefind's signature), the table names the chunk of each word as Pagefind's request_indexes
 * finds it (pagefind-chunks.ts, chunkFor), and the words are those Pagefind makes of a search's
 * text (its `search`: word segmentation, punctuation dropped, lower case, diacritics removed).
 * A wrong guess costs only a fetch: Pagefind still asks for what it needs. No DOM and no Node.
 */
import { decodeCbor } from './cbor';
import { chunkFor, type ChunkBounds } from './pagefind-chunks';

const SIGNATURE = 'pagefind_dcd';

/** A chunk of Pagefind's word index: the words it holds (from–to) and its file's name (without `.pf_index`). */
export interface IndexChunk extends ChunkBounds {
  name: string;
}

/** The chunk table of an inflated metadata file, or undefined when its layout is not the one known. */
export function chunkTable(meta: Uint8Array): IndexChunk[] | undefined {
  if (new TextDecoder().decode(meta.subarray(0, SIGNATURE.length)) !== SIGNATURE) return undefined;
  try {
    const value = decodeCbor(meta.subarray(SIGNATURE.length));
    const table = Array.isArray(value) ? value[2] : undefined;
    if (!Array.isArray(table)) return undefined;
    const chunks: IndexChunk[] = [];
    for (const row of table) {
      if (!Array.isArray(row) || !row.slice(0, 3).every((cell) => typeof cell === 'string')) return undefined;
      const [from, to, name] = row as [string, string, string];
      chunks.push({ from, to, name });
    }
    return chunks;
  } catch {
    return undefined;
  }
}

/** Punctuation Pagefind drops from a search's text (its own test, as written). */
const PUNCTUATION = /^\p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps}$/u;

function withoutDiacritics(word: string): string {
  const stripped = word.normalize('NFD').replace(/(?![\u3099\u309A])\p{M}/gu, '');
  return /[\u3099\u309A]/.test(stripped) ? stripped.normalize('NFC') : stripped;
}

const segmenters = new Map<string, { words: Intl.Segmenter; graphemes: Intl.Segmenter }>();

/**
 * The words Pagefind looks up for a search's text in a language that it segments into words
 * (Chinese, Japanese, Thai; `lang` as the page's <html lang>): each word of the segmenter, its
 * punctuation dropped, in lower case, without diacritics. A quoted phrase looks up its words.
 */
export function pagefindWords(text: string, lang: string): string[] {
  const locale = Intl.getCanonicalLocales(lang)[0] ?? lang;
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = {
      words: new Intl.Segmenter(locale, { granularity: 'word' }),
      graphemes: new Intl.Segmenter(locale, { granularity: 'grapheme' }),
    };
    segmenters.set(locale, segmenter);
  }
  const words: string[] = [];
  for (const { segment } of segmenter.words.segment(text)) {
    let word = '';
    for (const { segment: grapheme } of segmenter.graphemes.segment(segment)) {
      if (!PUNCTUATION.test(grapheme)) word += grapheme.toLocaleLowerCase();
    }
    if (word) words.push(word);
  }
  return words
    .join(' ')
    .split(/\s+/)
    .map(withoutDiacritics)
    .filter((word) => word.length > 0);
}

/** Whether Pagefind segments a language's text into words before searching (its needsWordSegmentation). */
export function segmentsWords(lang: string): boolean {
  return ['zh', 'ja', 'th'].includes(lang.split('-')[0]!.toLowerCase());
}

/** The chunks (by name) a search of `text` loads, in a language Pagefind segments. */
export function chunksForSearch(table: IndexChunk[], text: string, lang: string): string[] {
  const names = new Set<string>();
  for (const word of pagefindWords(text, lang)) {
    const chunk = table[chunkFor(table, word)];
    if (chunk) names.add(chunk.name);
  }
  return [...names];
}
