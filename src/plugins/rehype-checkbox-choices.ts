/**
 * rehype plugin: a form's tick box stays on the line of the choice it belongs to. Chinese text may
 * break between any two characters, so in a narrow printed table cell 「☐电话」 could leave the box
 * at the end of one line and 「电话」 on the next. The box and the first character after it are
 * wrapped in one unbreakable span; the rest of the choice still wraps as it needs to.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

const BOX_AND_FIRST_CHARACTER = /☐[^\s\u3000]/gu;

export function rehypeCheckboxChoices() {
  return (tree: Root) => {
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined || !node.value.includes('☐')) return;
      if (parent.type === 'element' && (parent.tagName === 'code' || parent.tagName === 'pre')) return;
      const parts = splitChoices(node.value);
      if (parts.length === 1) return;
      parent.children.splice(index, 1, ...parts);
      return [SKIP, index + parts.length];
    });
  };
}

function splitChoices(text: string): ElementContent[] {
  const parts: ElementContent[] = [];
  let last = 0;
  for (const match of text.matchAll(BOX_AND_FIRST_CHARACTER)) {
    if (match.index > last) parts.push({ type: 'text', value: text.slice(last, match.index) });
    const span: Element = {
      type: 'element',
      tagName: 'span',
      properties: { className: ['choice-box'] },
      children: [{ type: 'text', value: match[0] }],
    };
    parts.push(span);
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ type: 'text', value: text.slice(last) });
  return parts;
}
