/**
 * Internal links in MDX bodies: every link to a page of the portal must reach a page, and every
 * #anchor a heading on it. Pure: the caller passes the site's pages and their anchors.
 */
import { publishedAt } from '../lib/content-urls';
import { slugOf } from './headings';

const toUrl = (file: string) => publishedAt(file)?.url;

export interface Link {
  href: string;
  /** 1-based line in the file. */
  line: number;
}

/** Markdown links [text](href), reference definitions [x]: href and <a href>, outside code. */
export function extractLinks(body: string, firstLine = 1): Link[] {
  const links: Link[] = [];
  let fence: string | undefined;
  body.split('\n').forEach((raw, index) => {
    const fenceMatch = /^\s*(```|~~~)/.exec(raw);
    if (fenceMatch) {
      fence = fence === undefined ? fenceMatch[1] : fence === fenceMatch[1] ? undefined : fence;
      return;
    }
    if (fence) return;
    const line = raw.replace(/`[^`]*`/g, '');
    const at = firstLine + index;
    for (const match of line.matchAll(/(!?)\[[^\]]*\]\(\s*<?([^\s)>]+)>?(?:\s+["'][^)]*["'])?\s*\)/g)) {
      if (match[1] !== '!' && match[2]) links.push({ href: match[2], line: at });
    }
    const definition = /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(\s|$)/.exec(line);
    if (definition?.[1]) links.push({ href: definition[1], line: at });
    for (const match of line.matchAll(/<a\s[^>]*href=["']([^"']+)["']/g)) if (match[1]) links.push({ href: match[1], line: at });
  });
  return links;
}

/** A page of the site: its URL and, when known, the ids a #anchor may name (null: not checked). */
export type Pages = Map<string, Set<string> | null>;

export interface LinkProblem {
  line: number;
  message: string;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Checks one link found on the page at `pageUrl` (whose file is `filePath` under content/);
 * undefined when it is fine or leaves the site.
 */
export function checkLink(link: Link, pageUrl: string, pages: Pages, filePath = ''): LinkProblem | undefined {
  const { href, line } = link;
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return undefined; // http:, mailto:, tel:
  const resolved = new URL(href, `http://site${pageUrl}`);
  let path = safeDecode(resolved.pathname);
  const anchor = safeDecode(resolved.hash.slice(1));
  if (/\.(mdx?|ya?ml)$/.test(path)) {
    // Authors often link the file next to theirs; say which URL that file is published at.
    const file = safeDecode(new URL(href, `http://site/${filePath}`).pathname).slice(1);
    const url = toUrl?.(file);
    return { line, message: `链接 ${href} 写的是文件路径，网站上打不开；请写成网址${url ? ` ${url}` : '，例如 /handbook/章节/小节/'}` };
  }
  if (!path.endsWith('/') && !/\.[a-z0-9]+$/i.test(path)) path = `${path}/`;
  if (!pages.has(path)) {
    const similar = closestUrl(path, [...pages.keys()]);
    return {
      line,
      message: `链接 ${href} 指向的页面 ${path} 不存在${similar ? `；是否想写 ${similar}？` : '；请核对网址（手册小节形如 /handbook/章节/小节/）'}`,
    };
  }
  const anchors = pages.get(path);
  if (!anchor || !anchors || anchors.has(anchor)) return undefined;
  const slug = slugOf(anchor);
  if (anchors.has(slug)) return { line, message: `链接 ${href} 的锚点应写作 #${slug}（标题的网址形式）；请改为 ${path}#${slug}` };
  const shown = [...anchors].slice(0, 12).join('、');
  if (path === '/glossary/') return { line, message: `术语表中没有术语“${anchor}”；可选：${shown}` };
  return { line, message: `页面 ${path} 中没有标题“${anchor}”；可选：${shown || '（该页没有小标题）'}` };
}

function closestUrl(path: string, known: string[]): string | undefined {
  const last = path.split('/').filter(Boolean).pop() ?? '';
  const same = known.filter((url) => url.split('/').filter(Boolean).pop() === last);
  return same.length === 1 ? same[0] : undefined;
}
