/**
 * What Pagefind records for a content page: the filters (type, chapter, stage, role) and the
 * metadata (title, updated, and the page's tags, which Pagefind searches with their own weights —
 * see META_WEIGHTS). Values are the Chinese labels readers see.
 * The page type and chapter are filters only, not metadata: Pagefind searches metadata, and a
 * query such as 话术 or 手册 would otherwise match every page of that type.
 */
export type PageType = 'handbook' | 'script' | 'case' | 'form';

export const PAGE_TYPE_LABELS: Record<PageType, string> = {
  handbook: '手册',
  script: '话术',
  case: '案例',
  form: '表格',
};

export interface SearchScope {
  type: PageType;
  title: string;
  chapter?: string;
  stage?: string;
  roles?: string[];
  /** YYYY-MM-DD. */
  updated?: string;
  /** The page's tags: labels its author chose for search, shown nowhere on the page. */
  tags?: string[];
}

/** [filter name, value] pairs for one page; a role filter per audience role. */
export function scopeFilters(scope: SearchScope): [string, string][] {
  const out: [string, string][] = [['type', PAGE_TYPE_LABELS[scope.type]]];
  if (scope.chapter) out.push(['chapter', scope.chapter]);
  if (scope.stage) out.push(['stage', scope.stage]);
  for (const role of scope.roles ?? []) out.push(['role', role]);
  return out;
}

export function scopeMeta(scope: SearchScope): [string, string][] {
  const out: [string, string][] = [['title', scope.title]];
  if (scope.updated) out.push(['updated', scope.updated]);
  if (scope.tags?.length) out.push(['tags', scope.tags.join(' ')]);
  return out;
}

/** How much a query matching each metadata field raises a page (Pagefind's metaWeights; title 5 by default). */
export const META_WEIGHTS: Record<string, number> = { title: 5, tags: 3, updated: 0 };

/**
 * Pagefind's ranking, in the browser and when the build ranks the header box's quick answers. Term
 * frequency counts little: a rep's query is a few words, and the page holding all of them should
 * beat the page repeating one of them (客户) fifty times.
 */
export const PAGEFIND_RANKING = { termFrequency: 0.3, termSaturation: 1.0, pageLength: 0.5, metaWeights: META_WEIGHTS };
