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
import type { ChunkBounds } from './pagefind-chunks';

const SIGNATURE = 'pagefind_dcd';

/**
 * A chunk of Pagefind's word index: the words it holds (from–to, also in UTF-8, as Pagefind compares
 * them: encoded once, a query looks up many words) and its file's name (without `.pf_index`).
 */
export interface IndexChunk extends ChunkBounds {
  name: string;
  fromBytes: Uint8Array;
  toBytes: Uint8Array;
}

const encoder = new TextEncoder();

/** Byte order of UTF-8, as Rust compares strings (pagefind-chunks.ts, compareBytes). */
function compare(x: Uint8Array, y: Uint8Array): number {
  const length = Math.min(x.length, y.length);
  for (let i = 0; i < length; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

/**
 * The bytes of the `n`th element of a CBOR array (definite lengths, as Pagefind writes them),
 * found without decoding the elements before it: at 2,000 sections the metadata's page list, which
 * comes first, is most of its 76 kB, and decoding it took ~10 ms on the main thread.
 */
function element(bytes: Uint8Array, n: number): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
    if (size === 0 || at + size > bytes.length) throw new Error('CBOR: unknown length');
    at += size;
    if (size === 1) return bytes[at - 1]!;
    if (size === 2) return view.getUint16(at - 2);
    if (size === 4) return view.getUint32(at - 4);
    return Number(view.getBigUint64(at - 8));
  };
  /** Moves past one item: its head, and its contents for a string, an array or a map. */
  const skip = (): void => {
    const head = bytes[at++];
    if (head === undefined) throw new Error('CBOR: unexpected end');
    const count = length(head & 31);
    const major = head >> 5;
    if (major === 2 || major === 3) at += count;
    else if (major === 4) for (let i = 0; i < count; i++) skip();
    else if (major === 5) for (let i = 0; i < 2 * count; i++) skip();
  };
  const head = bytes[at++] ?? 0;
  if (head >> 5 !== 4 || length(head & 31) <= n) throw new Error('CBOR: not an array that long');
  for (let i = 0; i < n; i++) skip();
  const start = at;
  skip();
  if (at > bytes.length) throw new Error('CBOR: unexpected end');
  return bytes.subarray(start, at);
}

/** The chunk table of an inflated metadata file, or undefined when its layout is not the one known. */
export function chunkTable(meta: Uint8Array): IndexChunk[] | undefined {
  if (new TextDecoder().decode(meta.subarray(0, SIGNATURE.length)) !== SIGNATURE) return undefined;
  try {
    // Pagefind's metadata: [version, pages, index chunks, filter chunks, …].
    const table = decodeCbor(element(meta.subarray(SIGNATURE.length), 2));
    if (!Array.isArray(table)) return undefined;
    const chunks: IndexChunk[] = [];
    for (const row of table) {
      if (!Array.isArray(row) || !row.slice(0, 3).every((cell) => typeof cell === 'string')) return undefined;
      const [from, to, name] = row as [string, string, string];
      chunks.push({ from, to, name, fromBytes: encoder.encode(from), toBytes: encoder.encode(to) });
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
    // The first chunk whose bounds hold the word, as request_indexes finds it (pagefind-chunks.ts, chunkFor).
    const bytes = encoder.encode(word);
    const chunk = table.find(({ fromBytes, toBytes }) => compare(bytes, fromBytes) >= 0 && compare(bytes, toBytes) <= 0);
    if (chunk) names.add(chunk.name);
  }
  return [...names];
}
