/**
 * Reads a content body the way the build does: `.md` through remark (remark-parse, remark-gfm,
 * remark-smartypants, the site's plugins, remark-rehype, Astro's heading ids), `.mdx` through
 * @mdx-js/mdx compiled to JavaScript with the same plugins — so an error the build would hit is
 * found here first, with its line, in Chinese, and every body's problems are reported at once.
 * What the check needs from a body comes from these trees, not from regexes over the text:
 * its headings (with the ids Astro gives them) and the links its author wrote.
 *
 * Body problems found:
 * - .mdx: anything the MDX compiler refuses (an unclosed <div>, a stray {, an HTML comment…); a
 *   component that is not imported; a {name} that names nothing (the page would throw); an
 *   import of a file that does not exist.
 * - .md: raw HTML left open or closed twice, an unclosed <!-- (both swallow the rest of the
 *   page), a component tag (it only works in .mdx).
 * - both: a code fence never closed (the rest of the page becomes code).
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMarkdownProcessor,
  rehypeHeadingIds,
  type AstroMarkdownProcessorOptions,
  type MarkdownProcessor,
  type MarkdownProcessorRenderResult,
} from '@astrojs/markdown-remark';
import { createProcessor, nodeTypes } from '@mdx-js/mdx';
import type { Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Code, Heading as MdastHeading, Html, Root, RootContent, Table } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement, MdxjsEsm } from 'mdast-util-mdx';
import rehypeRaw from 'rehype-raw';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified, type PluggableList } from 'unified';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import type { PendingView } from '../lib/pending-marks';
import { markdownPlugins } from '../plugins/markdown';
import { remarkGlossaryLinks } from '../plugins/remark-glossary-links';

export interface Heading {
  depth: number;
  /** The heading's text as Astro reads it (what the table of contents shows). */
  text: string;
  /** Its id on the page. */
  slug: string;
  /** 1-based line in the file. */
  line: number;
}

export interface Link {
  href: string;
  /** 1-based line in the file. */
  line: number;
}

export interface BodyProblem {
  /** 1-based line in the file. */
  line: number;
  message: string;
}

export interface Body {
  headings: Heading[];
  links: Link[];
  problems: BodyProblem[];
  /** False when the body could not be compiled: its headings and links are then unknown. */
  compiled: boolean;
  /** Its :pending[…] marks and text as remark-pending read them (absent when not compiled). */
  pending?: PendingView;
  /** A .md body compiled by Astro's own processor (a build's check): the page as Astro renders it. */
  rendered?: RenderedBody;
}

/**
 * A .md body as Astro's Markdown processor rendered it for the check, for the build's content sync
 * to reuse instead of compiling the body again (src/integrations/rendered-bodies.ts).
 */
export interface RenderedBody {
  /** The body as Astro's loader reads it (front matter removed, trimmed): reused only for exactly this text. */
  body: string;
  html: string;
  /** Astro's metadata; its `frontmatter` holds only what the remark plugins added (remark-pending's marks). */
  metadata: MarkdownProcessorRenderResult['metadata'];
}

export interface BodySource {
  /** The body text (after the front matter). */
  body: string;
  /** The line of the body's first line in the file. */
  bodyLine: number;
  /** Absolute path of the file: its extension picks Markdown or MDX; imports resolve from it. */
  path: string;
}

interface Findings {
  links: Link[];
  problems: BodyProblem[];
}

declare module 'vfile' {
  interface DataMap {
    /** What the check found in the tree as written, before any plugin changed it. */
    playbookCheck: Findings;
    playbookHeadings: Heading[];
    /** The lines of the h1–h6 elements, in order (Astro's own headings list has no lines). */
    playbookHeadingLines: number[];
  }
}

const lineOf = (node: { position?: { start: { line: number } } }) => node.position?.start.line ?? 1;

// ---------------------------------------------------------------------------------------------
// Links the author wrote.

/** Links in raw HTML (`<a href>` in a .md body), parsed as HTML. */
function htmlLinks(node: Html): Link[] {
  const links: Link[] = [];
  visit(fromHtml(node.value, { fragment: true }), 'element', (element) => {
    const href = element.properties.href;
    if (element.tagName === 'a' && typeof href === 'string') links.push({ href, line: lineOf(node) + lineOf(element) - 1 });
  });
  return links;
}

