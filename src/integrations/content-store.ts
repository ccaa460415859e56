/**
 * Astro 5 hands the build its content store (every entry's data and rendered Markdown) as one
 * module, `astro:data-layer-content`, written as a JavaScript array literal: devalue's flattened
 * form, one array element per value. At 2,000 sections that literal has millions of syntax nodes,
 * which Rollup parses, walks for tree-shaking and keeps in memory — the largest single cost of the
 * server bundle and of the build's peak memory. The same data as one JSON string is a single
 * node for Rollup, and `JSON.parse` reads it faster than V8 compiles the literal.
 *
 * Nothing else changes: the module still exports the same array, which Astro unflattens as before.
 */
import type { AstroIntegration } from 'astro';

/** Astro's resolved id of the content store module. */
const STORE_ID = '\0astro:data-layer-content';

/**
 * `export default[…]` (a JSON-compatible literal, as Rollup's dataToEsm writes it) as
 * `export default JSON.parse("…")`; any other code unchanged (undefined).
 */
export function storeAsJson(code: string): string | undefined {
  const match = /^export default\s*/.exec(code);
  if (!match) return undefined;
  const literal = code.slice(match[0].length).replace(/;?\s*$/, '');
  if (!literal.startsWith('[') && !literal.startsWith('{')) return undefined;
  try {
    JSON.parse(literal);
  } catch {
    // Not plain JSON (a future Astro writing functions or dates): leave it as Astro wrote it.
    return undefined;
  }
  return `export default JSON.parse(${JSON.stringify(literal)});`;
}

export function compactContentStore(): AstroIntegration {
  return {
    name: 'playbook:content-store',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'playbook:content-store-as-json',
                enforce: 'post',
                transform(code, id) {
                  if (id !== STORE_ID) return undefined;
                  const json = storeAsJson(code);
                  return json === undefined ? undefined : { code: json, map: { mappings: '' } };
                },
              },
            ],
          },
        });
      },
    },
  };
}
