/**
 * Whether an internal link reaches a page of the portal, and its #anchor a heading on it. Pure:
 * the caller passes the site's pages and their anchors (the links phase builds them).
 */
import { publishedAt } from '../lib/content-urls';
import { anchorSlug } from '../lib/heading-slug';
import type { Link } from './markdown';

/** A page of the site: its URL and, when known, the ids a #anchor may name (null: not checked). */
export type Pages = Map<string, Set<string> | null>;

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function closestUrl(path: string, known: string[]): string | undefined {
  const last = path.split('/').filter(Boolean).pop() ?? '';
  const same = known.filter((url) => url.split('/').filter(Boolean).pop() === last);
  return same.length === 1 ? same[0] : undefined;
}

/**
 * Checks one link found on the page at `pageUrl` (whose file is `filePath` under content/);
 * the message when it is broken, undefined when it is fine or leaves the site.
 */
export function checkLink(link: Link, pageUrl: string, pages: Pages, filePath = ''): string | undefined {
  const { href } = link;
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return undefined; // http:, mailto:, tel:
  const resolved = new URL(href, `http://site${pageUrl}`);
  let path = safeDecode(resolved.pathname);
  const anchor = safeDecode(resolved.hash.slice(1));
  if (/\.(mdx?|ya?ml)$/.test(path)) {
    // Authors often link the file next to theirs; say which URL that file is published at.
    const file = safeDecode(new URL(href, `http://site/${filePath}`).pathname).slice(1);
    const url = publishedAt(file)?.url;
    return `链接 ${href} 写的是文件路径，网站上打不开；请写成网址${url ? ` ${url}` : '，例如 /handbook/章节/小节/'}`;
  }
  if (!path.endsWith('/') && !/\.[a-z0-9]+$/i.test(path)) path = `${path}/`;
  if (!pages.has(path)) {
    const similar = closestUrl(path, [...pages.keys()]);
    return `链接 ${href} 指向的页面 ${path} 不存在${similar ? `；是否想写 ${similar}？` : '；请核对网址（手册小节形如 /handbook/章节/小节/）'}`;
  }
  const anchors = pages.get(path);
  if (!anchor || !anchors || anchors.has(anchor)) return undefined;
  const slug = anchorSlug(anchor);
  if (anchors.has(slug)) return `链接 ${href} 的锚点应写作 #${slug}（标题的网址形式）；请改为 ${path}#${slug}`;
  const shown = [...anchors].slice(0, 12).join('、');
  if (path === '/glossary/') return `术语表中没有术语“${anchor}”；可选：${shown}`;
  return `页面 ${path} 中没有标题“${anchor}”；可选：${shown || '（该页没有小标题）'}`;
}
