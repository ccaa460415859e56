/**
 * Moved pages never break bookmarks: at build time, every rename git remembers of a published
 * content file (git log --diff-filter=R) and every entry of content/redirects.yaml becomes an
 * Astro redirect — a static page with meta refresh and a canonical link to the new URL.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { glob } from 'tinyglobby';
import { join } from 'node:path';
import { renameHistory } from '../check/git';
import { readRedirectsFile } from '../check/redirects-file';
import { publishedAt, STATIC_PAGES } from '../lib/content-urls';
import { buildRedirects } from '../lib/redirects';

export function redirectsFromGit(contentDir: string): AstroIntegration {
  return {
    name: 'playbook:redirects',
    hooks: {
      'astro:config:setup': async ({ config, updateConfig, logger }) => {
        const root = fileURLToPath(config.root);
        const dir = contentDir.replace(/^\.\//, '').replace(/\/$/, '');
        const files = await glob(['**/*.mdx', '**/*.yaml'], { cwd: join(root, dir) });
        const live = new Set([...STATIC_PAGES, ...files.flatMap((file) => publishedAt(file)?.url ?? [])]);
        const manual = readRedirectsFile(root, dir, live).entries;
        const redirects = buildRedirects(renameHistory(root, dir), manual, live);
        const count = Object.keys(redirects).length;
        if (count > 0) logger.info(`${count} 个旧网址跳转到新网址`);
        updateConfig({ redirects: { ...redirects, ...config.redirects } });
      },
    },
  };
}
