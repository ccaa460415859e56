/** The check that scored quiz questions do not test rules awaiting confirmation. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createBodyReader } from '../../src/check/markdown';
import { figureKey, pendingEvidence } from '../../src/check/phases/pending-answers';

const body = [
  '## 收款要求',
  '',
  '货款一律汇入公司账户，客户付款有困难的，报业务部经理商量。:pending[每笔应收款在到期前 7 天提醒客户]。',
  '',
  '## 逾期处理',
  '',
  '| 逾期 | 做法 |',
  '|---|---|',
  '| 超过 30 天 | 业务部经理约见客户 |',
  '| 信用额度 | :pending[¥50,000 以上由业务部经理批准] |',
  '',
  ':pending[逾期超过 15 天的，暂停发货，由业务部经理决定是否恢复]。',
].join('\n');
// The body as the content check compiles it (the build's plugins, remark-pending among them).
const read = createBodyReader(join(import.meta.dirname, '../fixtures/valid'));
const model = (await read({ body, bodyLine: 1, path: join(import.meta.dirname, 'collection.md') })).pending!;
const question = (fields: Record<string, unknown>) =>
  ({ id: 'q', practice: false, section: { id: 'contracts/collection' }, prompt: '', ...fields }) as Parameters<typeof pendingEvidence>[0];

describe('a scored question that tests a pending rule', () => {
  it('is found by the figure in its answer, written with Chinese numerals or digits', () => {
    const fill = { kind: 'fill', prompt: '每笔应收款在到期前 ___ 天提醒客户。', anchor: '收款要求' };
    expect(pendingEvidence(question({ ...fill, accepted: ['七'] }), model)).toEqual(['“七 天”只写在待确认标记里']);
    expect(pendingEvidence(question({ ...fill, accepted: ['7'] }), model)).toEqual(['“7 天”只写在待确认标记里']);
  });
  it('compares amounts in one spelling (¥50,000 = 5 万元)', () => {
    expect(figureKey('¥50,000')).toBe(figureKey('5 万元'));
    const single = question({
      kind: 'single',
      prompt: '信用额度超过多少要报业务部经理批准？',
      options: ['1 万元', '5 万元', '10 万元'],
      correct: 1,
      anchor: '逾期处理',
    });
    expect(pendingEvidence(single, model)).toEqual(['“5 万元”只写在待确认标记里']);
  });
  it('looks only under the question’s heading: a role named in a mark elsewhere does not count', () => {
    const role = question({
      kind: 'single',
      prompt: '客户付款有困难，找谁商量？',
      options: ['财务部', '业务部经理'],
      correct: 1,
      anchor: '收款要求',
    });
    expect(pendingEvidence(role, model)).toEqual([]);
    const truefalse = question({ kind: 'truefalse', prompt: '逾期超过 30 天，由业务部经理约见客户。', correct: true, anchor: '逾期处理' });
    expect(pendingEvidence(truefalse, model)).toEqual([]);
  });
  it('is found when the prompt is about the one mark that holds the answer', () => {
    const stop = question({
      kind: 'single',
      prompt: '暂停发货后，由谁决定是否恢复？',
      options: ['业务员', '业务部经理'],
      correct: 1,
      anchor: '逾期处理',
    });
    expect(pendingEvidence(stop, model)).toEqual(['题干的“决定是否恢复”和答案“业务部经理”只写在同一条待确认规则里']);
  });
  it('ignores a question without marks under its heading, or whose heading does not exist', () => {
    expect(pendingEvidence(question({ kind: 'fill', prompt: '___', accepted: ['7 天'], anchor: '没有这个标题' }), model)).toEqual([]);
    expect(pendingEvidence(question({ kind: 'fill', prompt: '___', accepted: ['公司账户'], anchor: '收款要求' }), model)).toEqual([]);
  });
});
