/**
 * Pagefind's word index cut into small chunks. Pagefind cuts its index into chunks of a fixed
 * number of word locations (about 32 kB gzip each, no setting), and a query fetches the chunk of
 * every word it looks up: a rep's sentence of five words costs five such chunks, which is most of a
 * first search. Re-cut after indexing, the same words and postings come in chunks of a few kB, so a
 * query fetches about what its own words weigh. The engine, its ranking and its files stay
 * Pagefind's: only the chunk table in the metadata file and the chunk files change.
 *
 * How Pagefind finds a word's chunk (pagefind_web, request_indexes): the first chunk with
 * `from <= term <= to` (byte order). Chunks are cut preferably where the first character changes,
 * so a term and every word it is the start of (Pagefind also matches longer words: 税 → 税率) are
 * in one chunk, and the boundaries are set so that any term starting like a chunk's words finds
 * that chunk: `from` is the shortest start of its first word that sorts after the previous chunk's
 * last word, `to` that start of its last word followed by the highest character.
 */

/** A word of Pagefind's index as decoded: [word, pages, …fields this module passes through]. */
export type PagefindWord = [word: string, ...rest: unknown[]];

export interface ChunkBounds {
  from: string;
  to: string;
}

/** Sorts after every character a term can hold, so `to` covers every longer word starting alike. */
const HIGHEST = '\u{10FFFF}';

const encoder = new TextEncoder();

/** Byte order of UTF-8, as Rust compares strings. */
export function compareBytes(a: string, b: string): number {
  const x = encoder.encode(a);
  const y = encoder.encode(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

/**
 * Cuts words (sorted in byte order) into chunks of about `target` (in the unit `size` measures).
 * Words starting with the same character stay together — in a chunk of their own when they
 * outweigh the target, up to `largest` — so that a term finds every word it is the start of, as it
 * would in one whole index (Pagefind matches 税 in 税率). Only a character whose words outweigh
 * `largest` (客 in a very large handbook) is cut further, where the second character changes, and
 * so on.
 */
export function cutWords<W extends PagefindWord>(words: W[], size: (word: W) => number, target: number, largest = target): W[][] {
  const chunks: W[][] = [];
  let current: W[] = [];
  let filled = 0;
  const flush = () => {
    if (current.length) chunks.push(current);
    current = [];
    filled = 0;
  };
  const place = (list: W[], depth: number) => {
    for (const group of groupByStart(list, depth)) {
      const weight = group.reduce((sum, word) => sum + size(word), 0);
      if (filled + weight <= target) {
        current.push(...group);
        filled += weight;
      } else if (weight <= largest || group.length === 1) {
        flush();
        current = [...group];
        filled = weight;
      } else {
        flush();
        place(group, depth + 1);
      }
    }
  };
  place(words, 1);
  flush();
  return chunks;
}

/** Consecutive words sharing their first `depth` characters (a shorter word is its own group). */
function groupByStart<W extends PagefindWord>(words: W[], depth: number): W[][] {
  const groups: W[][] = [];
  let key: string | undefined;
  for (const word of words) {
    const chars = [...word[0]];
    const start = chars.length >= depth ? chars.slice(0, depth).join('') : `${word[0]}\u0000`;
    if (start === key) groups.at(-1)!.push(word);
    else groups.push([word]);
    key = start;
  }
  return groups;
}

/** The `from`/`to` of each chunk (see the module comment). */
export function chunkBounds(chunks: PagefindWord[][]): ChunkBounds[] {
  return chunks.map((chunk, i) => {
    const first = chunk[0]![0];
    const last = chunk.at(-1)![0];
    const previous = i > 0 ? chunks[i - 1]!.at(-1)![0] : undefined;
    const next = i < chunks.length - 1 ? chunks[i + 1]![0]![0] : undefined;
    return {
      from: previous === undefined ? '' : [...first].slice(0, commonChars(previous, first) + 1).join(''),
      to: next === undefined ? HIGHEST : upperBound(last, next),
    };
  });
}

/**
 * The highest term that still belongs with `last` rather than `next`: every term starting like
 * `last` up to where the two differ — or `last` itself when it is the start of `next` (客 | 客户).
 */
function upperBound(last: string, next: string): string {
  const chars = [...last];
  const common = commonChars(last, next);
  return chars.length > common ? chars.slice(0, common + 1).join('') + HIGHEST : last;
}

function commonChars(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

/** The chunk Pagefind loads for a term: the first whose bounds hold it (as request_indexes does). */
export function chunkFor(bounds: ChunkBounds[], term: string): number {
  return bounds.findIndex(({ from, to }) => compareBytes(term, from) >= 0 && compareBytes(term, to) <= 0);
}
