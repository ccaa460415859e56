/**
 * Moved pages never break bookmarks: every rename of a published content file that git remembers
 * becomes a redirect from the old URL to where the page lives now, plus the hand-written entries
 * of content/redirects.yaml (for deletions and merges git cannot see as renames).
 */
import { publishedAt } from './content-urls';
import { contentSecurityPolicy } from './csp';

/**
 * Old URL → current URL. `renames` are content paths, oldest first; `live` the URLs that exist now.
 * Chains (a → b → c) collapse to a → c; a URL that is live again is not redirected.
 */
export function buildRedirects(renames: [string, string][], manual: Record<string, string>, live: Set<string>): Record<string, string> {
  const next = new Map<string, string>();
  for (const [from, to] of renames) {
    const old = publishedAt(from)?.url;
    const now = publishedAt(to)?.url;
    if (old && now && old !== now) next.set(old, now);
  }
  for (const [from, to] of Object.entries(manual)) next.set(from, to);
  const result: Record<string, string> = {};
  for (const old of next.keys()) {
    if (live.has(old)) continue;
    let target = old;
    const seen = new Set<string>();
    while (next.has(target) && !seen.has(target)) {
      seen.add(target);
      target = next.get(target) ?? target;
    }
    if (target !== old && (live.has(target.split('#')[0] ?? target) || /^https?:/.test(target))) result[old] = target;
  }
  return result;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A static redirect page: meta refresh for browsers, canonical for search engines, a link for everyone. */
export function redirectPage(to: string, canonical: string, title: string, body: string): string {
  const href = escape(to);
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}"><title>${escape(title)}</title><meta http-equiv="refresh" content="0;url=${href}"><meta name="robots" content="noindex"><link rel="canonical" href="${escape(canonical)}"></head><body><p>${escape(body)}<a href="${href}">${href}</a></p></body></html>`;
}
