/**
 * Runs the content check before Astro loads any content, so `astro build` fails with the same
 * `file:line  field  message` lines as `npm run check` instead of Astro's first schema error.
 * Not for `astro sync` (run by `astro check` and `npm run lint`): it only writes types, and
 * `npm run check` has already run the content check before its type check. A build then starts
 * the related suggestions from the entries the check read (src/integrations/related.ts), and
 * compiles the Markdown bodies with Astro's own processor and the build's options, so the content
 * sync reuses those pages instead of compiling every body again (src/integrations/rendered-bodies.ts).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../check';
import { reportLines } from '../check/report';
import { guideLinks } from '../check/kinds';
import { startRelatedSuggestions } from './related';
import { endSharedBodies, shareRenderedBodies } from './rendered-bodies';
import { site } from '../site.config';

export function contentCheck(contentDir: string): AstroIntegration {
  return {
    name: 'playbook:content-check',
    hooks: {
      'astro:config:setup': async ({ config, logger, command }) => {
        if (command === 'sync') return;
        const root = fileURLToPath(config.root);
        // As Astro's .md entry type calls its processor (astro/dist/vite-plugin-markdown/content-entry-type.js).
        const astroMarkdown = command === 'build' ? { image: config.image, ...config.markdown } : undefined;
        const { problems, entries, rendered } = await checkContent(root, contentDir, { astroMarkdown });
        for (const line of reportLines(problems)) {
          if (line.severity === 'error') logger.error(line.text);
          else logger.warn(line.text);
        }
        if (problems.length > 0) logger.info(`怎么改，见编辑指南：\n${guideLinks(problems, site.url).join('\n')}`);
        const errors = problems.filter((p) => p.severity === 'error').length;
        if (errors > 0 && command === 'build') {
          throw new Error(`内容检查未通过：${errors} 个错误（见上方各行：文件:行号  字段  问题和改法）`);
        }
        // The content is sound: its related suggestions are computed meanwhile, from what the check read.
        if (command === 'build') startRelatedSuggestions(root, entries, config.base, logger);
        if (astroMarkdown) shareRenderedBodies(astroMarkdown, rendered);
      },
      // The content is synced: the pages are in Astro's store (or were not usable, which costs time only).
      'astro:build:start': ({ logger }) => {
        const shared = endSharedBodies();
        if (shared && shared.compiled > 0) {
          logger.warn(
            `${shared.compiled} 个 Markdown 正文在同步内容时又编译了一次（内容检查的编译结果未能复用；网站不受影响，只是构建慢一些）`,
          );
        }
      },
    },
  };
}
