/**
 * remark plugin for the pending mark :pending[…] (待确认), parsed by remark-directive. A marked rule
 * renders as <span class="pending" data-pending id="pending-…"> with a visible 「待确认」 badge that
 * screen readers and printers get too. Any other directive is turned back into the text the writer
 * typed, so a stray colon (价格:优惠[…]) never swallows words; the content check reports misspelt marks.
 *
 * The marks it rendered (id, text, headings) are handed to the page as
 * `remarkPluginFrontmatter.pendingMarks`: the section banner's count and the sign-off sheet read
 * them from there, so what is counted is exactly what the page shows. The content check, which
 * compiles bodies with the same plugins, reads them (with the text around them) from file.data.
 */
import type { Root, RootContent, PhrasingContent } from 'mdast';
import type { VFile } from 'vfile';
import { t } from '../lib/i18n';
import { pendingModel, restoreOtherDirectives, type PendingView } from '../lib/pending-marks';

declare module 'vfile' {
  interface DataMap {
    /** The marks and text runs of the body, for the content check (src/check/markdown.ts). */
    pendingView: PendingView;
  }
}

interface DirectiveNode {
  children: RootContent[];
  data?: Record<string, unknown>;
}

/** The key under remarkPluginFrontmatter that holds a page's marks. */
export const PENDING_FRONTMATTER_KEY = 'pendingMarks';

/** A node of its own type (not an empty text node, which other plugins may prune), rendered as a span. */
function badge(): PhrasingContent {
  return {
    type: 'pendingBadge',
    data: { hName: 'span', hProperties: { className: ['pending-badge'] }, hChildren: [{ type: 'text', value: t('pending.badge') }] },
  } as unknown as PhrasingContent;
}

export function remarkPending() {
  return (tree: Root, file: VFile) => {
    restoreOtherDirectives(tree, String(file.value ?? ''));
    const { marks, runs, nodes } = pendingModel(tree);
    for (const [node, mark] of nodes) {
      const directive = node as unknown as DirectiveNode;
      directive.data = { hName: 'span', hProperties: { className: ['pending'], dataPending: '', id: mark.id } };
      directive.children = [badge(), ...directive.children];
    }
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter[PENDING_FRONTMATTER_KEY] = marks;
    file.data.pendingView = { marks, runs };
  };
}
