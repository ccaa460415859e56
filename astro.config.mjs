// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { redirectsFromGit } from './src/integrations/redirects.ts';
import { markdownPlugins } from './src/plugins/markdown.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { atomicDist } from './src/integrations/atomic-dist.ts';
import { site } from './src/site.config.ts';

const contentDir = process.env.PLAYBOOK_CONTENT ?? 'content';

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  // Stylesheets are always files, never inline <style>: the pages' Content-Security-Policy allows no inline styles.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // No image optimisation is needed for a text handbook; avoids the native sharp dependency.
  image: { service: { entrypoint: 'astro/assets/services/noop' } },
  // The same plugins compile every body in the content check (src/check/markdown.ts); MDX extends this config.
  markdown: { syntaxHighlight: false, ...markdownPlugins(contentDir) },
  devToolbar: { enabled: false },
  // atomicDist last: it swaps the finished build into dist/ after the others have written theirs.
  integrations: [contentCheck(contentDir), redirectsFromGit(contentDir), mdx(), pagefindIndex(), atomicDist()],
});
