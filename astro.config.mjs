// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { site } from './src/site.config.ts';

const contentDir = process.env.PLAYBOOK_CONTENT ?? 'content';

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // No image optimisation is needed for a text handbook; avoids the native sharp dependency.
  image: { service: { entrypoint: 'astro/assets/services/noop' } },
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  integrations: [contentCheck(contentDir), mdx(), pagefindIndex()],
});
