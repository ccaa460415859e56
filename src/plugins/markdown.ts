/**
 * The site's own Markdown plugins, in one list for astro.config.mjs (Markdown and MDX alike) and
 * for the content check, which compiles every body with the same pipeline Astro uses.
 */
import remarkDirective from 'remark-directive';
import { rehypeHeadingLinks } from './rehype-heading-links';
import { remarkGlossaryLinks } from './remark-glossary-links';
import { remarkPending } from './remark-pending';

export function markdownPlugins(contentDir: string) {
  return {
    remarkPlugins: [remarkDirective, remarkPending, [remarkGlossaryLinks, { contentDir }]] as [
      typeof remarkDirective,
      typeof remarkPending,
      [typeof remarkGlossaryLinks, { contentDir: string }],
    ],
    rehypePlugins: [rehypeHeadingLinks] as [typeof rehypeHeadingLinks],
  };
}
