import { describe, expect, it } from 'vitest';
import {
  describeResponse,
  fillMatches,
  isCorrect,
  moveItem,
  normaliseFill,
  scoreQuiz,
  shuffledIndexes,
  type KeyEntry,
  type Response,
} from '../../src/lib/quiz-scoring';
import { hashString as hashSeed, randomFrom as seededRandom } from '../../src/lib/random';
import { quizIsland } from '../../src/lib/islands/quiz';
import { answerKey, answerParts, printedOrder } from '../../src/lib/quiz-page';

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
    expect(scoreQuiz(keys, all, 80)).toEqual({
      correct: 5,
      total: 5,
      percent: 100,
      passed: true,
      wrong: [],
      practice: { total: 0, wrong: [] },
    });
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

describe('practice questions (练习题，不计分)', () => {
  const withPractice: KeyEntry[] = [
    { id: 'a', kind: 'single', correct: 0 },
    { id: 'b', kind: 'truefalse', correct: true },
    { id: 'pending-figure', kind: 'fill', accepted: ['7', '七'], practice: true },
    { id: 'pending-approval', kind: 'single', correct: 2, practice: true },
  ];
  it('are left out of the score and the pass mark: wrong answers there still pass', () => {
    const score = scoreQuiz(withPractice, { a: 0, b: true, 'pending-figure': '30', 'pending-approval': 1 }, 100);
    expect(score).toEqual({
      correct: 2,
      total: 2,
      percent: 100,
      passed: true,
      wrong: [],
      practice: { total: 2, wrong: ['pending-figure', 'pending-approval'] },
    });
  });
  it('do not lift a failing score either', () => {
    const score = scoreQuiz(withPractice, { a: 1, b: true, 'pending-figure': '七', 'pending-approval': 2 }, 80);
    expect(score).toMatchObject({ correct: 1, total: 2, percent: 50, passed: false, wrong: ['a'], practice: { total: 2, wrong: [] } });
  });
  it('a quiz of practice questions only is never passed (nothing was scored)', () => {
    const score = scoreQuiz(withPractice.slice(2), { 'pending-figure': '7', 'pending-approval': 2 }, 80);
    expect(score).toMatchObject({ correct: 0, total: 0, percent: 0, passed: false, practice: { total: 2, wrong: [] } });
  });
});

describe('numbers in fill-in answers', () => {
  it('accept Chinese numerals and digits alike, with or without the unit', () => {
    expect(fillMatches('两', ['2'])).toBe(true);
    expect(fillMatches('二', ['2'])).toBe(true);
    expect(fillMatches('2', ['两'])).toBe(true);
    expect(fillMatches('十五', ['15'])).toBe(true);
    expect(fillMatches('１５', ['十五'])).toBe(true);
    expect(fillMatches('三十', ['30'])).toBe(true);
    expect(fillMatches('30 天', ['三十天'])).toBe(true);
    expect(fillMatches('两周', ['2 周'])).toBe(true);
    expect(fillMatches('百分之五', ['5%'])).toBe(true);
    expect(fillMatches('3 个工作日', ['三个工作日'])).toBe(true);
  });
  it('still tell different numbers and units apart, and leave phrases alone', () => {
    expect(fillMatches('十六', ['15'])).toBe(false);
    expect(fillMatches('3 个月', ['3 月'])).toBe(false);
    expect(fillMatches('30 周', ['30 天'])).toBe(false);
    expect(fillMatches('举1反3', ['举一反三'])).toBe(false);
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
    expect(key.map((k) => k.answer)).toEqual(['y', 'x；z', '错', '1 → 2 → 3', '甲']);
    expect(key[0]?.source).toEqual({ href: '/h/', title: 'T' });
    // What the page writes is what the <quiz-form> element reads.
    expect(quizIsland.parse({ quizId: 'q', passMark: 80, key }).key).toEqual(key);
    expect(key[3]).toMatchObject({ kind: 'order', count: 3 });
    expect(key[4]).toMatchObject({ kind: 'fill', accepted: ['甲', '乙'] });
  });
});

describe('a practice question from the quiz file to the score', () => {
  it('keeps its flag through the schema, the embedded key and the island the browser reads, and is not scored', async () => {
    const { quizSchema } = await import('../../src/schemas/quiz');
    const { idRef } = await import('../../src/schemas/common');
    const quiz = quizSchema(idRef).parse({
      title: '合同测验',
      summary: 's',
      sections: ['contracts/signing'],
      questions: [
        {
          id: 'approval-first',
          kind: 'truefalse',
          prompt: '合同可以先盖章、后补审批。',
          answer: false,
          explanation: 'e',
          section: 'contracts/signing',
        },
        {
          id: 'remind-days',
          kind: 'fill',
          practice: true,
          prompt: '每笔应收款在到期前 ___ 天提醒客户。',
          answer: ['7', '七'],
          explanation: 'e',
          section: 'contracts/collection',
        },
      ],
    });
    const embedded = answerKey(quiz.questions, {}, { yes: '对', no: '错' });
    // What the page embeds is what the browser reads back through the island's schema.
    const { quizIsland } = await import('../../src/lib/islands/quiz');
    const { key } = quizIsland.parse(JSON.parse(JSON.stringify({ quizId: 'contracts', passMark: 100, key: embedded })));
    expect(key.map((k) => k.practice ?? false)).toEqual([false, true]);
    const score = scoreQuiz(key, { 'approval-first': false, 'remind-days': '30' }, 100);
    expect(score).toMatchObject({ correct: 1, total: 1, percent: 100, passed: true, practice: { total: 1, wrong: ['remind-days'] } });
  });
});

describe('what the result panel shows beside the right answer', () => {
  it('marks each chosen option right or wrong and lists the right ones left out', () => {
    expect(describeResponse(keys[1]!, [2, 0])).toEqual({
      kind: 'choices',
      chosen: [
        { index: 0, right: true },
        { index: 2, right: false },
      ],
      missed: [1, 3],
    });
    expect(describeResponse(keys[0]!, 0)).toEqual({ kind: 'choices', chosen: [{ index: 0, right: false }], missed: [] });
  });
  it('gives the reader’s 对/错, their typed text and their order with each item right or out of place', () => {
    expect(describeResponse(keys[2]!, true)).toEqual({ kind: 'truefalse', value: true });
    expect(describeResponse(keys[4]!, ' 背诵 ')).toEqual({ kind: 'fill', text: '背诵' });
    expect(describeResponse(keys[3]!, [1, 0, 2, 3])).toEqual({
      kind: 'order',
      items: [
        { index: 1, right: false },
        { index: 0, right: false },
        { index: 2, right: true },
        { index: 3, right: true },
      ],
    });
  });
  it('calls nothing chosen or typed 未作答 (blank), whatever the kind', () => {
    const blanks: [KeyEntry, Response][] = [
      [keys[0]!, undefined],
      [keys[1]!, []],
      [keys[2]!, undefined],
      [keys[4]!, '  '],
    ];
    for (const [key, response] of blanks) expect(describeResponse(key, response)).toEqual({ kind: 'blank' });
  });
  it('lists every right option of a multiple choice on its own, even when options contain ， and 、', () => {
    const question = {
      id: 'm',
      kind: 'multiple' as const,
      prompt: 'p',
      explanation: 'e',
      section: { id: 's' },
      options: ['先报价，再确认', '只报价', '确认交期、付款方式'],
      correct: [0, 2],
    };
    expect(answerParts(question, { yes: '对', no: '错' })).toEqual([
      { index: 0, text: '先报价，再确认' },
      { index: 2, text: '确认交期、付款方式' },
    ]);
  });
});
