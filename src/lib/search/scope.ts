/**
 * What Pagefind records for a content page: the filters (type, chapter, stage, role) and the
 * metadata (type, chapter, updated) shown with results. Values are the Chinese labels readers see.
 */
export type PageType = 'handbook' | 'script' | 'case' | 'glossary';

export const PAGE_TYPE_LABELS: Record<PageType, string> = {
  handbook: '手册',
  script: '话术',
  case: '案例',
  glossary: '术语',
};

export interface SearchScope {
  type: PageType;
  title: string;
  chapter?: string;
  stage?: string;
  roles?: string[];
  /** YYYY-MM-DD. */
  updated?: string;
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
  const out: [string, string][] = [
    ['title', scope.title],
    ['type', PAGE_TYPE_LABELS[scope.type]],
  ];
  if (scope.chapter) out.push(['chapter', scope.chapter]);
  if (scope.updated) out.push(['updated', scope.updated]);
  return out;
}
