/** The pending mark and the figures that must rest on a source or carry it. */
import { describe, expect, it } from 'vitest';
import { normalizeFigure, pendingId, pendingPlainText, scanMarks, stripPendingMarks, unmarkedFigures } from '../../src/lib/pending';
import { pendingScope, yamlPendingTexts } from '../../src/lib/pending-fields';
import { keyPhraseHtml } from '../../src/lib/phrases';
import { renderPendingText } from '../../src/lib/pending-html';
import { pendingModel, runsUnder } from '../../src/lib/pending-marks';

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
    const html = String(await renderWithPending('折扣 :pending[5% 以内由业务部经理批准]，价格:优惠[x] 照旧。', true));
    expect(html).toBe(
      `<p>折扣 <span class="pending" data-pending="" id="${pendingId('5% 以内由业务部经理批准')}"><span class="pending-badge">待确认</span>5% 以内由业务部经理批准</span>，价格:优惠[x] 照旧。</p>`,
    );
  });
});

/** Markdown through the pending plugin (and optionally the glossary links), chained as Astro chains them. */
async function renderWithPending(markdown: string, glossaryLinks = false) {
  const { unified } = await import('unified');
  const { default: remarkParse } = await import('remark-parse');
  const { default: remarkDirective } = await import('remark-directive');
  const { default: remarkRehype } = await import('remark-rehype');
  const { default: rehypeStringify } = await import('rehype-stringify');
  const { remarkPending } = await import('../../src/plugins/remark-pending');
  const { remarkGlossaryLinks } = await import('../../src/plugins/remark-glossary-links');
  const pipeline = unified().use(remarkParse).use(remarkDirective).use(remarkPending);
  if (glossaryLinks) pipeline.use(remarkGlossaryLinks, { contentDir: 'tests/fixtures/valid' });
  return pipeline.use(remarkRehype).use(rehypeStringify).process(markdown);
}

async function parse(markdown: string) {
  const { unified } = await import('unified');
  const { default: remarkParse } = await import('remark-parse');
  const { default: remarkDirective } = await import('remark-directive');
  return unified().use(remarkParse).use(remarkDirective).parse(markdown);
}

describe('the marks of a page', () => {
  const body = [
    '## 报价时限',
    '',
    '| 产品 | 时限 |',
    '|---|---|',
    '| 标准产品 | :pending[需求确认后 1 个工作日内发出报价] |',
    '',
    '报价有效期（:pending[一般为 30 天]），由**业务部经理**审核。',
    '',
    '### 催复',
    '',
    '发出后 :pending[2 个工作日内]联系客户。',
    '',
    '## 注意事项',
    '',
    '`:pending[代码里不算]`，再次：:pending[一般为 30 天]',
  ].join('\n');

  it('have ids from their text, stable when other marks come and go, unique on the page', async () => {
    const { marks } = pendingModel(await parse(body));
    expect(marks.map((m) => m.text)).toEqual(['需求确认后 1 个工作日内发出报价', '一般为 30 天', '2 个工作日内', '一般为 30 天']);
    expect(marks.map((m) => m.id)).toEqual([
      pendingId('需求确认后 1 个工作日内发出报价'),
      pendingId('一般为 30 天'),
      pendingId('2 个工作日内'),
      `${pendingId('一般为 30 天')}-2`,
    ]);
    expect(marks[0]!.id).toMatch(/^pending-[0-9a-z]+$/);
    const fewer = pendingModel(await parse(body.replace(':pending[需求确认后 1 个工作日内发出报价]', '当天')));
    expect(fewer.marks.map((m) => m.id)).toEqual(marks.slice(1).map((m) => m.id));
  });

  it('know the headings they sit under, so a quiz anchor finds the marks of its heading', async () => {
    const model = pendingModel(await parse(body));
    expect(model.marks.map((m) => m.headings.map((h) => h.text).join(' › '))).toEqual([
      '报价时限',
      '报价时限',
      '报价时限 › 催复',
      '注意事项',
    ]);
    const under = runsUnder(model, '报价时限')!;
    expect(under.filter((run) => run.mark).map((run) => run.text)).toEqual([
      '需求确认后 1 个工作日内发出报价',
      '一般为 30 天',
      '2 个工作日内',
    ]);
    expect(under.some((run) => !run.mark && run.text.includes('业务部经理'))).toBe(true);
    expect(runsUnder(model, '没有这个标题')).toBeUndefined();
  });

  it('are handed to the page by the remark plugin, as many as it rendered', async () => {
    const file = await renderWithPending(body);
    const marks = (file.data as { astro: { frontmatter: { pendingMarks: { id: string }[] } } }).astro.frontmatter.pendingMarks;
    const html = String(file);
    expect(marks).toHaveLength(4);
    expect(html.match(/data-pending/g)).toHaveLength(4);
    for (const mark of marks) expect(html).toContain(`id="${mark.id}"`);
    expect(html).toContain('<code>:pending[代码里不算]</code>');
  });
});