/** Markdown links, reference definitions, <a href> in HTML and in MDX; images are not links. */
function authoredLinks(tree: Root): Link[] {
  const links: Link[] = [];
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'definition') links.push({ href: node.url, line: lineOf(node) });
    else if (node.type === 'html') links.push(...htmlLinks(node));
    else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'a') {
      for (const attribute of node.attributes) {
        if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'href' && typeof attribute.value === 'string') {
          links.push({ href: attribute.value, line: lineOf(node) });
        }
      }
    }
  });
  return links;
}

// ---------------------------------------------------------------------------------------------
// Problems in the tree as written.

/** A fenced code block that runs to the end of the file: its closing fence is missing. */
function unclosedFences(tree: Root, source: string): BodyProblem[] {
  const problems: BodyProblem[] = [];
  visit(tree, 'code', (node: Code) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const text = source.slice(start, end);
    const fence = /^[ \t]*(`{3,}|~{3,})/.exec(text)?.[1];
    if (!fence) return; // an indented code block has no fence
    const lines = text.trimEnd().split('\n');
    const last = lines.at(-1)?.trim() ?? '';
    const closed = lines.length > 1 && last.startsWith(fence) && last.replace(fence.startsWith('`') ? /`/g : /~/g, '') === '';
    if (!closed) {
      problems.push({
        line: lineOf(node),
        message: `代码块没有闭合：从这一行的 ${fence} 起，直到文末都被当成代码；请在代码块结尾补一行 ${fence}`,
      });
    }
  });
  return problems;
}

/**
 * A table whose header row has an empty cell: a screen reader announces nothing for that column,
 * and printed on its own the column has no name. Writers leave the corner cell empty out of habit.
 */
function emptyTableHeaders(tree: Root): BodyProblem[] {
  const problems: BodyProblem[] = [];
  visit(tree, 'table', (node: Table) => {
    const header = node.children[0];
    if (!header) return;
    header.children.forEach((cell, index) => {
      if (toString(cell).trim() !== '') return;
      problems.push({
        line: lineOf(header),
        message: `表格第 ${index + 1} 列的表头是空的：读屏软件和打印件都说不出这一列是什么；请写上列名，例如「序号」「项目」`,
      });
    });
  });
  return problems;
}

const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/** Elements whose end tag HTML lets an author leave out. */
const OPTIONAL_END = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'rt',
  'rp',
  'optgroup',
  'option',
  'colgroup',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
]);

interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  /** Offset in the HTML text. */
  offset: number;
}

/**
 * The tags in a piece of raw HTML that Markdown left as it is (micromark has already found where
 * the HTML is; this only splits it into tags), and where a comment is left open.
 */
function lexTags(html: string): { tags: Tag[]; openComment?: number } {
  const tags: Tag[] = [];
  const name = /<(\/?)([A-Za-z][A-Za-z0-9-]*)/y;
  for (let i = html.indexOf('<'); i >= 0 && i < html.length; i = html.indexOf('<', i + 1)) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      if (end < 0) return { tags, openComment: i };
      i = end + 2;
      continue;
    }
    name.lastIndex = i;
    const match = name.exec(html);
    if (!match) continue;
    // Find the tag's end, skipping > inside quoted attribute values.
    let j = name.lastIndex;
    let quote: string | undefined;
    for (; j < html.length; j++) {
      const char = html[j];
      if (quote) {
        if (char === quote) quote = undefined;
      } else if (char === '"' || char === "'") quote = char;
      else if (char === '>') break;
    }
    tags.push({ name: match[2] ?? '', closing: match[1] === '/', selfClosing: html[j - 1] === '/', offset: i });
    i = j;
  }
  return { tags };
}

/** Line of `offset` in the value of an HTML node. */
function htmlLine(node: Html, offset: number): number {
  let line = lineOf(node);
  for (let i = 0; i < offset; i++) if (node.value.charCodeAt(i) === 10) line++;
  return line;
}

