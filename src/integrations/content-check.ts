/**
 * Runs the content check before Astro loads any content, so `astro build` fails with the same
 * `file:line  field  message` lines as `npm run check` instead of Astro's first schema error.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, formatProblem } from '../check';
import { guideLinks } from '../check/kinds';
import { site } from '../site.config';

export function contentCheck(contentDir: string): AstroIntegration {
  return {
    name: 'playbook:content-check',
    hooks: {
      'astro:config:setup': async ({ config, logger, command }) => {
        const { problems } = await checkContent(fileURLToPath(config.root), contentDir);
        for (const problem of problems) {
          if (problem.severity === 'error') logger.error(formatProblem(problem));
          else logger.warn(formatProblem(problem));
        }
        if (problems.length > 0) logger.info(`怎么改，见编辑指南：\n${guideLinks(problems, site.url).join('\n')}`);
        const errors = problems.filter((p) => p.severity === 'error').length;
        if (errors > 0 && command === 'build') {
          throw new Error(`内容检查未通过：${errors} 个错误（见上方各行：文件:行号  字段  问题和改法）`);
        }
      },
    },
  };
}
