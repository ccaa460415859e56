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
 * it changed nothing.) Should a later Astro name or write the module differently, the build still
 * works, only slower: so a build in which nothing was replaced ends with a warning saying why
 * (tests/content/content-store.test.ts builds a small project with the real Astro to check both).
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

/** The warning of a build whose content store module was not replaced, with the reason. */
export function notReplacedWarning(reason: string): string {
  return (
    `内容存储模块没有改写为 JSON（src/integrations/content-store.ts）：${reason}。` +
    '网站照常生成，但服务器打包更慢、内存峰值更高；Astro 可能改变了 astro:data-layer-content 的写法，请更新这一转换。'
  );
}

export function compactContentStore(): AstroIntegration {
  /** Why the store module was not replaced (undefined once it was, or when not building). */
  let missed: string | undefined;
  return {
    name: 'playbook:content-store',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        // The build reads the store from the cache folder (astro dev keeps its own, live).
        if (command !== 'build') return;
        const storeFile = fileURLToPath(new URL('data-store.json', config.cacheDir));
        missed = '构建没有加载 astro:data-layer-content 模块';
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'playbook:content-store-as-json',
                enforce: 'post',
                transform(code, id) {
                  if (id !== STORE_ID) return undefined;
                  // Astro wrote the store's value (not its empty Map for a missing file).
                  if (!code.startsWith('export default[')) {
                    missed = `模块的开头是 ${JSON.stringify(code.slice(0, 40))}，不是预期的 "export default["`;
                    return undefined;
                  }
                  if (!existsSync(storeFile)) {
                    missed = `找不到存储文件 ${storeFile}`;
                    return undefined;
                  }
                  missed = undefined;
                  return { code: storeModule(readFileSync(storeFile, 'utf8')), map: { mappings: '' } };
                },
              },
            ],
          },
        });
      },
      'astro:build:done': ({ logger }) => {
        if (missed) logger.warn(notReplacedWarning(missed));
      },
    },
  };
}
