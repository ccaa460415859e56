// @ts-check
import mdx from '@astrojs/mdx';
import remarkDirective from 'remark-directive';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { redirectsFromGit } from './src/integrations/redirects.ts';
import { remarkGlossaryLinks } from './src/plugins/remark-glossary-links.ts';
import { remarkPending } from './src/plugins/remark-pending.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { site } from './src/site.config.ts';

const contentDir = process.env.PLAYBOOK_CONTENT ?? 'content';

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  // Stylesheets are always files, never inline <style>: the pages' Content-Security-Policy allows no inline styles.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // No image optimisation is needed for a text handbook; avoids the native sharp dependency.
  image: { service: { entrypoint: 'astro/assets/services/noop' } },
  markdown: { syntaxHighlight: false, remarkPlugins: [remarkDirective, remarkPending, [remarkGlossaryLinks, { contentDir }]] },
  devToolbar: { enabled: false },
  integrations: [contentCheck(contentDir), redirectsFromGit(contentDir), mdx(), pagefindIndex()],
});
