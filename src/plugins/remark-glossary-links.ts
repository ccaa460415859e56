/**
 * remark plugin: links the first use of each glossary term on a page to its definition on
 * /glossary/. Headings, existing links and code are left alone; terms marked `autolink: false`
 * (everyday words such as 客户) are never linked.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { createMatcher, type LinkTerm } from '../lib/glossary-links';
import { urls } from '../lib/urls';

interface Node {
  type: string;
  value?: string;
  url?: string;
  title?: string | null;
  children?: Node[];
  data?: Record<string, unknown>;
}

const SKIP = new Set([
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

/** Reads the link terms from a glossary file; a missing or broken file links nothing (the check reports it). */
export function loadLinkTerms(glossaryFile: string): LinkTerm[] {
  try {
    const data = parse(readFileSync(glossaryFile, 'utf8')) as Record<string, { autolink?: boolean }> | null;
    return (
      Object.entries(data ?? {})
        .filter(([, entry]) => entry?.autolink !== false)
        // Aliases are colloquial (客人, 砍价) and too loose to link; they widen searches instead.
        .map(([term]) => ({ term, texts: [term] }))
    );
  } catch {
    return [];
  }
}

export function remarkGlossaryLinks(options: { contentDir: string }) {
  const match = createMatcher(loadLinkTerms(resolve(options.contentDir, 'glossary.yaml')));
  // The tree is mdast; typed loosely here so the plugin fits Astro's RemarkPlugin signature.
  return (tree: unknown) => {
    const seen = new Set<string>();
    const walk = (node: Node) => {
      if (!node.children) return;
      const next: Node[] = [];
      for (const child of node.children) {
        if (SKIP.has(child.type)) {
          next.push(child);
          continue;
        }
        if (child.type === 'text' && child.value) {
          let last = 0;
          for (const hit of match(child.value, seen)) {
            if (hit.start > last) next.push({ type: 'text', value: child.value.slice(last, hit.start) });
            next.push({
              type: 'link',
              url: urls.glossary(hit.term),
              title: null,
              data: { hProperties: { className: ['term'] } },
              children: [{ type: 'text', value: child.value.slice(hit.start, hit.end) }],
            });
            last = hit.end;
          }
          next.push(last === 0 ? child : { type: 'text', value: child.value.slice(last) });
          continue;
        }
        walk(child);
        next.push(child);
      }
      node.children = next.filter((n) => n.type !== 'text' || n.value !== '');
    };
    walk(tree as Node);
  };
}
