/** Phase 5, links: every internal link in a body reaches a page (and heading); sections nothing leads to. */
import { publishedAt, STATIC_PAGES } from '../../lib/content-urls';
import { routes as urls } from '../../lib/urls';
import { type CheckContext } from '../context';
import { checkLink, type Pages } from '../link-target';
import type { Problem } from '../problem';
import { collectRefs } from './references';

/** Fixed headings of the section, script and case pages (src/pages/…), which links may point at too. */
const PAGE_ANCHORS: Record<string, string[]> = {
  handbook: ['related', 'revisions'],
  scripts: ['scenario', 'dialogue', 'key-points', 'pitfalls', 'why', 'revisions'],
  cases: ['situation', 'actions', 'result', 'lessons', 'comment', 'revisions'],
};

/** Every page of the site with the anchors it has (null where they are not known). */
function sitePages(context: CheckContext): Pages {
  const pages: Pages = new Map(STATIC_PAGES.map((url) => [url, null]));
  for (const entry of context.entries) {
    const page = publishedAt(entry.path);
    if (!page) continue;
    const body = context.bodies.get(entry);
    const anchors =
      entry.collection === 'quizzes' || (body && !body.compiled)
        ? null
        : new Set([...(body?.headings.map((heading) => heading.slug) ?? []), ...(PAGE_ANCHORS[entry.collection] ?? [])]);
    pages.set(page.url, anchors);
  }
  // A file that failed to parse still has its page; its headings are unknown.
  for (const path of context.unreadable.paths) {
    const page = publishedAt(path);
    if (page && !pages.has(page.url)) pages.set(page.url, null);
  }
  pages.set(urls.glossary(), new Set(context.entries.filter((entry) => entry.collection === 'glossary').map((entry) => entry.id)));
  for (const entry of context.entries.filter((entry) => entry.collection === 'paths')) pages.set(`/training/${entry.id}/`, null);
  return pages;
}

/** The URLs of every published page (for the redirects file). */
export function livePages(context: CheckContext): Set<string> {
  return new Set(sitePages(context).keys());
}

export function linkProblems(context: CheckContext): Problem[] {
  const problems: Problem[] = [];
  const pages = sitePages(context);
  const linkedSections = new Set<string>();
  for (const entry of context.entries) {
    const url = publishedAt(entry.path)?.url;
    const body = context.bodies.get(entry);
    if (!url || !body) continue;
    for (const link of body.links) {
      const message = checkLink(link, url, pages, entry.path);
      if (message) problems.push({ file: entry.file, line: link.line, field: 'body', message, severity: 'error', kind: 'link' });
      else {
        const target = /^\/handbook\/([^/]+\/[^/]+)\//.exec(decodeURI(new URL(link.href, `http://site${url}`).pathname));
        if (target?.[1] && `/handbook/${target[1]}/` !== url) linkedSections.add(target[1]);
      }
    }
  }
  for (const entry of context.entries) {
    for (const { ref } of collectRefs(entry.parsed)) {
      if (ref.collection === 'handbook' && !(entry.collection === 'handbook' && entry.id === ref.id)) linkedSections.add(ref.id);
    }
  }
  // What links to a section cannot be known while some file is unreadable or some body did not compile.
  const incomplete = context.unreadable.paths.length > 0 || [...context.bodies.values()].some((body) => !body.compiled);
  if (incomplete) return problems;
  for (const entry of context.entries) {
    if (entry.collection !== 'handbook' || linkedSections.has(entry.id) || !entry.parsed) continue;
    problems.push({
      file: entry.file,
      line: 1,
      field: '-',
      severity: 'warning',
      kind: 'orphan',
      message: `没有任何内容引用这一节（其他小节的 related、话术或案例的 sections、测验、入职路径、术语、正文链接都没有）；请在相关小节的 related 中加上 ${entry.id}，或在正文中链接 ${urls.section(entry.id)}`,
    });
  }
  return problems;
}
