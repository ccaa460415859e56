/**
 * remark plugin: links the first use of each glossary term on a page to its definition on
 * /glossary/. Headings, existing links, code, raw HTML, MDX and table cells are left alone; terms
 * marked `autolink: false` (everyday words such as 客户) are never linked.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Link, Nodes, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { parse } from 'yaml';
import { createMatcher, type LinkTerm } from '../lib/glossary-links';
import { urls } from '../lib/urls';

/** Nodes whose text is never linked: the term would sit in a heading, a link, code or markup. */
const SKIP_TYPES = new Set<string>([
  'heading',
  'link',
  'linkReference',
  'inlineCode',
  'code',
  'html',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'mdxFlowExpression',
  'mdxTextExpression',
  'yaml',
  'tableCell',
]);

/** The link terms of a glossary file's text; broken YAML links nothing (the check reports it). */
function linkTermsOf(text: string): LinkTerm[] {
  let data: unknown;
  try {
    data = parse(text);
  } catch {
    return [];
  }
  if (!data || typeof data !== 'object') return [];
  return (
    Object.keys(data)
      .map((term): [string, unknown] => [term, Reflect.get(data, term)])
      .filter(([, entry]) => !(entry && typeof entry === 'object' && 'autolink' in entry && entry.autolink === false))
      // Aliases are colloquial (客人, 砍价) and too loose to link; they widen searches instead.
      .map(([term]) => ({ term, texts: [term] }))
  );
}

/** The file's text, or undefined when it cannot be read. */
function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Reads the link terms from a glossary file; a missing or broken file links nothing (the check reports it). */
export function loadLinkTerms(glossaryFile: string): LinkTerm[] {
  const text = readText(glossaryFile);
  return text === undefined ? [] : linkTermsOf(text);
}

/**
 * The matcher for a glossary file, made once per text of the file: a build sets the plugin up once
 * per Markdown processor (the content check's, and Astro's for each collection and for MDX), and
 * parsing the glossary's YAML costs ~0.1–0.2 s each time. An edited file (astro dev) is read afresh.
 */
let lastMatcher: { file: string; text: string | undefined; match: ReturnType<typeof createMatcher> } | undefined;
function matcherFor(glossaryFile: string): ReturnType<typeof createMatcher> {
  const text = readText(glossaryFile);
  if (lastMatcher?.file !== glossaryFile || lastMatcher.text !== text) {
    lastMatcher = { file: glossaryFile, text, match: createMatcher(text === undefined ? [] : linkTermsOf(text)) };
  }
  return lastMatcher.match;
}

export function remarkGlossaryLinks(options: { contentDir: string }) {
  const match = matcherFor(resolve(options.contentDir, 'glossary.yaml'));
  return (tree: Root) => {
    const seen = new Set<string>();
    visit(tree, (node: Nodes, index, parent) => {
      if (SKIP_TYPES.has(node.type)) return SKIP;
      if (node.type !== 'text' || !parent || index === undefined) return;
      const hits = match(node.value, seen);
      if (hits.length === 0) return;
      const pieces: (Text | Link)[] = [];
      let last = 0;
      for (const hit of hits) {
        if (hit.start > last) pieces.push({ type: 'text', value: node.value.slice(last, hit.start) });
        pieces.push({
          type: 'link',
          url: urls.glossary(hit.term),
          title: null,
          data: { hProperties: { className: ['term'] } },
          children: [{ type: 'text', value: node.value.slice(hit.start, hit.end) }],
        });
        last = hit.end;
      }
      if (last < node.value.length) pieces.push({ type: 'text', value: node.value.slice(last) });
      parent.children.splice(index, 1, ...pieces);
      // Continue after the inserted nodes: the new links are not walked again.
      return [SKIP, index + pieces.length];
    });
  };
}