/** Raw HTML in a .md body: elements left open or closed twice, comments left open, component tags. */
function htmlProblems(tree: Root): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const open: { name: string; line: number }[] = [];
  const unclosed = (element: { name: string; line: number }) =>
    problems.push({
      line: element.line,
      message: `HTML 标签 <${element.name}> 没有闭合：它之后的正文都会被包进这个标签；请在该结束的地方补上 </${element.name}>，或删去 <${element.name}>`,
    });
  let swallowed = false;
  visit(tree, 'html', (node: Html) => {
    if (swallowed) return;
    const { tags, openComment } = lexTags(node.value);
    for (const tag of tags) {
      const line = htmlLine(node, tag.offset);
      if (/^[A-Z]/.test(tag.name)) {
        if (!tag.closing) {
          problems.push({
            line,
            message: `组件 <${tag.name}> 只能用在 .mdx 文件里，.md 文件会把它当成未知的 HTML 标签；请改用 Markdown 写法，或把文件改为 .mdx 并在开头 import 这个组件`,
          });
        }
        continue;
      }
      const lower = tag.name.toLowerCase();
      if (VOID_ELEMENTS.has(lower) || OPTIONAL_END.has(lower) || tag.selfClosing) continue;
      if (!tag.closing) {
        open.push({ name: lower, line });
        continue;
      }
      const at = open.map((element) => element.name).lastIndexOf(lower);
      if (at < 0) {
        problems.push({ line, message: `结束标签 </${lower}> 前面没有对应的 <${lower}>；请删去它，或在前面补上 <${lower}>` });
        continue;
      }
      // Elements opened after the one being closed were never closed themselves.
      open.splice(at).slice(1).forEach(unclosed);
    }
    if (openComment !== undefined) {
      problems.push({
        line: htmlLine(node, openComment),
        message: 'HTML 注释 <!-- 没有闭合：它之后的正文都不会显示；请在注释末尾补上 -->',
      });
      swallowed = true;
    }
  });
  open.forEach(unclosed);
  return problems;
}

/** Names an MDX body declares itself (imports, exports) or is given (props, Astro's frontmatter). */
function declaredNames(tree: Root): Set<string> {
  const names = new Set(['props', 'frontmatter']);
  visit(tree, 'mdxjsEsm', (node: MdxjsEsm) => {
    for (const statement of node.data?.estree?.body ?? []) {
      if (statement.type === 'ImportDeclaration') for (const specifier of statement.specifiers) names.add(specifier.local.name);
      if (statement.type === 'ExportNamedDeclaration') {
        const declaration = statement.declaration;
        if (declaration?.type === 'VariableDeclaration') {
          for (const declarator of declaration.declarations) if (declarator.id.type === 'Identifier') names.add(declarator.id.name);
        } else if (declaration && 'id' in declaration && declaration.id) names.add(declaration.id.name);
      }
    }
  });
  return names;
}

/** Identifiers an expression reads (not property names); undefined when it declares its own (left alone). */
function readNames(program: unknown): string[] | undefined {
  const names: string[] = [];
  let declares = false;
  const walk = (node: unknown, parent?: Record<string, unknown>, key?: string): void => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item, parent, key);
      return;
    }
    if (!node || typeof node !== 'object' || !('type' in node) || typeof node.type !== 'string') return;
    const record = node as Record<string, unknown>;
    if (/Function|Class|VariableDeclaration|CatchClause/.test(node.type)) declares = true;
    if (node.type === 'Identifier' && 'name' in node && typeof node.name === 'string') {
      const isPropertyName = (key === 'property' || key === 'key') && parent?.computed !== true && parent?.shorthand !== true;
      if (!isPropertyName) names.push(node.name);
      return;
    }
    for (const [childKey, child] of Object.entries(record)) {
      if (childKey !== 'loc' && childKey !== 'range' && childKey !== 'position') walk(child, record, childKey);
    }
  };
  walk(program);
  return declares ? undefined : names;
}

const IMPORT_EXTENSIONS = ['', '.astro', '.ts', '.js', '.mjs', '.mdx', '.md', '.json'];

