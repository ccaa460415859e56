/**
 * Pinyin keys for titles and terms, computed at build time so the browser never ships pinyin-pro:
 * 报价 → "baojia" (full) and "bj" (initials), for the whole text and for each word, so a rep can
 * type "baojia", "bj" or "jiage" on a phone keyboard without switching input method.
 */
import { pinyin } from 'pinyin-pro';
import { hasCjk } from './tokenize';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * A toneless syllable as a phone keyboard types it: pinyin-pro writes 绿 as "lü", which every
 * input method types "lv" (stripping the ü left "l", so 效率 never matched "xiaolv").
 */
export function typedSyllable(syllable: string): string {
  return syllable
    .toLowerCase()
    .replace(/ü/g, 'v')
    .replace(/[^a-z]/g, '');
}

function keysOf(text: string): string[] {
  const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'removed' }).map(typedSyllable);
  const full = syllables.join('');
  const initials = syllables.map((s) => s[0] ?? '').join('');
  return full ? [full, initials] : [];
}

/** Space-separated pinyin keys of `text` (whole text and each word), for a lunr field. */
export function pinyinKeys(text: string): string {
  const keys = new Set<string>();
  const cjk = [...text.matchAll(/[\u3400-\u9fff]+/g)].map((m) => m[0]);
  for (const run of cjk) {
    for (const key of keysOf(run)) keys.add(key);
    for (const part of segmenter.segment(run)) {
      if (part.isWordLike && hasCjk(part.segment) && part.segment.length >= 2) for (const key of keysOf(part.segment)) keys.add(key);
    }
  }
  return [...keys].join(' ');
}

/** Full toneless pinyin and initials of a term, e.g. 报价 → ["baojia", "bj"]. */
export function pinyinOf(text: string): [full: string, initials: string] | undefined {
  const [full, initials] = keysOf(text.replace(/[^\u3400-\u9fff]/g, ''));
  return full && initials ? [full, initials] : undefined;
}
