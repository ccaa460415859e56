/** The handbook's tree and reading order, computed once from plain chapter and section data. */

export interface ChapterLike {
  id: string;
  data: { title: string; order: number };
}
export interface SectionLike {
  id: string;
  data: { title: string; order: number };
}

export interface ChapterNode<C extends ChapterLike, S extends SectionLike> {
  chapter: C;
  sections: S[];
}

export const chapterOf = (sectionId: string): string => sectionId.split('/')[0] ?? sectionId;
export const sectionSlug = (sectionId: string): string => sectionId.split('/').slice(1).join('/');

const byOrder = (a: { data: { order: number; title: string } }, b: { data: { order: number; title: string } }) =>
  a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'zh-CN');

/** Chapters in order, each with its sections in order. */
export function buildTree<C extends ChapterLike, S extends SectionLike>(chapters: C[], sections: S[]): ChapterNode<C, S>[] {
  return [...chapters].sort(byOrder).map((chapter) => ({
    chapter,
    sections: sections.filter((section) => chapterOf(section.id) === chapter.id).sort(byOrder),
  }));
}

/** The sections before and after one section, within its chapter. */
export function neighbours<S extends SectionLike>(tree: ChapterNode<ChapterLike, S>[], sectionId: string): { prev?: S; next?: S } {
  const node = tree.find((n) => n.chapter.id === chapterOf(sectionId));
  const list = node?.sections ?? [];
  const index = list.findIndex((section) => section.id === sectionId);
  if (index < 0) return {};
  return { prev: list[index - 1], next: list[index + 1] };
}