/** In an MDX body: components not imported, {names} that name nothing, imports of missing files. */
function mdxProblems(tree: Root, source: string, path: string): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const declared = declaredNames(tree);
  const known = (name: string) => declared.has(name) || name in globalThis;

  visit(tree, (node: Root | RootContent) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const element: MdxJsxFlowElement | MdxJsxTextElement = node;
      const name = element.name;
      if (!name) return;
      const root = name.split('.')[0] ?? name;
      const isComponent = name.includes('.') || /^[A-Z]/.test(name);
      if (isComponent && !known(root)) {
        problems.push({
          line: lineOf(node),
          message: `组件 <${name}> 没有在文件开头 import，构建时会出错；请加一行 import ${root} from '…/${root}.astro'，或改用 Markdown 写法`,
        });
      }
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      const unknown = readNames(node.data?.estree)?.find((name) => !known(name));
      if (unknown) {
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        const written = start !== undefined && end !== undefined ? source.slice(start, end) : `{${unknown}}`;
        const escaped = `\\{${written.slice(1, -1)}\\}`;
        problems.push({
          line: lineOf(node),
          message: `花括号 ${written} 在 .mdx 里是 JavaScript，但“${unknown}”没有定义，构建时会出错；要显示花括号请写成 ${escaped}，或把文件改为 .md`,
        });
      }
    } else if (node.type === 'mdxjsEsm') {
      for (const statement of node.data?.estree?.body ?? []) {
        if (statement.type !== 'ImportDeclaration' || typeof statement.source.value !== 'string') continue;
        const from = statement.source.value;
        if (!from.startsWith('.') && !from.startsWith('/')) continue;
        const target = resolve(dirname(path), from);
        if (!IMPORT_EXTENSIONS.some((extension) => existsSync(target + extension))) {
          problems.push({ line: lineOf(node), message: `import 的文件 ${from} 不存在；请核对路径（相对于本文件）` });
        }
      }
    }
  });
  return problems;
}

/** A remark plugin placed first: reads links and problems from the tree as parsed, before other plugins change it. */
function inspect() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    const problems = [
      ...unclosedFences(tree, source),
      ...emptyTableHeaders(tree),
      ...(file.extname === '.mdx' ? mdxProblems(tree, source, file.path) : htmlProblems(tree)),
    ];
    file.data.playbookCheck = { links: authoredLinks(tree), problems };
  };
}

/**
 * remark-smartypants (curly quotes, dashes) applied to the headings only: it reads a document's
 * text block by block (each block starts fresh), so a heading comes out as it does on the page.
 */
function smartypantsHeadings() {
  const smartypants = unified().use(remarkSmartypants).freeze();
  return async (tree: Root) => {
    const headings: MdastHeading[] = [];
    visit(tree, 'heading', (node) => {
      headings.push(node);
    });
    // The transform changes the heading nodes in place.
    const root: Root = { type: 'root', children: headings };
    if (headings.length > 0) await smartypants.run(root);
  };
}

/** A rehype plugin placed after Astro's heading ids: the headings with their ids and lines. */
function collectHeadings() {
  return (tree: HastRoot, file: VFile) => {
    const lines = headingLines(tree);
    file.data.playbookHeadings = (file.data.astro?.headings ?? []).map((heading, index) => ({
      depth: heading.depth,
      text: heading.text,
      slug: heading.slug,
      line: lines[index] ?? 1,
    }));
  };
}

// ---------------------------------------------------------------------------------------------
// MDX compiler errors, in Chinese.

