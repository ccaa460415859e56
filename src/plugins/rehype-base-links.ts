/**
 * rehype plugin: root-relative links written in Markdown bodies (`[报价](/handbook/sales/quote/)`)
 * follow the site's base path when the portal is published in a sub-folder (GitHub Pages serves a
 * project at /<repo>/), so writers keep linking by the site's own paths. Links already under the
 * base, protocol-relative (`//host`) and external links are left alone.
 */
import type { Element, Root, RootContent } from 'hast';
import { withBase } from '../lib/urls';

const LINK_PROPERTIES = ['href', 'src'] as const;

export function rehypeBaseLinks(options: { base: string }) {
  const prefix = (node: Element) => {
    for (const name of LINK_PROPERTIES) {
      const value = node.properties[name];
      if (typeof value === 'string') node.properties[name] = withBase(value, options.base);
    }
  };
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      prefix(node);
      walk(node.children);
    }
  };
  return (tree: Root) => {
    if (options.base !== '/') walk(tree.children);
  };
}
