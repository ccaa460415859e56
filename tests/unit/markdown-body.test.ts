/**
 * The content check reads bodies as the build does. Heading ids are compared with what Astro's own
 * Markdown processor (the real producer of the ids pages carry) gives for the same text; links and
 * body problems come from the parsed tree, with the lines of the file.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { afterAll, describe, expect, it } from 'vitest';
import { createBodyReader } from '../../src/check/markdown';
import { markdownPlugins } from '../../src/plugins/markdown';

const CONTENT = join(import.meta.dirname, '../fixtures/valid');
const read = createBodyReader(CONTENT);
const dir = mkdtempSync(join(tmpdir(), 'playbook-bodies-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Reads `body` as the body of a file named `name`, starting on line `bodyLine`. */
const body = (text: string, name = 'section.md', bodyLine = 1) => read({ body: text, bodyLine, path: join(dir, name) });

const HEADINGS = `# 作息时间

## 目的

## **晨读**训练

## 用 \`npm run check\` 检查

## 报价时限 :pending[三天内]

## 先说"是"，再说"但是"

## 8:30 -- 8:50 定向

## 注意事项：

### 目的

> ## 引用里的标题

- 列表

## [作息表](/handbook/daily-work/timetable/)说明

#### Step 1: 开场
`;

describe('headings', () => {
  it('carry the ids and text Astro gives them on the page', async () => {
    const astro = await createMarkdownProcessor({ syntaxHighlight: false, ...markdownPlugins(CONTENT) });
    const rendered = await astro.render(HEADINGS);
    const expected = rendered.metadata.headings.map(({ depth, slug, text }) => ({ depth, slug, text }));
    const found = (await body(HEADINGS)).headings.map(({ depth, slug, text }) => ({ depth, slug, text }));
    expect(found).toEqual(expected);
    // The page really carries them: every id is on an element of the rendered HTML.
    for (const { slug } of found) expect(rendered.code).toContain(`id="${slug}"`);
    expect(found.map((heading) => heading.slug)).toContain('目的-1');
  });

  it('know their line in the file', async () => {
    const { headings } = await body('正文\n\n## 目的\n\n文字\n\n### 细则\n', 'section.md', 14);
    expect(headings.map((heading) => [heading.text, heading.line])).toEqual([
      ['目的', 16],
      ['细则', 20],
    ]);
  });
});

describe('links the author wrote', () => {
  it('are read from the tree: inline, reference definitions and <a href>, not images or code', async () => {
    const text = [
      '见[作息](/handbook/daily-work/timetable/#目的)和[早会][meeting]。',
      '',
      '![图](/images/a.png)',
      '',
      '`[不是链接](/code/)`',
      '',
      '```',
      '[也不是](/fenced/)',
      '```',
      '',
      '<p>另见 <a href="/glossary/#话术">话术</a></p>',
      '',
      '[meeting]: /handbook/daily-work/morning-routine/',
    ].join('\n');
    expect((await body(text, 'section.md', 10)).links).toEqual([
      { href: '/handbook/daily-work/timetable/#目的', line: 10 },
      { href: '/glossary/#话术', line: 20 },
      { href: '/handbook/daily-work/morning-routine/', line: 22 },
    ]);
  });

  it('include <a href> in MDX', async () => {
    expect((await body('见 <a href="/scripts/">话术</a>。\n', 'form.mdx')).links).toEqual([{ href: '/scripts/', line: 1 }]);
  });
});

