/**
 * Builds the Pagefind index after `astro build`, through Pagefind's Node API, so `npm run build`
 * leaves a searchable dist/ with no extra command. Only elements marked data-pagefind-body (the
 * <main> of content pages) are indexed; <html lang="zh-CN"> makes Pagefind segment Chinese.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'playbook:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
        if (!index) throw new Error(`Pagefind 无法创建索引：${errors.join('；')}`);
        try {
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind 索引页面失败：${added.errors.join('；')}`);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind 写入索引失败：${written.errors.join('；')}`);
          logger.info(`Pagefind: ${added.page_count} 个页面已编入索引（${Math.round(performance.now() - started)} ms）`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
