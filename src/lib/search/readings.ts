/**
 * The toneless readings of every GB2312 hanzi (the 6,763 characters a pinyin input method offers
 * first), computed at build time so the browser never ships pinyin-pro: what site search reads a
 * query's characters with when it looks for the word a rep meant (typos.ts). Cut by code point into
 * READING_SHARDS files, so a query fetches only its own characters' files, and only when it needs
 * correcting.
 */
import { pinyin } from 'pinyin-pro';
import { typedSyllable } from './pinyin-keys';
import { READING_SHARDS, type ReadingShard } from './typos';
import { shardOf } from './shards';

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
    const readings = [...new Set(pinyin(char, { multiple: true, type: 'array', toneType: 'none' }).map(typedSyllable))].filter(Boolean);
    if (readings.length) shards[shardOf(char, count)]![char] = readings.join(' ');
  }
  return shards;
}