describe('problems in a .md body', () => {
  it('leave alone HTML that closes, void elements, optional end tags and quoted >', async () => {
    const text = [
      '<div class="form-lines"></div>',
      '',
      '<details><summary>展开</summary>',
      '',
      '内容<br>第二行<img src="a.png" alt="a > b">',
      '',
      '</details>',
      '',
      '<ul><li>一<li>二</ul>',
      '',
      '<!-- 注释 -->',
    ].join('\n');
    expect((await body(text)).problems).toEqual([]);
  });

  it('report an element left open, a stray end tag, an open comment and a component', async () => {
    const text = ['<div class="note">', '', '文字 <span>强调</b>', '', '<Note>提示</Note>', '', '<!-- 以后再写', '', '后面的正文'].join(
      '\n',
    );
    expect((await body(text, 'section.md', 5)).problems.map((problem) => `${problem.line} ${problem.message.split('；')[0]}`)).toEqual([
      '7 结束标签 </b> 前面没有对应的 <b>',
      '9 组件 <Note> 只能用在 .mdx 文件里，.md 文件会把它当成未知的 HTML 标签',
      '11 HTML 注释 <!-- 没有闭合：它之后的正文都不会显示',
      '5 HTML 标签 <div> 没有闭合：它之后的正文都会被包进这个标签',
      '7 HTML 标签 <span> 没有闭合：它之后的正文都会被包进这个标签',
    ]);
  });

  it('report a code fence never closed, not one that is', async () => {
    expect((await body('```\n代码\n```\n\n~~~~\n代码\n~~~~\n')).problems).toEqual([]);
    expect((await body('正文\n\n```yaml\nkey: value\n\n后面的正文\n', 'section.md', 3)).problems).toEqual([
      { line: 5, message: '代码块没有闭合：从这一行的 ``` 起，直到文末都被当成代码；请在代码块结尾补一行 ```' },
    ]);
  });

  it('take braces as text', async () => {
    expect((await body('价格 {面议}，数量 { 待定\n')).problems).toEqual([]);
  });
});

describe('problems in a .mdx body', () => {
  it('accept imported components, frontmatter, comments and custom elements', async () => {
    writeFileSync(join(dir, 'Note.astro'), '<aside><slot /></aside>\n');
    const text = "import Note from './Note.astro';\n\n<Note>提示</Note>\n\n{frontmatter.title}{/* 注释 */}\n\n<search-box></search-box>\n";
    const result = await body(text, 'form.mdx');
    expect(result.problems).toEqual([]);
    expect(result.compiled).toBe(true);
  });

  it.each([
    ['<div>\n\n文字\n', '标签 <div> 没有闭合；请补上 </div>（单独一行，前后各空一行），或改成自闭合的 <div />'],
    ['文字 <span>强调\n', '标签 <span> 没有在同一段里闭合；.mdx 要求段落中的标签在同一段内写完 </span>，或改成自闭合的 <span />'],
    ['<div>\n\n文字\n\n</span>\n', '结束标签 </span> 与第 1 行的开始标签 <div> 不配对；请改为 </div>，或补上缺少的标签'],
    ['第一行<br>第二行\n', '.mdx 里 <br> 要写成 <br />（自闭合）'],
    ['价格 { 面议\n', '花括号 { 没有闭合：.mdx 把 { } 之间当作 JavaScript；要显示花括号请写成 \\{，或把文件改为 .md'],
    ['价格 {面议 价格}\n', '花括号 {…} 里不是有效的 JavaScript：.mdx 把 { } 之间当作代码；要显示花括号请写成 \\{ 和 \\}，或把文件改为 .md'],
    ['<!-- 注释 -->\n', '.mdx 不支持 HTML 注释 <!-- -->；请改成 {/* 注释 */}'],
    [
      '<div class=x>文字</div>\n',
      '“<” 后面不是有效的标签：属性值要加引号（例如 <div class="note">）；要显示小于号请写成 \\<，或把文件改为 .md',
    ],
  ])('refuse what the MDX compiler refuses: %j', async (text, message) => {
    const result = await body(text, 'form.mdx');
    expect(result.problems.map((problem) => problem.message)).toEqual([message]);
    expect(result.compiled).toBe(false);
  });

  it('report what would only fail while the page renders', async () => {
    const text = "import Missing from './Missing.astro';\n\n<Callout>提示</Callout>\n\n大额订单 {面议}\n";
    expect((await body(text, 'form.mdx', 8)).problems).toEqual([
      { line: 8, message: 'import 的文件 ./Missing.astro 不存在；请核对路径（相对于本文件）' },
      {
        line: 10,
        message: "组件 <Callout> 没有在文件开头 import，构建时会出错；请加一行 import Callout from '…/Callout.astro'，或改用 Markdown 写法",
      },
      {
        line: 12,
        message: '花括号 {面议} 在 .mdx 里是 JavaScript，但“面议”没有定义，构建时会出错；要显示花括号请写成 \\{面议\\}，或把文件改为 .md',
      },
    ]);
  });
});
