/**
 * The site's Astro config. astro.config.mjs loads it bundled into one plain module (see there), so
 * Node imports it and Astro starts no Vite server to compile the integrations' TypeScript.
 */
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentCheck } from './content-check';
import { redirectsFromGit } from './redirects';
import { siteSettings } from './site-settings';
import { markdownPlugins } from '../plugins/markdown';
import { pagefindIndex } from './pagefind';
import { atomicDist } from './atomic-dist';
import { serviceWorker } from './service-worker';
import { buildProfile } from './build-profile';
import { compactContentStore } from './content-store';
import { readingChunkPlugin } from './reading-chunk';
import { serverBundleUnshaken } from './server-bundle';
import { site } from '../site.config';

const contentDir = process.env.PLAYBOOK_CONTENT ?? 'content';

export default defineConfig({
  // Both from SITE_URL (src/site.config.ts): GitHub Pages publishes a project under /<repo>/.
  site: site.url,
  base: site.base,
  trailingSlash: 'always',
  // Stylesheets are always files, never inline <style>: the pages' Content-Security-Policy allows no inline styles.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // …and scripts always files, never inline <script> (Astro inlines those under this limit): the
  // policy allows scripts from this site only, so one fixed policy fits every build (src/lib/csp.ts).
  vite: { build: { assetsInlineLimit: 0 }, plugins: [readingChunkPlugin()] },
  // No image optimisation is needed for a text handbook; avoids the native sharp dependency.
  image: { service: { entrypoint: 'astro/assets/services/noop' } },
  // The same plugins compile every body in the content check (src/check/markdown.ts); MDX extends this config.
  markdown: { syntaxHighlight: false, ...markdownPlugins(contentDir, site.base) },
  devToolbar: { enabled: false },
  // buildProfile first, so its marks bracket the other hooks (it does nothing unless asked to).
  // atomicDist last: it swaps the finished build into dist/ after the others have written theirs.
  integrations: [
    buildProfile(),
    siteSettings(site),
    contentCheck(contentDir),
    redirectsFromGit(contentDir),
    compactContentStore(),
    serverBundleUnshaken(),
    mdx(),
    // A public portal lists its pages for search engines; an internal one (the default) asks them to stay away (robots.txt).
    ...(site.public ? [sitemap({ filter: (page) => !/\/(404|offline)\/?$/.test(page) })] : []),
    pagefindIndex(),
    // After every file is written (its precache list includes Pagefind's index), before the swap.
    serviceWorker(site.base),
    atomicDist(),
  ],
});
