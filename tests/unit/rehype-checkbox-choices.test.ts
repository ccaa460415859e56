/** A form's tick boxes stay with their choices when a narrow cell wraps. */
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { rehypeCheckboxChoices } from '../../src/plugins/rehype-checkbox-choices';

async function render(markdown: string) {
  return String(
    await unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeCheckboxChoices).use(rehypeStringify).process(markdown),
  );
}

describe('tick boxes in forms', () => {
  it('binds each box to the first character of its choice, in table cells too', async () => {
    const html = await render('| 栏目 | 填写 |\n|---|---|\n| 接到方式 | ☐电话　☐微信 |\n| 是否影响 | ☐是　☐否，原因： |');
    expect(html).toContain('<td><span class="choice-box">☐电</span>话　<span class="choice-box">☐微</span>信</td>');
    expect(html).toContain('<span class="choice-box">☐是</span>　<span class="choice-box">☐否</span>，原因：');
  });
  it('leaves a lone box, code and text without boxes as they are', async () => {
    expect(await render('签字 ☐ 日期')).toBe('<p>签字 ☐ 日期</p>');
    expect(await render('写作 `☐电话`')).toBe('<p>写作 <code>☐电话</code></p>');
    expect(await render('没有方框')).toBe('<p>没有方框</p>');
  });
});
