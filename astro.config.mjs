// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import remarkDirective from 'remark-directive';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { redirectsFromGit } from './src/integrations/redirects.ts';
import { siteSettings } from './src/integrations/site-settings.ts';
import { rehypeBaseLinks } from './src/plugins/rehype-base-links.ts';
import { remarkGlossaryLinks } from './src/plugins/remark-glossary-links.ts';
import { remarkPending } from './src/plugins/remark-pending.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { site } from './src/site.config.ts';

const contentDir = process.env.PLAYBOOK_CONTENT ?? 'content';

export default defineConfig({
  // Both from SITE_URL (src/site.config.ts): GitHub Pages publishes a project under /<repo>/.
  site: site.url,
  base: site.base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // No image optimisation is needed for a text handbook; avoids the native sharp dependency.
  image: { service: { entrypoint: 'astro/assets/services/noop' } },
  markdown: {
    syntaxHighlight: false,
    remarkPlugins: [remarkDirective, remarkPending, [remarkGlossaryLinks, { contentDir }]],
    rehypePlugins: [[rehypeBaseLinks, { base: site.base }]],
  },
  devToolbar: { enabled: false },
  integrations: [
    siteSettings(site),
    contentCheck(contentDir),
    redirectsFromGit(contentDir),
    mdx(),
    // A public portal lists its pages for search engines; an internal one (the default) asks them to stay away (robots.txt).
    ...(site.public ? [sitemap({ filter: (page) => !/\/404\/?$/.test(page) })] : []),
    pagefindIndex(),
  ],
});
