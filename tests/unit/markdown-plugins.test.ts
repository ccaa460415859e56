/**
 * The site's own remark/rehype plugins, run through unified as Astro chains them: glossary links,
 * heading self-links, and the heading ids the check and the pages share.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { afterAll, describe, expect, it } from 'vitest';
import { anchorSlug, headingSlug } from '../../src/lib/heading-slug';
import { rehypeHeadingLinks } from '../../src/plugins/rehype-heading-links';
import { loadLinkTerms, remarkGlossaryLinks } from '../../src/plugins/remark-glossary-links';

const dir = mkdtempSync(join(tmpdir(), 'playbook-plugins-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(
  join(dir, 'glossary.yaml'),
  [
    '话术:',
    '  definition: 标准对话。',
    '客户:',
    '  autolink: false',
    '  definition: 买方。',
    'FOB:',
    '  definition: 船上交货。',
    '客户档案:',
    '  definition: 客户资料。',
  ].join('\n'),
);

async function glossaryHtml(markdown: string): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkDirective)
    .use(remarkGlossaryLinks, { contentDir: dir })
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(markdown);
  return String(file).trim();
}

const term = (name: string) => `<a href="/glossary/#${encodeURIComponent(name)}" class="term">${name}</a>`;

describe('glossary links', () => {
  it('link the first use of each term on the page, and only the first', async () => {
    expect(await glossaryHtml('先背话术，再练话术。\n\n话术要举一反三。')).toBe(
      `<p>先背${term('话术')}，再练话术。</p>\n<p>话术要举一反三。</p>`,
    );
  });

  it('prefer the longest term and keep everyday words (autolink: false) unlinked', async () => {
    expect(await glossaryHtml('客户档案里写客户的要求。')).toBe(`<p>${term('客户档案')}里写客户的要求。</p>`);
  });

  it('leave headings, links, code and table cells alone, then link the next use', async () => {
    const html = await glossaryHtml(
      ['## 话术', '', '[话术](/scripts/) 和 `话术`', '', '| 话术 |', '|---|', '| 话术 |', '', '最后是话术。'].join('\n'),
    );
    expect(html).toContain('<h2>话术</h2>');
    expect(html).toContain('<a href="/scripts/">话术</a>');
    expect(html).toContain('<code>话术</code>');
    expect(html).not.toMatch(/<t[hd]><a/);
    expect(html).toContain(`<p>最后是${term('话术')}。</p>`);
  });

  it('link a term inside emphasis, and Latin terms only as whole words', async () => {
    expect(await glossaryHtml('按 **FOB 宁波** 报价，FOBX 不是。')).toBe(
      `<p>按 <strong>${term('FOB')} 宁波</strong> 报价，FOBX 不是。</p>`,
    );
  });

  it('read nothing from a missing or broken glossary', () => {
    expect(loadLinkTerms(join(dir, 'missing.yaml'))).toEqual([]);
    writeFileSync(join(dir, 'broken.yaml'), '话术: [\n');
    expect(loadLinkTerms(join(dir, 'broken.yaml'))).toEqual([]);
  });

  it('follow an edited glossary (astro dev sets the plugin up again with the file as it is now)', async () => {
    const edited = mkdtempSync(join(tmpdir(), 'playbook-glossary-'));
    const html = (markdown: string) =>
      unified()
        .use(remarkParse)
        .use(remarkGlossaryLinks, { contentDir: edited })
        .use(remarkRehype)
        .use(rehypeStringify)
        .process(markdown)
        .then(String);
    try {
      writeFileSync(join(edited, 'glossary.yaml'), '话术:\n  definition: 标准对话。\n');
      expect(await html('先背话术，再谈报价。')).toBe(`<p>先背${term('话术')}，再谈报价。</p>`);
      writeFileSync(join(edited, 'glossary.yaml'), '话术:\n  definition: 标准对话。\n报价:\n  definition: 给出价格。\n');
      expect(await html('先背话术，再谈报价。')).toBe(`<p>先背${term('话术')}，再谈${term('报价')}。</p>`);
      rmSync(join(edited, 'glossary.yaml'));
      expect(await html('先背话术，再谈报价。')).toBe('<p>先背话术，再谈报价。</p>');
    } finally {
      rmSync(edited, { recursive: true, force: true });
    }
  });
});

async function headingHtml(markdown: string): Promise<{ html: string; headings: unknown }> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkRehype)
    .use(rehypeHeadingLinks)
    // Astro's own pass comes after the user's rehype plugins: it must keep the ids as they are.
    .use(rehypeHeadingIds)
    .use(rehypeStringify)
    .process(markdown);
  return { html: String(file).trim(), headings: file.data.astro?.headings };
}

describe('heading self-links', () => {
  it('follow each h2–h4, outside the heading, labelled 「链接到此标题」, with no text of their own', async () => {
    const { html } = await headingHtml('# 作息时间\n\n## 经理、主管定向\n\n#### 细则\n\n##### 更细\n');
    expect(html).toBe(
      [
        '<h1 id="作息时间">作息时间</h1>',
        '<div class="heading-link-wrapper"><h2 id="经理主管定向">经理、主管定向</h2><a class="heading-link" href="#经理主管定向" aria-label="链接到此标题" data-pagefind-ignore=""></a></div>',
        '<div class="heading-link-wrapper"><h4 id="细则">细则</h4><a class="heading-link" href="#细则" aria-label="链接到此标题" data-pagefind-ignore=""></a></div>',
        '<h5 id="更细">更细</h5>',
      ].join('\n'),
    );
  });

  it('leave the heading list (the table of contents) and duplicate ids as Astro makes them', async () => {
    const { headings } = await headingHtml('## 目的\n\n## 目的\n');
    expect(headings).toEqual([
      { depth: 2, slug: '目的', text: '目的' },
      { depth: 2, slug: '目的-1', text: '目的' },
    ]);
  });
});

describe('heading ids for a heading named elsewhere', () => {
  it('match Astro’s ids, inline Markdown and punctuation included', () => {
    expect(headingSlug('经理、主管定向')).toBe('经理主管定向');
    expect(headingSlug('Step 1: 开场')).toBe('step-1-开场');
    expect(anchorSlug('**晨读**训练')).toBe('晨读训练');
    expect(anchorSlug('1. 先问预算')).toBe('1-先问预算');
    expect(anchorSlug(' 用 `check` 检查 ')).toBe('用-check-检查');
  });
});
