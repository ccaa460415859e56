/**
 * Typo correction (src/lib/search/typos.ts) over the bundled content's real lexicon and pinyin table,
 * built as the build builds them, and the readings the build writes (readings.ts): the seam is
 * what the browser fetches, so no hand-made table shares the correction's assumptions.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check';
import { searchLexicon } from '../../src/data/search-docs';
import { relatedInput } from '../../src/integrations/related';
import { contentOf } from '../../src/integrations/related-content';
import { readingShards, soundalikes } from '../../src/lib/search/readings';
import { pinyinShards } from '../../src/lib/search/vocabulary';
import {
  accentVariants,
  chooseCorrection,
  correctionFor,
  mayKeepTyped,
  READING_SHARDS,
  readingShardsFor,
  type ReadingShard,
  type SoundSource,
} from '../../src/lib/search/typos';
import type { SiteSearchResult } from '../../src/lib/search/site-search';
import { understandQuery, type PinyinTable } from '../../src/lib/search/query';
import { HOLDOUT_QUERIES } from '../e2e/search-holdout';
import { QUALITY_QUERIES, TUNING_QUERIES } from '../e2e/search-queries';

const root = join(import.meta.dirname, '..', '..');
const shards = readingShards();

describe('typo correction over the bundled content', async () => {
  const { entries } = await checkContent(root);
  const { lexicon, pinyin } = searchLexicon(contentOf(relatedInput(entries)));
  // Through JSON, as the files are written and fetched.
  const letterFiles = JSON.parse(JSON.stringify(pinyinShards(pinyin))) as Record<string, PinyinTable>;
  const readingFiles = JSON.parse(JSON.stringify(shards)) as ReadingShard[];
  const soundFiles = JSON.parse(JSON.stringify(pinyinShards(soundalikes(lexicon.words)))) as Record<string, PinyinTable>;

  /** The files as the browser fetches them: only those of the query's characters and letters. */
  const source: SoundSource = {
    readings: (numbers) => Promise.resolve(Object.assign({}, ...numbers.map((n) => readingFiles[n])) as ReadingShard),
    pinyin: (letters) => Promise.resolve(Object.assign({}, ...letters.map((letter) => letterFiles[letter] ?? {})) as PinyinTable),
    others: (letters) => Promise.resolve(Object.assign({}, ...letters.map((letter) => soundFiles[letter] ?? {})) as PinyinTable),
  };
  const corrected = (query: string) => correctionFor(query, lexicon, source);

  it('reads an input method’s homophone as the handbook’s word', async () => {
    expect(await corrected('回宽')).toBe('回款');
    expect(await corrected('合同签定')).toBe('合同签订');
    expect(await corrected('考琴')).toBe('考勤');
    expect(await corrected('报介')).toBe('报价');
  });

  it('forgives a southern accent (in/ing, zh/z) but keeps a typed character in its place', async () => {
    expect(await corrected('星用额度')).toBe('信用额度');
    // 回款 and 汇款 sound alike; 会宽 keeps no character of either.
    expect(await corrected('会宽')).toBeUndefined();
  });

  it('leaves words of the handbook, and every query of the quality lists but the typos, as typed', async () => {
    expect(await corrected('回款')).toBeUndefined();
    expect(await corrected('合同签订')).toBeUndefined();
    const changed: string[] = [];
    for (const { kind, query } of [...TUNING_QUERIES, ...HOLDOUT_QUERIES, ...QUALITY_QUERIES]) {
      const to = kind === 'typos' ? undefined : await corrected(query);
      if (to) changed.push(`${query} → ${to}`);
    }
    expect(changed).toEqual([]);
  });

  it('keeps working on bad input', async () => {
    for (const query of ['', '   ', '😀🙈', '<script>alert(1)</script>', '.*+?()[]{}|\\^$', '客'.repeat(2000)]) {
      await expect(corrected(query)).resolves.toBeUndefined();
    }
    // 2,000 characters: a run longer than a few words is not corrected.
    await expect(corrected('回宽'.repeat(1000))).resolves.toBeUndefined();
  });

  it('keeps the typed results beside a correction only when they hold a word of the vocabulary', () => {
    expect(mayKeepTyped(understandQuery('合同签定', lexicon, pinyin))).toBe(true);
    expect(mayKeepTyped(understandQuery('回宽', lexicon, pinyin))).toBe(false);
  });

  it('corrects to what the understanding then reads as vocabulary words', async () => {
    const terms = understandQuery((await corrected('合同签定'))!, lexicon, pinyin).terms;
    expect(terms.map((term) => [term.text, term.known])).toEqual([
      ['合同', true],
      ['签订', true],
    ]);
  });
});

describe('readings of the GB2312 hanzi', () => {
  it('holds every one of the 6,763, each read as a phone keyboard types it', () => {
    const all = Object.assign({}, ...shards) as ReadingShard;
    expect(Object.keys(all)).toHaveLength(6763);
    expect(all['绿']!.split(' ')).toContain('lv');
    expect(all['行']!.split(' ')).toEqual(expect.arrayContaining(['xing', 'hang']));
    expect(Object.values(all).every((r) => /^[a-z]+( [a-z]+)*$/.test(r))).toBe(true);
  });

  it('is cut by code point into READING_SHARDS files, the same on every build', () => {
    expect(shards).toHaveLength(READING_SHARDS);
    expect(JSON.stringify(readingShards())).toBe(JSON.stringify(shards));
    expect(readingShardsFor(['回宽'])).toEqual(
      [...new Set(['回', '宽'].map((c) => c.codePointAt(0)! % READING_SHARDS))].sort((a, b) => a - b),
    );
  });
});

describe('accent variants', () => {
  it('blurs zh/z, ch/c, sh/s and ang/an, eng/en, ing/in, counting each blur', () => {
    expect(accentVariants('xing')).toEqual([
      ['xing', 0],
      ['xin', 1],
    ]);
    expect(
      accentVariants('shang')
        .map(([s]) => s)
        .sort(),
    ).toEqual(['san', 'sang', 'shan', 'shang']);
    expect(accentVariants('kuan')).toEqual([
      ['kuan', 0],
      ['kuang', 1],
    ]);
  });
});

describe('choosing between the typed and the corrected results', () => {
  const result = (query: string, known: number, count = 5): SiteSearchResult => ({
    query,
    understood: { query, terms: [], dropped: [], unknown: [] },
    results: Array.from({ length: count }, (_, i) => ({
      key: `${query}${i}`,
      score: 1,
      load: () => Promise.reject(new Error('not loaded')),
    })),
    cards: [],
    holders: new Map(),
    fallback: false,
    coverage: known,
    known,
  });

  it('shows the corrected results when the typed ones hold too few known words', () => {
    const chosen = chooseCorrection(result('回宽', 0), result('回款', 1));
    expect(chosen.query).toBe('回款');
    expect(chosen.correction).toEqual({ typed: '回宽', corrected: '回款', shown: true });
  });

  it('keeps the typed results and offers the correction when they hold enough', () => {
    const chosen = chooseCorrection(result('合同签定', 0.6), result('合同签订', 1));
    expect(chosen.query).toBe('合同签定');
    expect(chosen.correction).toEqual({ typed: '合同签定', corrected: '合同签订', shown: false });
  });

  it('says nothing when the correction finds nothing or no better', () => {
    expect(chooseCorrection(result('回宽', 0), result('回款', 1, 0)).correction).toBeUndefined();
    expect(chooseCorrection(result('公式', 0.8), result('公司', 0.8)).correction).toBeUndefined();
  });
});
