/**
 * What Pagefind records for a content page: the filters (type, chapter, stage, role) and the
 * metadata (updated). Values are the Chinese labels readers see. The title is Pagefind's own: the
 * text of the page's first h1, which every content page has and which is its title, so it is not
 * written out a second time in a hidden element. The page's tags are not
 * metadata: Pagefind finds a page only by its indexed text (metadata that matches merely raises a
 * page found by its text), so a word only in the tags found nothing. They are shown on the page
 * instead (src/components/Tags.astro) and indexed with its text, at TAG_WEIGHT.
 * The page type and chapter are filters only, not metadata: Pagefind raises pages whose metadata
 * matches, and a query such as 话术 or 手册 would otherwise raise every page of that type.
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
  return scope.updated ? [['updated', scope.updated]] : [];
}

/** How much a query matching each metadata field raises a page (Pagefind's metaWeights; title 5 by default). */
export const META_WEIGHTS: Record<string, number> = { title: 5, updated: 0 };

/**
 * Pagefind's weight for a page's tags, indexed with its text: a tag counts as the word written twice
 * in the text (text weighs 1, a heading 5–6, the title 10). A page tagged with a word comes before
 * pages that mention it in passing, and after a page whose title holds it or whose text is about it.
 */
export const TAG_WEIGHT = 2;

/**
 * Pagefind's ranking, in the browser and when the build ranks the header box's quick answers. Term
 * frequency counts little: a rep's query is a few words, and the page holding all of them should
 * beat the page repeating one of them (客户) fifty times.
 */
export const PAGEFIND_RANKING = { termFrequency: 0.3, termSaturation: 1.0, pageLength: 0.5, metaWeights: META_WEIGHTS };
