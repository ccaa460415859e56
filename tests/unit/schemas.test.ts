import { describe, expect, it } from 'vitest';
import { idRef, isoDate } from '../../src/schemas/common';
import { questionSchema, quizSchema } from '../../src/schemas/quiz';
import { scriptSchema } from '../../src/schemas/script';
import { sectionSchema } from '../../src/schemas/section';
import { roleSchema } from '../../src/schemas/role';

const question = questionSchema(idRef);
const base = { id: 'q', prompt: '题干 ___', explanation: '因为。', section: 'a/b' };

describe('quiz answers written as authors write them', () => {
  it('turns a letter into the option index', () => {
    const parsed = question.parse({ ...base, kind: 'single', options: ['a', 'b', 'c'], answer: 'B' });
    expect(parsed).toMatchObject({ kind: 'single', correct: 1 });
  });

  it('accepts multiple answers as "AC" or [A, C] alike', () => {
    const joined = question.parse({ ...base, kind: 'multiple', options: ['a', 'b', 'c'], answer: 'AC' });
    const listed = question.parse({ ...base, kind: 'multiple', options: ['a', 'b', 'c'], answer: ['C', 'A'] });
    expect(joined).toMatchObject({ correct: [0, 2] });
    expect(listed).toMatchObject({ correct: [0, 2] });
  });

  it('refuses an answer outside the options, naming the range', () => {
    const result = question.safeParse({ ...base, kind: 'single', options: ['a', 'b'], answer: 'D' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('答案 D 超出选项范围；本题有 2 个选项（A–B）');
  });

  it('reads 对/错 as true/false and keeps fill-in variants', () => {
    expect(question.parse({ ...base, kind: 'truefalse', answer: '错' })).toMatchObject({ correct: false });
    expect(question.parse({ ...base, kind: 'fill', answer: ['举一反三', '举一反三。'] })).toMatchObject({
      accepted: ['举一反三', '举一反三。'],
    });
  });

  it('requires a blank in a fill-in prompt', () => {
    const result = question.safeParse({ ...base, prompt: '没有空格', kind: 'fill', answer: 'x' });
    expect(result.error?.issues[0]?.message).toContain('___');
  });

  it('refuses two questions with the same id in one quiz', () => {
    const quiz = quizSchema(idRef).safeParse({
      title: 't',
      summary: 's',
      sections: ['a/b'],
      questions: [
        { ...base, kind: 'truefalse', answer: true },
        { ...base, kind: 'truefalse', answer: false },
      ],
    });
    expect(quiz.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['questions.1.id']);
  });
});

describe('dates', () => {
  it('keeps real dates as YYYY-MM-DD, from text or a YAML Date', () => {
    expect(isoDate.parse('2026-09-01')).toBe('2026-09-01');
    expect(isoDate.parse(new Date('2026-09-01T00:00:00Z'))).toBe('2026-09-01');
  });
  it('refuses dates that do not exist instead of rolling them over', () => {
    expect(isoDate.safeParse('2026-02-30').success).toBe(false);
    expect(isoDate.safeParse('2026/09/01').success).toBe(false);
  });
});

describe('revisions', () => {
  const section = {
    title: 't',
    summary: 's',
    order: 1,
    owner: 'manager',
    audience: ['rep'],
    effective: '2026-10-01',
  };
  it('starts at version 1 with no revision table needed', () => {
    expect(sectionSchema(idRef).parse(section)).toMatchObject({ version: 1, changes: [] });
  });
  it('requires a revision line for a raised version', () => {
    const result = sectionSchema(idRef).safeParse({ ...section, version: 2 });
    expect(result.error?.issues[0]?.message).toContain('没有版本 2 的说明');
  });
});

describe('scripts', () => {
  const script = {
    title: 't',
    summary: 's',
    stage: '方案报价',
    channel: 'phone',
    tier: '重要',
    scenario: 's',
    lines: [{ customer: '太贵了。' }, { rep: '我们一起算一下总成本。' }],
    keyPoints: ['k'],
    pitfalls: ['p'],
    effective: '2026-09-01',
  };
  it('normalises Chinese labels and the rep:/customer: shorthand', () => {
    const parsed = scriptSchema(idRef).parse(script);
    expect(parsed).toMatchObject({ stage: 'proposal', channel: 'phone', tier: 'key' });
    expect(parsed.lines).toEqual([
      { speaker: 'customer', text: '太贵了。' },
      { speaker: 'rep', text: '我们一起算一下总成本。' },
    ]);
  });
  it('lists the allowed stages when one is unknown', () => {
    const result = scriptSchema(idRef).safeParse({ ...script, stage: '成交' });
    expect(result.error?.issues[0]?.message).toBe(
      '“成交”不是可选值；可选：客户开发（prospecting）、需求调研（discovery）、方案报价（proposal）、谈判签约（negotiation）、售后服务（after-sales）',
    );
  });
  it('requires key phrases to be words the rep actually says', () => {
    const result = scriptSchema(idRef).safeParse({ ...script, keyPhrases: ['总价'] });
    expect(result.error?.issues[0]?.path).toEqual(['keyPhrases', 0]);
  });
});

describe('roles', () => {
  const role = { name: '业务部经理', summary: '负责部门。' };
  it('takes an optional address for readers’ feedback, and says how to write one that is wrong', () => {
    expect(roleSchema.parse({ ...role, email: 'sales-manager@example.com' }).email).toBe('sales-manager@example.com');
    expect(roleSchema.parse(role).email).toBeUndefined();
    const result = roleSchema.safeParse({ ...role, email: '经理邮箱' });
    expect(result.success || result.error.issues[0]?.message).toBe('应写成邮箱地址，例如 sales-manager@example.com');
  });
});
