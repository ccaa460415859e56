/**
 * rehype plugin: root-relative links written in Markdown bodies (`[报价](/handbook/sales/quote/)`)
 * follow the site's base path when the portal is published in a sub-folder (GitHub Pages serves a
 * project at /<repo>/), so writers keep linking by the site's own paths. Links already under the
 * base, protocol-relative (`//host`) and external links are left alone.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { withBase } from '../lib/urls';

const LINK_PROPERTIES = ['href', 'src'] as const;

export function rehypeBaseLinks(options: { base: string }) {
  return (tree: Root) => {
    if (options.base === '/') return;
    visit(tree, 'element', (node) => {
      for (const name of LINK_PROPERTIES) {
        const value = node.properties[name];
        if (typeof value === 'string') node.properties[name] = withBase(value, options.base);
      }
    });
  };
}
