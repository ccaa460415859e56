/**
 * The few DOM helpers every element uses: a query that fails with a clear message instead of a `!`,
 * the reader of the JSON islands the server writes for an element (checked by their schema in
 * src/lib/islands/) and its UI strings with the one template fill.
 */
import type { Schema } from '../lib/islands/island';
import { fillTemplate } from '../lib/template';

type ElementType<T extends Element> = abstract new () => T;

const where = (root: ParentNode): string =>
  root instanceof Element ? `<${root.localName}${root.id ? `#${root.id}` : ''}>` : root instanceof Document ? 'the document' : 'a fragment';

/**
 * The first element under `root` matching `selector`, of the given type (HTMLElement by default).
 * Throws naming the selector and where it looked: a mismatch between an element and its markup
 * shows up at once, in the console, instead of as a `null` far away.
 */
export function required<T extends Element = HTMLElement>(root: ParentNode, selector: string, type?: ElementType<T>): T {
  const found = root.querySelector(selector);
  if (!found) throw new Error(`[playbook] ${where(root)} has no ${selector}`);
  const expected = type ?? (HTMLElement as unknown as ElementType<T>);
  if (!(found instanceof expected))
    throw new Error(`[playbook] ${selector} in ${where(root)} is a <${found.localName}>, expected ${expected.name}`);
  return found;
}

/** Every element under `root` matching `selector`, as an array. */
export function all<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
  return [...root.querySelectorAll<T>(selector)];
}

/** The data of the `data-island={name}` script under `root`, checked by `schema`. */
export function island<T>(root: ParentNode, name: string, schema: Schema<T>): T {
  const text = required(root, `script[data-island="${name}"]`, HTMLScriptElement).textContent ?? '';
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error(`[playbook] island "${name}" in ${where(root)} is not JSON`);
  }
  try {
    return schema.parse(data);
  } catch (error) {
    throw new Error(
      `[playbook] island "${name}" in ${where(root)} does not fit its schema: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** A UI string by key, with `{name}` placeholders filled from the string and number fields of `values`. */
export type Text<K extends string> = (key: K, values?: object) => string;

const uiStrings: Schema<Record<string, string>> = {
  parse(data) {
    if (!data || typeof data !== 'object' || Array.isArray(data) || Object.values(data).some((value) => typeof value !== 'string'))
      throw new TypeError('expected an object of UI strings');
    return data as Record<string, string>;
  },
};

/**
 * The element's UI strings: its "strings" island, written by src/components/Strings.astro from a
 * key list in src/lib/islands/strings.ts (which the build checks; `K` is that list's type).
 */
export function strings<K extends string>(root: ParentNode): Text<K> {
  const table = island(root, 'strings', uiStrings);
  return (key, values = {}) => {
    const template = table[key];
    if (template === undefined) throw new Error(`[playbook] ${where(root)} has no UI string "${key}"`);
    return fillTemplate(template, values);
  };
}

/** A new element with a class and text, for the small lists elements build. */
export function create<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), props);
}
