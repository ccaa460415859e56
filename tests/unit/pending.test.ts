/** The pending mark and the figures that must rest on a source or carry it. */
import { describe, expect, it } from 'vitest';
import { normalizeFigure, scanMarks, stripPendingMarks, unmarkedFigures } from '../../src/lib/pending';

describe('the pending mark :pending[…]', () => {
  it('is found with nested brackets and attributes, and read as its text', () => {
    const text = '折扣 :pending[5% 以内 [经理] 批准]{by=manager}，其余报总经理。';
    const { spans, problems } = scanMarks(text);
    expect(problems).toEqual([]);
    expect(spans.map((span) => span.text)).toEqual(['5% 以内 [经理] 批准']);
    expect(stripPendingMarks(text)).toBe('折扣 5% 以内 [经理] 批准，其余报总经理。');
  });
  it('reports a misspelt or unclosed mark, and leaves times alone', () => {
    const { problems } = scanMarks('8:30 到岗 :pendng[x] 再说 :pending[没有闭合');
    expect(problems.map((p) => p.message)).toEqual([
      '未知标记 :pendng[…]；待确认的规则请写 :pending[…]',
      '待确认标记 :pending[ 没有闭合；请在标记的文字后补上 ]',
    ]);
  });
});

describe('figures stated as rule', () => {
  it('finds amounts, percentages, times and deadlines outside marks, not years or everyday words', () => {
    const text =
      '8:30 到岗，:pending[3 个工作日内答复]，信用额度 ¥50,000、5 万元，折扣 5%，两周内，80 分及格；2026 年起，十分重要，同一天，每一天。';
    expect(unmarkedFigures(text).map((f) => f.text)).toEqual(['8:30', '¥50,000', '5 万元', '5%', '两周', '80 分']);
  });
  it('compares spellings of one figure as equal', () => {
    expect(normalizeFigure('08：30')).toBe('8:30');
    expect(normalizeFigure('2 个工作日')).toBe(normalizeFigure('2工作日'));
    expect(normalizeFigure('￥5,000')).toBe('¥5000');
    expect(normalizeFigure('30 ％')).toBe('30%');
  });
  it('reads 前一天 as one figure, as the trade-assistant manual states it', () => {
    expect(unmarkedFigures('客户来访前一天再确认饭店，提前三天通知').map((f) => normalizeFigure(f.text))).toEqual(['前一天', '前三天']);
  });
  it('leaves ordinals alone: 第二天 is a day, not a deadline', () => {
    expect(unmarkedFigures('第二天上午回访，第一天先熟悉资料')).toEqual([]);
  });
});

describe('the rendered mark', () => {
  it('keeps its 待确认 badge through the glossary-link plugin, as Astro chains them', async () => {
    const { unified } = await import('unified');
    const { default: remarkParse } = await import('remark-parse');
    const { default: remarkDirective } = await import('remark-directive');
    const { default: remarkRehype } = await import('remark-rehype');
    const { default: rehypeStringify } = await import('rehype-stringify');
    const { remarkPending } = await import('../../src/plugins/remark-pending');
    const { remarkGlossaryLinks } = await import('../../src/plugins/remark-glossary-links');
    const html = String(
      await unified()
        .use(remarkParse)
        .use(remarkDirective)
        .use(remarkPending)
        .use(remarkGlossaryLinks, { contentDir: 'tests/fixtures/valid' })
        .use(remarkRehype)
        .use(rehypeStringify)
        .process('折扣 :pending[5% 以内由业务部经理批准]，价格:优惠[x] 照旧。'),
    );
    expect(html).toBe(
      '<p>折扣 <span class="pending" data-pending=""><span class="pending-badge">待确认</span>5% 以内由业务部经理批准</span>，价格:优惠[x] 照旧。</p>',
    );
  });
});
