/**
 * Rewrites Pagefind's word index in small chunks (src/lib/search/pagefind-chunks.ts says why):
 * decodes every pagefind/index/*.pf_index of each language, cuts the words anew, writes the new
 * chunk files and a new metadata file (pagefind.<lang>_<hash>.pf_meta) pointing at them, and
 * updates pagefind-entry.json. Every file is checked to decode and re-encode to the same bytes
 * first: a Pagefind whose format this does not know is left exactly as it wrote its index.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decodeCbor, encodeCbor, type CborValue } from '../lib/search/cbor';
import { chunkBounds, compareBytes, cutWords, type PagefindWord } from '../lib/search/pagefind-chunks';

const SIGNATURE = 'pagefind_dcd';
/** The words starting with one character stay in one chunk up to this many times the target. */
const LARGEST_GROUP = 4;

interface Entry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
}

export interface RechunkReport {
  language: string;
  before: { chunks: number; largest: number; bytes: number };
  after: { chunks: number; largest: number; bytes: number };
}

function readPagefind(file: string): Uint8Array {
  const raw = gunzipSync(readFileSync(file));
  if (raw.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw new Error(`${file}: no Pagefind signature`);
  return raw.subarray(SIGNATURE.length);
}

const pack = (value: CborValue) => gzipSync(Buffer.concat([Buffer.from(SIGNATURE), encodeCbor(value)]), { level: 9 });

/** Decodes a file, refusing one that would not re-encode to the same bytes. */
function decodeExact(file: string): CborValue {
  const bytes = readPagefind(file);
  const value = decodeCbor(bytes);
  if (Buffer.compare(Buffer.from(encodeCbor(value)), Buffer.from(bytes)) !== 0) throw new Error(`${file}: unknown encoding`);
  return value;
}

const hashOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Cuts the index of every language into chunks of about `targetGzip` bytes gzip. */
export function rechunkPagefind(dir: string, targetGzip: number): RechunkReport[] {
  const entryFile = join(dir, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as Entry;
  const reports: RechunkReport[] = [];
  // Every language is read and cut before any file is touched: an unknown format changes nothing.
  const writes: (() => void)[] = [];
  for (const [language, info] of Object.entries(entry.languages)) {
    const metaFile = join(dir, `pagefind.${info.hash}.pf_meta`);
    const meta = decodeExact(metaFile);
    if (!Array.isArray(meta) || !Array.isArray(meta[2])) throw new Error(`${metaFile}: unknown layout`);
    const oldChunks = meta[2] as [string, string, string][];
    const words: PagefindWord[] = [];
    let rawBytes = 0;
    let gzBytes = 0;
    let largest = 0;
    for (const chunk of oldChunks) {
      const file = join(dir, 'index', `${chunk[2]}.pf_index`);
      const size = readFileSync(file).length;
      gzBytes += size;
      largest = Math.max(largest, size);
      const index = decodeExact(file);
      if (!Array.isArray(index) || index.length !== 1 || !Array.isArray(index[0])) throw new Error(`${file}: unknown layout`);
      for (const word of index[0]) {
        if (!Array.isArray(word) || typeof word[0] !== 'string') throw new Error(`${file}: unknown word layout`);
        words.push(word as PagefindWord);
      }
      rawBytes += readPagefind(file).length;
    }
    words.sort((a, b) => compareBytes(a[0], b[0]));
    // Sizes are counted as CBOR; gzip shrinks this index by about the same ratio throughout.
    const ratio = rawBytes / Math.max(gzBytes, 1);
    const chunks = cutWords(
      words,
      (word) => encodeCbor(word as CborValue[]).length,
      targetGzip * ratio,
      LARGEST_GROUP * targetGzip * ratio,
    );
    const bounds = chunkBounds(chunks);
    const written = new Map<string, Buffer>();
    const table = chunks.map((chunk, i) => {
      const file = pack([chunk as CborValue[]]);
      const hash = hashOf(file);
      let length = 7;
      while (written.has(`${language}_${hash.slice(0, length)}`)) length++;
      const name = `${language}_${hash.slice(0, length)}`;
      written.set(name, file);
      return [bounds[i]!.from, bounds[i]!.to, name];
    });
    meta[2] = table;
    const metaBytes = pack(meta);
    const metaHash = `${language}_${hashOf(metaBytes).slice(0, 13)}`;
    writes.push(() => {
      for (const chunk of oldChunks) rmSync(join(dir, 'index', `${chunk[2]}.pf_index`));
      for (const [name, file] of written) writeFileSync(join(dir, 'index', `${name}.pf_index`), file);
      rmSync(metaFile);
      writeFileSync(join(dir, `pagefind.${metaHash}.pf_meta`), metaBytes);
      info.hash = metaHash;
    });
    const sizes = [...written.values()].map((file) => file.length);
    reports.push({
      language,
      before: { chunks: oldChunks.length, largest, bytes: gzBytes },
      after: { chunks: sizes.length, largest: Math.max(...sizes), bytes: sizes.reduce((a, b) => a + b, 0) },
    });
  }
  for (const write of writes) write();
  writeFileSync(entryFile, JSON.stringify(entry));
  return reports;
}

/**
 * How many pages Pagefind's index lists for each word held by at least `min` pages (all languages;
 * a word indexed in several keeps its highest count). Read from the chunks as written, re-cut or not.
 */
export function pagefindDocFrequencies(dir: string, min: number): Map<string, number> {
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as Entry;
  const df = new Map<string, number>();
  for (const info of Object.values(entry.languages)) {
    const meta = decodeCbor(readPagefind(join(dir, `pagefind.${info.hash}.pf_meta`)));
    if (!Array.isArray(meta) || !Array.isArray(meta[2])) throw new Error(`${info.hash}: unknown layout`);
    for (const chunk of meta[2] as [string, string, string][]) {
      const index = decodeCbor(readPagefind(join(dir, 'index', `${chunk[2]}.pf_index`)));
      if (!Array.isArray(index) || !Array.isArray(index[0])) throw new Error(`${chunk[2]}: unknown layout`);
      for (const word of index[0]) {
        // [word, pages, …]: one entry per page holding the word.
        if (!Array.isArray(word) || typeof word[0] !== 'string' || !Array.isArray(word[1]))
          throw new Error(`${chunk[2]}: unknown word layout`);
        const pages = word[1].length;
        if (pages >= min && pages > (df.get(word[0]) ?? 0)) df.set(word[0], pages);
      }
    }
  }
  return df;
}
