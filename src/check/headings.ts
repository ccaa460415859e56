/** Heading anchors of an MDX body, computed the way Astro does (github-slugger on the text). */
import GithubSlugger from 'github-slugger';

export interface Heading {
  depth: number;
  text: string;
  slug: string;
  line: number;
}

/** Strips inline Markdown so `**晨读**训练` reads as 晨读训练, as the rendered heading does. */
function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~]/g, '')
    .trim();
}

export function extractHeadings(body: string, firstLine = 1): Heading[] {
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  let fence: string | undefined;
  body.split('\n').forEach((raw, index) => {
    const line = raw.trimEnd();
    const fenceMatch = /^(```|~~~)/.exec(line);
    if (fenceMatch) {
      fence = fence === undefined ? fenceMatch[1] : fence === fenceMatch[1] ? undefined : fence;
      return;
    }
    if (fence) return;
    const match = /^(#{1,6})\s+(.+?)\s*#*$/.exec(line);
    if (!match) return;
    const text = plainText(match[2] ?? '');
    headings.push({ depth: (match[1] ?? '#').length, text, slug: slugger.slug(text), line: firstLine + index });
  });
  return headings;
}

/** The slug a single heading text gets (what a quiz `anchor` resolves to). */
export function slugOf(text: string): string {
  return new GithubSlugger().slug(plainText(text));
}