/** The first `(line:column` in a compiler message: where the tag it names starts. */
const positionIn = (reason: string) => Number(/\((\d+):\d+/.exec(reason)?.[1] ?? NaN);
/** The names in backticks of a compiler message: `<div>`, `</span>`. */
const quoted = (reason: string) => [...reason.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? '');

function compilerProblem(error: VFileMessage): BodyProblem {
  const reason = error.reason;
  const line = error.line ?? positionIn(reason);
  const at = Number.isFinite(line) && line > 0 ? line : 1;
  const source = error.source ?? '';
  const rule = error.ruleId ?? '';
  const say = (message: string): BodyProblem => ({ line: at, message });

  if (source === 'mdast-util-mdx-jsx' && rule === 'end-tag-mismatch') {
    const [first = '', second = ''] = quoted(reason);
    if (reason.startsWith('Expected a closing tag')) {
      const name = first.replace(/^<|>$/g, '');
      const tagLine = positionIn(reason);
      const where = Number.isFinite(tagLine) ? { line: tagLine } : {};
      if (VOID_ELEMENTS.has(name)) return { ...say(`.mdx 里 <${name}> 要写成 <${name} />（自闭合）`), ...where };
      if (reason.includes('before the end of')) {
        return {
          ...say(`标签 <${name}> 没有在同一段里闭合；.mdx 要求段落中的标签在同一段内写完 </${name}>，或改成自闭合的 <${name} />`),
          ...where,
        };
      }
      return { ...say(`标签 <${name}> 没有闭合；请补上 </${name}>（单独一行，前后各空一行），或改成自闭合的 <${name} />`), ...where };
    }
    if (reason.startsWith('Unexpected closing tag')) {
      const opened = second.replace(/^<|>$/g, '');
      const openedLine = positionIn(reason);
      return say(
        `结束标签 ${first} 与${Number.isFinite(openedLine) ? `第 ${openedLine} 行的` : ''}开始标签 <${opened}> 不配对；请改为 </${opened}>，或补上缺少的标签`,
      );
    }
    return say('标签的开始和结束不配对；请检查这一行的 < > 标签');
  }
  if (source === 'micromark-extension-mdx-expression') {
    if (rule === 'unexpected-eof')
      return say('花括号 { 没有闭合：.mdx 把 { } 之间当作 JavaScript；要显示花括号请写成 \\{，或把文件改为 .md');
    return say('花括号 {…} 里不是有效的 JavaScript：.mdx 把 { } 之间当作代码；要显示花括号请写成 \\{ 和 \\}，或把文件改为 .md');
  }
  if (source === 'micromark-extension-mdx-jsx') {
    if (reason.includes('to create a comment in MDX')) return say('.mdx 不支持 HTML 注释 <!-- -->；请改成 {/* 注释 */}');
    return say('“<” 后面不是有效的标签：属性值要加引号（例如 <div class="note">）；要显示小于号请写成 \\<，或把文件改为 .md');
  }
  if (source === 'micromark-extension-mdxjs-esm') {
    return say("import / export 语句写法有误；请检查这一行，例如 import Note from '../../src/components/Note.astro'");
  }
  return say(`.mdx 无法编译（${reason}）；请检查这一行的标签和花括号`);
}

// ---------------------------------------------------------------------------------------------

/** The lines of the h1–h6 elements in a tree, in document order. */
function headingLines(tree: HastRoot): number[] {
  const lines: number[] = [];
  visit(tree, 'element', (node) => {
    if (/^h[1-6]$/.test(node.tagName)) lines.push(lineOf(node));
  });
  return lines;
}

/** What a compile error becomes: the MDX compiler's messages in Chinese, anything else as it is. */
function compileProblem(error: unknown, bodyLine: number): Body {
  const problem =
    error instanceof VFileMessage ? compilerProblem(error) : { line: bodyLine, message: `正文无法编译（${String(error)}）；请检查这一段` };
  return { headings: [], links: [], problems: [problem], compiled: false };
}

/**
 * Makes the reader for one check run: the processors are built once (the glossary plugin reads
 * content/glossary.yaml when it is set up) and reused for every body.
 *
 * `astroMarkdown`: a build's Markdown options as Astro passes them to its processor
 * (`{ image, ...markdown }`). A .md body is then compiled once, by Astro's own processor with the
 * check's readers added (they only read the tree), and its page comes back as `rendered`; the
 * build's content sync reuses it instead of compiling the body again. Without it (`npm run check`),
 * a lighter pipeline that yields the same findings.
 */
export function createBodyReader(contentDir: string, astroMarkdown?: AstroMarkdownProcessorOptions): (source: BodySource) => Promise<Body> {
  const { remarkPlugins, rehypePlugins } = markdownPlugins(contentDir);
  // Two plugins of the build are left out or narrowed, for speed, where the check cannot tell
  // the difference: the glossary plugin only links terms in paragraph text (never in headings,
  // never an error), and smartypants only matters here for the text and ids of headings.
  const siteRemark = remarkPlugins.filter((plugin) => !(Array.isArray(plugin) && plugin[0] === remarkGlossaryLinks));
  const remark: PluggableList = [inspect, remarkGfm, smartypantsHeadings, ...siteRemark];
  const rehype: PluggableList = [...rehypePlugins, rehypeHeadingIds, collectHeadings];
  // As @astrojs/markdown-remark renders a .md body.
  const markdown = unified().use(remarkParse).use(remark).use(remarkRehype, { allowDangerousHtml: true }).use(rehype).freeze();
  // As @astrojs/mdx compiles a .mdx body (its Astro-specific output plugins aside); made on first
  // use. (The import itself is static: the config and the build's children load this module
  // bundled into one file.)
  let mdx: ReturnType<typeof createProcessor> | undefined;
  const mdxProcessor = () =>
    (mdx ??= createProcessor({
      format: 'mdx',
      jsxImportSource: 'astro',
      elementAttributeNameCase: 'html',
      remarkPlugins: remark,
      rehypePlugins: [[rehypeRaw, { passThrough: nodeTypes }], ...rehype],
    }));

  // Astro's processor, with `inspect` first among the site's remark plugins (after GFM and
  // smartypants, which change no link, HTML, code or table node) and a last rehype plugin that
  // keeps what the check reads (Astro's render returns only the page and its metadata).
  const found = new Map<string, Pick<VFile['data'], 'playbookCheck' | 'pendingView' | 'playbookHeadingLines'>>();
  const keep = () => (tree: HastRoot, file: VFile) => {
    const { playbookCheck, pendingView } = file.data;
    found.set(file.path, { playbookCheck, pendingView, playbookHeadingLines: headingLines(tree) });
  };
  let astro: Promise<MarkdownProcessor> | undefined;
  const astroProcessor = (options: AstroMarkdownProcessorOptions) =>
    (astro ??= createMarkdownProcessor({
      ...options,
      remarkPlugins: [inspect, ...(options.remarkPlugins ?? [])],
      rehypePlugins: [...(options.rehypePlugins ?? []), keep],
    }));

  const readWithAstro = async (options: AstroMarkdownProcessorOptions, { body, bodyLine, path }: BodySource): Promise<Body> => {
    // Astro renders the body trimmed; blank lines in place of the front matter and of the blank
    // lines trimmed keep the positions lines of the file (they change nothing on the page).
    const text = body.trim();
    const trimmedLines = body.slice(0, body.length - body.trimStart().length).split('\n').length - 1;
    const value = '\n'.repeat(Math.max(0, bodyLine - 1) + trimmedLines) + text;
    let result: MarkdownProcessorRenderResult;
    try {
      const processor = await astroProcessor(options);
      // As Astro's loader calls it: the file's URL (for images); a fresh front matter object,
      // so the metadata's `frontmatter` holds what the plugins add (the loader adds the file's own).
      result = await processor.render(value, { frontmatter: {}, fileURL: pathToFileURL(path) } as Parameters<
        MarkdownProcessor['render']
      >[1]);
    } catch (error) {
      found.delete(path);
      return compileProblem(error, bodyLine);
    }
    const data = found.get(path);
    found.delete(path);
    const checked = data?.playbookCheck ?? { links: [], problems: [] };
    const lines = data?.playbookHeadingLines ?? [];
    return {
      headings: result.metadata.headings.map((heading, index) => ({
        depth: heading.depth,
        text: heading.text,
        slug: heading.slug,
        line: lines[index] ?? 1,
      })),
      links: checked.links,
      problems: checked.problems,
      compiled: true,
      ...(data?.pendingView ? { pending: data.pendingView } : {}),
      rendered: { body: text, html: result.code, metadata: result.metadata },
    };
  };

  return async (source) => {
    const { body, bodyLine, path } = source;
    if (astroMarkdown && !path.endsWith('.mdx')) return readWithAstro(astroMarkdown, source);
    // Blank lines in place of the front matter: positions are lines of the file.
    const file = new VFile({ value: '\n'.repeat(Math.max(0, bodyLine - 1)) + body, path });
    try {
      if (file.extname === '.mdx') await mdxProcessor().process(file);
      else await markdown.run(markdown.parse(file), file);
    } catch (error) {
      return compileProblem(error, bodyLine);
    }
    const findings = file.data.playbookCheck ?? { links: [], problems: [] };
    return {
      headings: file.data.playbookHeadings ?? [],
      links: findings.links,
      problems: findings.problems,
      compiled: true,
      ...(file.data.pendingView ? { pending: file.data.pendingView } : {}),
    };
  };
}