describe('the mark in YAML text fields', () => {
  it('escapes the text, then renders each mark as the Markdown body does', () => {
    const { html, marks } = renderPendingText('<b>折扣</b> :pending[5% 以内 & 经理批准]，其余照旧', { scope: 'keyPoints.0' });
    const id = pendingId('5% 以内 & 经理批准', new Set(), 'keyPoints.0');
    expect(html).toBe(
      `&lt;b&gt;折扣&lt;/b&gt; <span class="pending" data-pending="" id="${id}"><span class="pending-badge">待确认</span>5% 以内 &amp; 经理批准</span>，其余照旧`,
    );
    expect(marks).toEqual([{ id, text: '5% 以内 & 经理批准' }]);
  });
  it('writes no id where the text is only repeated, and leaves text without marks as escaped text', () => {
    expect(renderPendingText(':pending[3 天]').html).toBe(
      '<span class="pending" data-pending=""><span class="pending-badge">待确认</span>3 天</span>',
    );
    expect(renderPendingText('报价 "A" 与 :pendng[x]').html).toBe('报价 &quot;A&quot; 与 :pendng[x]');
  });
  it('highlights key phrases inside and outside the marks, and reads the escapes inside a mark', () => {
    const { html } = renderPendingText('先认同，:pending[两天内回复 \\[书面\\]]，两天内回复', {
      textHtml: (text) => keyPhraseHtml(text, ['两天内回复'], '关键句'),
    });
    expect(html).toBe(
      '先认同，<span class="pending" data-pending=""><span class="pending-badge">待确认</span><mark class="key-phrase" title="关键句">两天内回复</mark> [书面]</span>，<mark class="key-phrase" title="关键句">两天内回复</mark>',
    );
  });
  it('becomes plain text where HTML cannot go: 「（待确认）」 after the rule, or only stripped for search', () => {
    const text = '月度培训 :pending[每月第三个周三 14:00]，地点 :pending[大会议室 \\[3 楼\\]]';
    expect(pendingPlainText(text)).toBe('月度培训 每月第三个周三 14:00（待确认），地点 大会议室 [3 楼]（待确认）');
    expect(pendingPlainText(text, { note: false })).toBe('月度培训 每月第三个周三 14:00，地点 大会议室 [3 楼]');
    expect(pendingPlainText('没有标记的文字')).toBe('没有标记的文字');
  });
  it('gives marks of different fields different ids, and a repeat in one field its own', () => {
    const a = renderPendingText(':pending[3 天]', { scope: 'lines.1' }).marks[0]!.id;
    const b = renderPendingText(':pending[3 天]', { scope: 'lines.2' }).marks[0]!.id;
    expect(a).not.toBe(b);
    expect(renderPendingText(':pending[3 天] 或 :pending[3 天]', { scope: 'lines.1' }).marks.map((m) => m.id)).toEqual([a, `${a}-2`]);
  });
});

describe('the YAML fields the sign-off sheet reads', () => {
  it('include the schedule’s label, block titles and items, each with the scope the drill page renders it in', () => {
    const texts = yamlPendingTexts.schedule('winter', {
      label: '冬时制（:pending[10 月 1 日起]）',
      blocks: [{ title: ':pending[部门总结] 与晚会', items: ['以部门为单位总结', ':pending[16:30—17:00]'] }],
    });
    expect(texts.map((text) => text.scope)).toEqual([
      pendingScope.scheduleLabel('winter'),
      pendingScope.scheduleBlock('winter', 0),
      pendingScope.scheduleItem('winter', 0, 1),
    ]);
    const page = renderPendingText(':pending[16:30—17:00]', { scope: pendingScope.scheduleItem('winter', 0, 1) });
    expect(page.marks[0]!.id).toMatch(/^pending-/);
  });
  it('include a case’s figures and a path week’s goal', () => {
    const figures = yamlPendingTexts.case({
      figures: [{ label: '金额', value: ':pending[¥5 万]' }],
      situation: '',
      actions: [],
      result: '',
      lessons: [],
    });
    expect(figures).toEqual([
      { scope: pendingScope.caseFigure(0), text: ':pending[¥5 万]', label: { key: 'pending.where.field', label: '金额' } },
    ]);
    const goal = yamlPendingTexts.path({ weeks: [{ week: 2, goal: '独立拜访 :pending[3 家]', steps: [] }] });
    expect(goal).toEqual([
      { scope: pendingScope.pathWeekGoal(2), text: '独立拜访 :pending[3 家]', label: { key: 'pending.where.goal', week: 2 } },
    ]);
  });
});
