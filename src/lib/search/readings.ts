/**
 * The toneless readings of every GB2312 hanzi (the 6,763 characters a pinyin input method offers
 * first), computed at build time so the browser never ships pinyin-pro: what site search reads a
 * query's characters with when it looks for the word a rep meant (typos.ts). Cut by code point into
 * READING_SHARDS files, so a query fetches only its own characters' files, and only when it needs
 * correcting.
 */
import { pinyin } from 'pinyin-pro';
import { pinyinOf, typedSyllable } from './pinyin-keys';
import type { PinyinTable } from './query';
import { READING_SHARDS, type ReadingShard } from './typos';
import { shardOf } from './shards';

/** Readings of one word tried at most (a word of polyphonic characters multiplies them). */
const SOUNDS_MAX = 64;

/** A character's toneless readings as typed, most common first. */
const readingsOf = (char: string) =>
  [...new Set(pinyin(char, { multiple: true, type: 'array', toneType: 'none' }).map(typedSyllable))].filter(Boolean);

/** The GB2312 hanzi, in code order (rows 16–87 of the standard, two bytes each). */
function gb2312Hanzi(): string[] {
  const decoder = new TextDecoder('gb2312');
  const out: string[] = [];
  for (let row = 0xb0; row <= 0xf7; row++) {
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      const char = decoder.decode(new Uint8Array([row, cell]));
      if (/^[\u4e00-\u9fff]$/.test(char)) out.push(char);
    }
  }
  return out;
}

/** Each GB2312 hanzi's readings as a phone keyboard types them ("xing hang heng"), by shard; deterministic. */
export function readingShards(count = READING_SHARDS): ReadingShard[] {
  const shards = Array.from({ length: count }, (): ReadingShard => ({}));
  for (const char of gb2312Hanzi().sort()) {
    const readings = readingsOf(char);
    if (readings.length) shards[shardOf(char, count)]![char] = readings.join(' ');
  }
  return shards;
}

/**
 * The vocabulary words of 2–4 characters by their other readings: the pinyin table keys a word by
 * how it is read in context (报价 → baojia), but a rep's input method may have offered a character
 * by another reading of the word's (价 is also jie: 报介). Key → words, for typos.ts only.
 */
export function soundalikes(words: string[]): PinyinTable {
  const table: PinyinTable = {};
  for (const word of [...words].sort()) {
    if (!/^[\u4e00-\u9fff]{2,4}$/.test(word)) continue;
    const usual = pinyinOf(word)?.[0];
    let keys = [''];
    for (const char of word) {
      keys = keys.flatMap((key) => readingsOf(char).map((reading) => key + reading));
      if (keys.length > SOUNDS_MAX) break;
    }
    if (keys.length > SOUNDS_MAX) continue;
    for (const key of keys) if (key !== usual) (table[key] ??= []).push(word);
  }
  return Object.fromEntries(Object.entries(table).sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}
