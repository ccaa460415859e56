/**
 * Data the server hands to a browser element travels as JSON in a `<script type="application/json"
 * data-island="name">` inside the element (written by src/components/Island.astro, read by
 * `island()` in src/client/dom.ts). Each island has one schema, in this folder, that both sides use:
 * the build checks what it writes, the browser checks what it reads.
 */

/** Anything that turns unknown data into a T or throws: a zod schema, or a small zod-free check. */
export interface Schema<T> {
  parse(data: unknown): T;
}

/** JSON that is safe inside a <script> element. */
export function islandJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * A table of UI strings with exactly these keys, checked without zod so that the smallest pages
 * (a section, the home page, the header search) can use it.
 */
export function stringTable<K extends string>(keys: readonly K[]): Schema<Record<K, string>> {
  return {
    parse(data: unknown): Record<K, string> {
      if (!data || typeof data !== 'object' || Array.isArray(data)) throw new TypeError('expected an object of UI strings');
      const table = data as Record<string, unknown>;
      const missing = keys.filter((key) => typeof table[key] !== 'string');
      if (missing.length > 0) throw new TypeError(`missing UI strings: ${missing.join(', ')}`);
      return table as Record<K, string>;
    },
  };
}
