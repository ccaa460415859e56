/**
 * Moved pages never break bookmarks: at build time, every rename git remembers of a published
 * content file (git log --diff-filter=R) and every entry of content/redirects.yaml becomes an
 * Astro redirect — a static page with meta refresh and a canonical link to the new URL.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { glob } from 'tinyglobby';
import { join } from 'node:path';
import { renameHistory } from '../lib/git';
import { readRedirectsFile } from '../check/redirects-file';
import { publishedAt, STATIC_PAGES } from '../lib/content-urls';
import { buildRedirects, redirectPage } from '../lib/redirects';
import { t } from '../lib/i18n';
import { site } from '../site.config';
import { withBase } from '../lib/urls';

export function redirectsFromGit(contentDir: string): AstroIntegration {
  let redirects: Record<string, string> = {};
  return {
    name: 'playbook:redirects',
    hooks: {
      'astro:config:setup': async ({ config, updateConfig, logger }) => {
        const root = fileURLToPath(config.root);
        const dir = contentDir.replace(/^\.\//, '').replace(/\/$/, '');
        const files = await glob(['**/*.{md,mdx}', '**/*.yaml'], { cwd: join(root, dir) });
        const live = new Set([...STATIC_PAGES, ...files.flatMap((file) => publishedAt(file)?.url ?? [])]);
        const manual = readRedirectsFile(root, dir, live).entries;
        redirects = buildRedirects(renameHistory(root, dir), manual, live);
        const count = Object.keys(redirects).length;
        if (count > 0) logger.info(`${count} 个旧网址跳转到新网址`);
        updateConfig({ redirects: { ...redirects, ...config.redirects } });
      },
      // Astro's redirect pages speak English; readers here get the same page in Chinese.
      'astro:build:done': ({ dir }) => {
        for (const [from, to] of Object.entries(redirects)) {
          const file = join(fileURLToPath(dir), from, 'index.html');
          // Redirect rules hold the site's own paths; the page links under the base path.
          const link = withBase(to, site.base);
          if (existsSync(file))
            writeFileSync(
              file,
              redirectPage(link, new URL(link, site.url).href, t('publishing.redirect.title'), t('publishing.redirect.body')),
            );
        }
      },
    },
  };
}
