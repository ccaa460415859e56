/**
 * Heading ids as the site gives them. Astro's rehypeHeadingIds (@astrojs/markdown-remark) slugs a
 * heading's text with github-slugger and drops one trailing `-`; the content check reads the ids
 * of real pages from that same function, and this module gives the id for a heading text that is
 * only written down somewhere else — a quiz question's `anchor`, which names a heading of its
 * section. Pure; no Astro imports (the pages import it too).
 */
import GithubSlugger from 'github-slugger';
import type { Heading as MdastHeading } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { urls } from './urls';

/** The id of a heading whose text is `text`, the first of its name on the page (no -1, -2 suffix). */
export function headingSlug(text: string): string {
  const slug = new GithubSlugger().slug(text);
  return slug.endsWith('-') ? slug.slice(0, -1) : slug;
}

/**
 * The id of the heading an author names as `anchor` — its text as written, inline Markdown
 * allowed (`**晨读**训练` is the heading 晨读训练). The text is read the way a heading line
 * `## <anchor>` would be, so a number or a dash at the start stays text.
 */
export function anchorSlug(anchor: string): string {
  const tree = fromMarkdown(`## ${anchor.trim()}`);
  const heading = tree.children.find((node): node is MdastHeading => node.type === 'heading');
  return headingSlug(heading ? toString(heading) : anchor.trim());
}

/** The id (slug) Astro gives a heading, so a quiz can link to the exact heading of its source. */
export const headingId = (text: string): string => anchorSlug(text);

/**
 * The link to a question's source: the section, at the heading when the quiz names one. Here, not
 * in training.ts, which the browser's training pages load: this needs a Markdown parser.
 */
export const sourceHref = (sectionId: string, anchor?: string): string => urls.section(sectionId, anchor ? headingId(anchor) : undefined);
