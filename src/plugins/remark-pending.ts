/**
 * remark plugin for the pending mark :pending[…] (待确认), parsed by remark-directive. A marked rule
 * renders as <span class="pending" data-pending> with a visible 「待确认」 badge that screen readers
 * and printers get too. Any other directive is turned back into the text the writer typed, so a
 * stray colon (价格:优惠[…]) never swallows words; the content check reports misspelt marks.
 */
import type { Root, RootContent, PhrasingContent } from 'mdast';
import type { VFile } from 'vfile';
import { t } from '../lib/i18n';
import { PENDING_NAME } from '../lib/pending';

interface DirectiveNode {
  type: 'textDirective' | 'leafDirective' | 'containerDirective';
  name: string;
  children: RootContent[];
  position?: { start: { offset?: number }; end: { offset?: number } };
  data?: Record<string, unknown>;
}

const DIRECTIVES = new Set(['textDirective', 'leafDirective', 'containerDirective']);

/** A node of its own type (not an empty text node, which other plugins may prune), rendered as a span. */
function badge(): PhrasingContent {
  return {
    type: 'pendingBadge',
    data: { hName: 'span', hProperties: { className: ['pending-badge'] }, hChildren: [{ type: 'text', value: t('pending.badge') }] },
  } as unknown as PhrasingContent;
}

export function remarkPending() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value ?? '');
    const walk = (node: { children?: RootContent[] }) => {
      if (!node.children) return;
      node.children = node.children.map((child) => {
        if (!DIRECTIVES.has(child.type)) {
          walk(child as { children?: RootContent[] });
          return child;
        }
        const directive = child as unknown as DirectiveNode;
        if (directive.type === 'textDirective' && directive.name === PENDING_NAME) {
          walk(directive);
          directive.data = {
            hName: 'span',
            hProperties: { className: ['pending'], dataPending: '' },
          };
          directive.children = [badge(), ...directive.children];
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
  };
}
