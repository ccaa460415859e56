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

const SIGNATURE = 'pagefind_dcd';

/**
 * A chunk of Pagefind's word index: the words it holds, from–to, in UTF-8 as Pagefind compares
 * them (read from the metadata as they are, never decoded), and its file's name (without `.pf_index`).
 */
export interface IndexChunk {
  from: Uint8Array;
  to: Uint8Array;
  name: string;
}

const encoder = new TextEncoder();

/** Byte order of UTF-8, as Rust compares strings (pagefind-chunks.ts, compareBytes). */
function compare(x: Uint8Array, y: Uint8Array): number {
  const length = Math.min(x.length, y.length);
  for (let i = 0; i < length; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

/** Reads CBOR items one by one (definite lengths, as Pagefind writes them), decoding only what is asked. */
class Reader {
  at = 0;
  private readonly view: DataView;
  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** An item's head: its major type and its count (a string's bytes, an array's items, a map's pairs). */
  head(): { major: number; count: number } {
    const head = this.bytes[this.at++];
    if (head === undefined) throw new Error('CBOR: unexpected end');
    const info = head & 31;
    const size = info < 24 ? 0 : info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : -1;
    if (size < 0 || this.at + size > this.bytes.length) throw new Error('CBOR: unknown length');
    this.at += size;
    const count =
      size === 0
        ? info
        : size === 1
          ? this.bytes[this.at - 1]!
          : size === 2
            ? this.view.getUint16(this.at - 2)
            : size === 4
              ? this.view.getUint32(this.at - 4)
              : Number(this.view.getBigUint64(this.at - 8));
    return { major: head >> 5, count };
  }

  /** A text string's bytes. */
  text(): Uint8Array {
    const { major, count } = this.head();
    if (major !== 3 || this.at + count > this.bytes.length) throw new Error('CBOR: not a text string');
    this.at += count;
    return this.bytes.subarray(this.at - count, this.at);
  }

  /** Moves past one item. */
  skip(): void {
    const { major, count } = this.head();
    if (major === 2 || major === 3) this.at += count;
    else if (major === 4) for (let i = 0; i < count; i++) this.skip();
    else if (major === 5) for (let i = 0; i < 2 * count; i++) this.skip();
    if (this.at > this.bytes.length) throw new Error('CBOR: unexpected end');
  }
}

/**
 * The chunk table of an inflated metadata file — Pagefind's metadata is the CBOR array [version,
 * pages, index chunks [from, to, name], …] — or undefined when its layout is not the one known.
 * Read without decoding the page list before it (at 2,000 sections 75 of its 76 kB) or the bounds.
 */
export function chunkTable(meta: Uint8Array): IndexChunk[] | undefined {
  if (new TextDecoder().decode(meta.subarray(0, SIGNATURE.length)) !== SIGNATURE) return undefined;
  try {
    const reader = new Reader(meta.subarray(SIGNATURE.length));
    const top = reader.head();
    if (top.major !== 4 || top.count < 3) return undefined;
    reader.skip();
    reader.skip();
    const table = reader.head();
    if (table.major !== 4) return undefined;
    const names = new TextDecoder();
    const chunks: IndexChunk[] = [];
    for (let i = 0; i < table.count; i++) {
      const row = reader.head();
      if (row.major !== 4 || row.count < 3) return undefined;
      const from = reader.text();
      const to = reader.text();
      chunks.push({ from, to, name: names.decode(reader.text()) });
      for (let rest = 3; rest < row.count; rest++) reader.skip();
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
    const chunk = table.find(({ from, to }) => compare(bytes, from) >= 0 && compare(bytes, to) <= 0);
    if (chunk) names.add(chunk.name);
  }
  return [...names];
}
