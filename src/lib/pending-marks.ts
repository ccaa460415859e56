/**
 * The pending marks of a Markdown body, read from its syntax tree (mdast, as remark-directive
 * parses :pending[…]): one definition of "a mark", its stable id and the heading it sits under.
 * The remark plugin renders from it (so a page's ids, its banner count and the sign-off sheet
 * agree), and the content check reads the same model to tell which quiz answers rest on marks.
 * Pure: no Astro.
 */
import { slug } from 'github-slugger';
import type { Nodes, Root, RootContent } from 'mdast';
import { PENDING_NAME, pendingId } from './pending';

/** A heading a mark sits under. */
export interface MarkHeading {
  depth: number;
  /** As rendered, without Markdown syntax. */
  text: string;
  /** github-slugger's slug of the text alone, as a quiz `anchor` is resolved. */
  key: string;
}

export interface PendingMark {
  /** Stable element id on the page: pending-<hash of the text>, -2, -3 … for repeats. */
  id: string;
  /** The marked rule as a reader sees it. */
  text: string;
  /** The headings it sits under, outermost first (h2, then h3 …). */
  headings: MarkHeading[];
}

/** A piece of the body's text in reading order, marked or not. */
export interface TextRun {
  text: string;
  /** The id of the innermost mark it is inside, if any. */
  mark?: string;
  /** Keys of the headings it sits under, outermost first. */
  headings: string[];
}

/** What a body's marks are, and its text in runs: what the page and the content check read. */
export interface PendingView {
  marks: PendingMark[];
  /** The whole body as runs of text; a run of "\n" ends each block. */
  runs: TextRun[];
}

export interface PendingModel extends PendingView {
  /** The directive node of each mark (for the plugin to render). */
  nodes: Map<Nodes, PendingMark>;
}

const BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'tableCell', 'blockquote', 'code', 'html', 'thematicBreak']);

interface DirectiveLike {
  type: string;
  name?: string;
}

interface DirectiveNode {
  type: 'textDirective' | 'leafDirective' | 'containerDirective';
  name: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const DIRECTIVES = new Set(['textDirective', 'leafDirective', 'containerDirective']);

/**
 * Turns every directive other than :pending[…] back into the text the writer typed, so a stray
 * colon (8:30, 价格:优惠[…]) never swallows words. `source` is the Markdown the tree was parsed from.
 */
export function restoreOtherDirectives(tree: Root, source: string): void {
  const walk = (node: { children?: RootContent[] }) => {
    if (!node.children) return;
    node.children = node.children.map((child) => {
      const directive = child as unknown as DirectiveNode;
      if (!DIRECTIVES.has(child.type) || (directive.type === 'textDirective' && directive.name === PENDING_NAME)) {
        walk(child as { children?: RootContent[] });
        return child;
      }
      const start = directive.position?.start.offset;
      const end = directive.position?.end.offset;
      const raw = start !== undefined && end !== undefined ? source.slice(start, end) : `:${directive.name}`;
      const text = { type: 'text', value: raw } as RootContent;
      return directive.type === 'textDirective' ? text : ({ type: 'paragraph', children: [text] } as RootContent);
    });
  };
  walk(tree);
}

export function isPendingDirective(node: Nodes): boolean {
  const directive = node as DirectiveLike;
  return directive.type === 'textDirective' && directive.name === PENDING_NAME;
}

/** The text of a node as rendered: text values, inline code, image alt; badges and HTML tags left out. */
export function plainText(node: Nodes): string {
  if (node.type === 'html') return node.value.replace(/<[^>]*>/g, '');
  if (node.type === 'code') return '';
  if ('value' in node && typeof node.value === 'string') return node.value;
  if (node.type === 'image') return node.alt ?? '';
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

/**
 * Reads every mark of `tree` (parsed with remark-directive, other directives restored) with its id,
 * text and headings.
 */
export function pendingModel(tree: Root): PendingModel {
  const marks: PendingMark[] = [];
  const runs: TextRun[] = [];
  const nodes = new Map<Nodes, PendingMark>();
  const taken = new Set<string>();
  let headings: MarkHeading[] = [];

  const walk = (node: Nodes, mark: string | undefined) => {
    if (node.type === 'heading') {
      const text = plainText(node).trim();
      headings = [...headings.filter((heading) => heading.depth < node.depth), { depth: node.depth, text, key: slug(text) }];
    }
    let inside = mark;
    if (isPendingDirective(node)) {
      const text = plainText(node).trim();
      const found: PendingMark = { id: pendingId(text, taken), text, headings };
      taken.add(found.id);
      marks.push(found);
      nodes.set(node, found);
      inside = found.id;
    }
    const keys = headings.map((heading) => heading.key);
    if (node.type === 'html' || node.type === 'inlineCode' || node.type === 'text') {
      runs.push({ text: plainText(node), ...(inside ? { mark: inside } : {}), headings: keys });
    } else if ('children' in node) {
      for (const child of node.children) walk(child, inside);
    }
    if (BLOCKS.has(node.type)) runs.push({ text: '\n', headings: keys });
  };
  walk(tree, undefined);
  return { marks, runs, nodes };
}

/**
 * The runs under the heading whose key is `anchorKey` (and its subheadings), or the whole body
 * without an anchor; undefined when no heading has that key.
 */
export function runsUnder(model: PendingView, anchorKey?: string): TextRun[] | undefined {
  if (!anchorKey) return model.runs;
  const runs = model.runs.filter((run) => run.headings.includes(anchorKey));
  return runs.length ? runs : undefined;
}
