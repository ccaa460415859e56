/**
 * The source documents (content/sources.yaml) and who cites them: what the 「出处」 line of a page
 * shows and what /handbook/sources/ lists. Loaded once per build.
 */
import { getCollection } from 'astro:content';
import { t } from '../lib/i18n';
import { urls } from '../lib/urls';
import { content } from './content';

export interface Citation {
  source: string;
  /** The document's title, with its year when it has one: 业务部业务操作流程和管理手册（2006 年）. */
  title: string;
  /** Where in the document (chapter, clause, item). */
  at: string;
  /** The source's entry on /handbook/sources/. */
  href: string;
  /** False for material from another organisation, kept as a model only. */
  binding: boolean;
}

export interface CitingPage {
  href: string;
  title: string;
  /** What kind of page: 手册, 话术, 案例, 术语. */
  kind: string;
  at: string;
}

export interface SourceEntry {
  id: string;
  title: string;
  year?: number;
  about: string;
  binding: boolean;
  citedBy: CitingPage[];
}

interface Cited {
  sources: { source: { id: string }; at: string }[];
}

let cache: ReturnType<typeof load> | undefined;

async function load() {
  const [sources, all] = await Promise.all([getCollection('sources'), content()]);
  const byId = new Map(sources.map((source) => [source.id, source]));
  const titleOf = (id: string) => {
    const source = byId.get(id);
    if (!source) return id;
    return source.data.year ? `${source.data.title}（${t('sources.year', { year: source.data.year })}）` : source.data.title;
  };
  /** The 出处 of one entry, in the order written. */
  const citations = (data: Cited): Citation[] =>
    data.sources.map((citation) => ({
      source: citation.source.id,
      title: titleOf(citation.source.id),
      at: citation.at,
      href: urls.sources(citation.source.id),
      binding: byId.get(citation.source.id)?.data.binding ?? true,
    }));

  const citing = new Map<string, CitingPage[]>();
  const cite = (data: Cited, page: Omit<CitingPage, 'at'>) => {
    for (const citation of data.sources) {
      if (!citing.has(citation.source.id)) citing.set(citation.source.id, []);
      citing.get(citation.source.id)!.push({ ...page, at: citation.at });
    }
  };
  for (const { chapter, sections } of all.tree) {
    cite(chapter.data, { href: urls.chapter(chapter.id), title: chapter.data.title, kind: t('site.nav.handbook') });
    for (const section of sections) {
      cite(section.data, {
        href: urls.section(section.id),
        title: `${chapter.data.title} › ${section.data.title}`,
        kind: t('site.nav.handbook'),
      });
    }
  }
  for (const script of all.scripts)
    cite(script.data, { href: urls.script(script.id), title: script.data.title, kind: t('site.nav.scripts') });
  for (const item of all.cases) cite(item.data, { href: urls.case(item.id), title: item.data.title, kind: t('site.nav.cases') });
  for (const term of all.glossary) cite(term.data, { href: urls.glossary(term.id), title: term.id, kind: t('site.nav.glossary') });

  const entries: SourceEntry[] = sources.map((source) => ({
    id: source.id,
    title: source.data.title,
    ...(source.data.year ? { year: source.data.year } : {}),
    about: source.data.about,
    binding: source.data.binding,
    citedBy: citing.get(source.id) ?? [],
  }));
  return { entries, citations };
}

/** Every source document with the pages that cite it, and the 出处 of any entry. */
export function sourceData() {
  cache ??= load();
  return cache;
}
