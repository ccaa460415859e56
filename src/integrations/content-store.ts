/**
 * Astro 5 hands the build its content store (every entry's data and rendered Markdown) as one
 * module, `astro:data-layer-content`: it reads the store file (data-store.json, devalue's flattened
 * form) and writes its value as a JavaScript literal with Rollup's dataToEsm — one array element
 * per value, object keys unquoted. At 2,000 sections that literal has millions of syntax nodes,
 * which Rollup parses, walks for tree-shaking and keeps in memory — the largest single cost of the
 * server bundle and of the build's peak memory. The same store file as one JSON string is a single
 * node for Rollup, and `JSON.parse` reads it faster than V8 compiles the literal.
 *
 * Nothing else changes: the module exports the value Astro's exports, `JSON.parse` of the same file.
 * (An earlier version re-read Astro's literal as JSON, which dataToEsm's unquoted keys never are:
 * it changed nothing.)
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Astro's resolved id of the content store module. */
const STORE_ID = '\0astro:data-layer-content';

/** The content store module for the store file's text: `export default JSON.parse("…")`. */
export function storeModule(json: string): string {
  return `export default JSON.parse(${JSON.stringify(json)});`;
}

export function compactContentStore(): AstroIntegration {
  return {
    name: 'playbook:content-store',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        // The build reads the store from the cache folder (astro dev keeps its own, live).
        if (command !== 'build') return;
        const storeFile = fileURLToPath(new URL('data-store.json', config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'playbook:content-store-as-json',
                enforce: 'post',
                transform(code, id) {
                  // Astro wrote the store's value (not its empty Map for a missing file).
                  if (id !== STORE_ID || !code.startsWith('export default[') || !existsSync(storeFile)) return undefined;
                  return { code: storeModule(readFileSync(storeFile, 'utf8')), map: { mappings: '' } };
                },
              },
            ],
          },
        });
      },
    },
  };
}
