import { describe, expect, it } from 'vitest';
import { fillMatches, isCorrect, moveItem, normaliseFill, scoreQuiz, shuffledIndexes, type KeyEntry } from '../../src/lib/quiz-scoring';
import { hashString as hashSeed, randomFrom as seededRandom } from '../../src/lib/random';
import { quizIsland } from '../../src/lib/islands/quiz';
import { answerKey, printedOrder } from '../../src/lib/quiz-page';

const keys: KeyEntry[] = [
  { id: 'single', kind: 'single', correct: 1 },
  { id: 'multiple', kind: 'multiple', correct: [0, 1, 3] },
  { id: 'tf', kind: 'truefalse', correct: false },
  { id: 'order', kind: 'order', count: 4 },
  { id: 'fill', kind: 'fill', accepted: ['举一反三', '触类旁通'] },
];

describe('scoring each kind of question', () => {
  it('single choice is right only with the one correct option', () => {
    expect(isCorrect(keys[0]!, 1)).toBe(true);
    expect(isCorrect(keys[0]!, 0)).toBe(false);
    expect(isCorrect(keys[0]!, undefined)).toBe(false);
  });
  it('multiple choice needs exactly the right set, in any order', () => {
    expect(isCorrect(keys[1]!, [3, 0, 1])).toBe(true);
    expect(isCorrect(keys[1]!, [0, 1])).toBe(false);
    expect(isCorrect(keys[1]!, [0, 1, 2, 3])).toBe(false);
    expect(isCorrect(keys[1]!, [0, 0, 1, 3])).toBe(false);
    expect(isCorrect(keys[1]!, [])).toBe(false);
  });
  it('true/false compares booleans; blank is wrong', () => {
    expect(isCorrect(keys[2]!, false)).toBe(true);
    expect(isCorrect(keys[2]!, true)).toBe(false);
    expect(isCorrect(keys[2]!, undefined)).toBe(false);
  });
  it('ordering is right only in the written order', () => {
    expect(isCorrect(keys[3]!, [0, 1, 2, 3])).toBe(true);
    expect(isCorrect(keys[3]!, [1, 0, 2, 3])).toBe(false);
    expect(isCorrect(keys[3]!, [0, 1, 2])).toBe(false);
  });
  it('fill-in accepts any listed variant', () => {
    expect(isCorrect(keys[4]!, '触类旁通')).toBe(true);
    expect(isCorrect(keys[4]!, '背诵')).toBe(false);
    expect(isCorrect(keys[4]!, '')).toBe(false);
  });
  it('scores a quiz against the pass mark, inclusive', () => {
    const all = { single: 1, multiple: [0, 1, 3], tf: false, order: [0, 1, 2, 3], fill: '举一反三' };
    expect(scoreQuiz(keys, all, 80)).toEqual({ correct: 5, total: 5, percent: 100, passed: true, wrong: [] });
    const four = scoreQuiz(keys, { ...all, tf: true }, 80);
    expect(four).toMatchObject({ correct: 4, percent: 80, passed: true, wrong: ['tf'] });
    expect(scoreQuiz(keys, { ...all, tf: true, single: 0 }, 80)).toMatchObject({
      correct: 3,
      percent: 60,
      passed: false,
      wrong: ['single', 'tf'],
    });
    expect(scoreQuiz(keys, {}, 80)).toMatchObject({ correct: 0, passed: false });
  });
  it('rounds the percent but passes on the exact ratio', () => {
    const three: KeyEntry[] = [keys[0]!, keys[2]!, { id: 'x', kind: 'single', correct: 0 }];
    const score = scoreQuiz(three, { single: 1, tf: false }, 67);
    expect(score.percent).toBe(67);
    expect(score.passed).toBe(false); // 66.67 % is below 67 %
  });
});

describe('fill-in normalisation', () => {
  it('ignores full-width letters and digits, case and spaces', () => {
    expect(normaliseFill('ＦＯＢ　价')).toBe('fob价');
    expect(normaliseFill(' 8 : 50 ')).toBe('8:50');
    expect(fillMatches('ｃｉｆ', ['CIF'])).toBe(true);
    expect(fillMatches('举 一 反 三', ['举一反三'])).toBe(true);
  });
  it('drops punctuation at the ends, keeps it inside', () => {
    expect(normaliseFill('“举一反三。”')).toBe('举一反三');
    expect(normaliseFill('「举一反三」！')).toBe('举一反三');
    expect(fillMatches('举一反三，', ['举一反三'])).toBe(true);
    expect(fillMatches('8:50', ['8：50'])).toBe(true); // full-width colon becomes ':' by NFKC
    expect(normaliseFill('a、b')).toBe('a、b');
  });
  it('does not accept an empty or punctuation-only answer', () => {
    expect(fillMatches('。', ['。'])).toBe(false);
    expect(fillMatches('   ', ['举一反三'])).toBe(false);
  });
});

describe('shuffling and moving', () => {
  it('a seeded shuffle is stable and a permutation', () => {
    const a = shuffledIndexes(6, seededRandom(hashSeed('q')));
    expect(shuffledIndexes(6, seededRandom(hashSeed('q')))).toEqual(a);
    expect([...a].sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });
  it('never prints an ordering question already solved', () => {
    for (let seed = 0; seed < 200; seed++) {
      const order = shuffledIndexes(3, seededRandom(seed), true);
      expect(order).not.toEqual([0, 1, 2]);
    }
    const printed = printedOrder('daily-work', { id: 'morning-order', items: ['a', 'b', 'c', 'd'] });
    expect(printed.map((p) => p.index)).not.toEqual([0, 1, 2, 3]);
    expect(printed.find((p) => p.index === 0)?.text).toBe('a');
  });
  it('moves an item up or down and stays put at the edges', () => {
    expect(moveItem(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});

describe('the answer key a quiz page embeds', () => {
  it('carries what scores and what explains, per kind', () => {
    const section = { id: 'daily-work/morning-routine' };
    const key = answerKey(
      [
        { id: 's', kind: 'single', prompt: 'p', explanation: 'e', section, options: ['x', 'y'], correct: 1, anchor: '晨读训练' },
        { id: 'm', kind: 'multiple', prompt: 'p', explanation: 'e', section, options: ['x', 'y', 'z'], correct: [0, 2] },
        { id: 't', kind: 'truefalse', prompt: 'p', explanation: 'e', section, correct: false },
        { id: 'o', kind: 'order', prompt: 'p', explanation: 'e', section, items: ['1', '2', '3'] },
        { id: 'f', kind: 'fill', prompt: 'p ___', explanation: 'e', section, accepted: ['甲', '乙'] },
      ],
      { s: { href: '/h/', title: 'T' } },
      { yes: '对', no: '错' },
    );
    expect(key.map((k) => k.answer)).toEqual(['y', 'x、z', '错', '1 → 2 → 3', '甲']);
    expect(key[0]?.source).toEqual({ href: '/h/', title: 'T' });
    // What the page writes is what the <quiz-form> element reads.
    expect(quizIsland.parse({ quizId: 'q', passMark: 80, key }).key).toEqual(key);
    expect(key[3]).toMatchObject({ kind: 'order', count: 3 });
    expect(key[4]).toMatchObject({ kind: 'fill', accepted: ['甲', '乙'] });
  });
});
