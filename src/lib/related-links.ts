/**
 * A page's related links: the list its author wrote, or — only where the author left it empty —
 * the suggestions from the search index (src/lib/search/related.ts), marked as such. Every link
 * carries its address; an id that names no entry is left out (the content check reports it).
 */

export interface Link {
  href: string;
  title: string;
  /** A badge after the link: 推荐 on a suggestion. */
  note?: string;
}

export interface RelatedSource {
  /** The entries that can be linked, by id. */
  entries: ReadonlyMap<string, { data: { title: string } }>;
  href: (id: string) => string;
}

export function relatedLinks(
  source: RelatedSource,
  authored: readonly { id: string }[],
  suggestion?: { ids: readonly string[]; note: string },
): Link[] {
  const chosen =
    authored.length > 0 || !suggestion
      ? authored.map((ref) => ({ id: ref.id }))
      : suggestion.ids.map((id) => ({ id, note: suggestion.note }));
  return chosen.flatMap(({ id, ...note }) => {
    const entry = source.entries.get(id);
    return entry ? [{ href: source.href(id), title: entry.data.title, ...note }] : [];
  });
}
