/**
 * The site's own Markdown plugins, in one list for the Astro config (src/integrations/astro-config.ts;
 * Markdown and MDX alike) and for the content check, which compiles every body with the same
 * pipeline Astro uses.
 */
import remarkDirective from 'remark-directive';
import { rehypeBaseLinks } from './rehype-base-links';
import { rehypeCheckboxChoices } from './rehype-checkbox-choices';
import { rehypeHeadingLinks } from './rehype-heading-links';
import { remarkGlossaryLinks } from './remark-glossary-links';
import { remarkPending } from './remark-pending';

/** `base`: the site's base path, which root-relative links in bodies get (the Astro config passes SITE_URL's path). */
export function markdownPlugins(contentDir: string, base = '/') {
  return {
    remarkPlugins: [remarkDirective, remarkPending, [remarkGlossaryLinks, { contentDir }]] as [
      typeof remarkDirective,
      typeof remarkPending,
      [typeof remarkGlossaryLinks, { contentDir: string }],
    ],
    rehypePlugins: [rehypeHeadingLinks, rehypeCheckboxChoices, [rehypeBaseLinks, { base }]] as [
      typeof rehypeHeadingLinks,
      typeof rehypeCheckboxChoices,
      [typeof rehypeBaseLinks, { base: string }],
    ],
  };
}
