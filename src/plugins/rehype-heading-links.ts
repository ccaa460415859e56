/**
 * rehype plugin: a self-link after every h2–h4 of a page body, so a manager can copy a link to a
 * rule. The heading is wrapped with its link —
 *   <div class="heading-link-wrapper"><h2 id="x">…</h2><a class="heading-link" href="#x" aria-label="链接到此标题"></a></div>
 * — so the link stays outside the heading: the heading's accessible name (and the table of
 * contents, and Pagefind's sub-result titles) remain its own text, and a screen reader reads the
 * heading once, then a link named 「链接到此标题」. The visible mark is drawn by CSS (global.css),
 * shown on hover and keyboard focus; the link holds no text node, so nothing of it leaks into
 * heading text, search excerpts or print.
 *
 * Ids: Astro runs user rehype plugins before its own rehypeHeadingIds, so this plugin runs that
 * same function first. Astro's pass then keeps the ids it finds, and they are exactly the ids it
 * would have given (the same slugger over the same text).
 */
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { t } from '../lib/i18n';

const LINKED = new Set(['h2', 'h3', 'h4']);

export function rehypeHeadingLinks() {
  const assignIds = rehypeHeadingIds();
  return (tree: Root, file: VFile) => {
    // Astro's transformer is synchronous; its type allows for unified's async ones.
    void assignIds?.(tree, file, () => undefined);
    visit(tree, 'element', (node, index, parent) => {
      if (!LINKED.has(node.tagName) || index === undefined || !parent) return;
      const id = node.properties.id;
      if (typeof id !== 'string' || id === '') return;
      const link: Element = {
        type: 'element',
        tagName: 'a',
        properties: { className: ['heading-link'], href: `#${id}`, ariaLabel: t('heading.link'), dataPagefindIgnore: '' },
        children: [],
      };
      const wrapper: ElementContent = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['heading-link-wrapper'] },
        children: [node, link],
      };
      parent.children[index] = wrapper;
      return SKIP;
    });
  };
}
