/**
 * Build-time search data: plain documents for the lunr indexes (script finder, glossary, the
 * fallback page index), the synonym table and the related suggestions. Reads collections through
 * content(); all logic lives in src/lib/search.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { content } from './content';
import { contentRoot } from '../schemas';
import { synonymsSchema } from '../schemas/synonyms';
import { chapterOf } from '../lib/handbook';
import { urls } from '../lib/urls';
import { pendingPlainText, stripPendingMarks } from '../lib/pending';
import { pinyinKeys, pinyinOf } from '../lib/search/pinyin-keys';
import { suggestRelated, type Related, type RelatedDoc, relatedOf as pick, type DocKind } from '../lib/search/related';
import { synonymTable } from '../lib/search/synonyms';

/** A YAML text field for an index: :pending[…] marks reduced to their text. */
const strip = (text: string) => pendingPlainText(text, { note: false });

/** MDX source to plain words: drops imports, tags and Markdown punctuation. */
export function plainText(mdx: string | undefined): string {
  return stripPendingMarks(mdx ?? '')
    .replace(/^(import|export) .*$/gm, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/[#*_`>|[\]()~-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
/** The words (2+ characters) inside a term: 报价单 → 报价. */
const words = (text: string) =>
  [...segmenter.segment(text)].filter((s) => s.isWordLike && s.segment.length >= 2 && s.segment !== text).map((s) => s.segment);

const SYNONYMS_FILE = 'search-synonyms.yaml';

/** The optional colloquial synonyms file; a mistake in it fails the build naming the field. */
function colloquial(): { term: string; aliases: string[] }[] {
  const path = join(contentRoot(), SYNONYMS_FILE);
  if (!existsSync(path)) return [];
  const parsed = synonymsSchema.safeParse(parse(readFileSync(path, 'utf8')) ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${path}  ${issue.path.join('.')}  ${issue.message}`);
  }
  return Object.entries(parsed.data).map(([term, { aliases }]) => ({ term, aliases }));
}

let cache: Promise<Awaited<ReturnType<typeof load>>> | undefined;

async function load() {
  const all = await content();
  const terms = all.glossary.flatMap((term) => [term.id, ...term.data.aliases]);
  const synonyms = synonymTable([
    ...all.glossary.map((term) => ({ term: term.id, aliases: term.data.aliases })),
    ...all.roles.map((role) => ({ term: role.data.name, aliases: role.data.aliases })),
    ...colloquial(),
    // Typed pinyin of a glossary term (baojia → 报价) widens a site search too.
    ...all.glossary.flatMap((term) =>
      [term.id, ...words(term.id)].map((word) => ({ term: word, aliases: [pinyinOf(word)?.[0] ?? ''].filter((p) => p.length >= 4) })),
    ),
  ]);
  const docs: RelatedDoc[] = [
    ...all.sections.map((s) => ({
      id: s.id,
      kind: 'section' as const,
      title: s.data.title,
      summary: s.data.summary,
      tags: s.data.tags,
      text: plainText(s.body),
    })),
    ...all.scripts.map((s) => ({
      id: s.id,
      kind: 'script' as const,
      title: s.data.title,
      summary: s.data.summary,
      tags: s.data.tags,
      text: strip([s.data.scenario, s.data.objection ?? '', ...s.data.lines.map((l) => l.text)].join(' ')),
    })),
    ...all.cases.map((c) => ({
      id: c.id,
      kind: 'case' as const,
      title: c.data.title,
      summary: c.data.summary,
      tags: c.data.tags,
      text: strip([c.data.situation, c.data.result, ...c.data.lessons].join(' ')),
    })),
  ];
  const related = suggestRelated(docs, { terms });
  return { all, terms, synonyms, docs, related };
}

export function searchData() {
  cache ??= load();
  return cache;
}

/** Related suggestions for one document (empty lists when none). */
export async function relatedFor(kind: DocKind, id: string): Promise<Related> {
  return pick((await searchData()).related, kind, id);
}

/** The script finder's index documents: fielded text plus pinyin of the title. */
export async function scriptDocs() {
  const { all } = await searchData();
  return all.scripts.map((s) => ({
    ref: s.id,
    title: s.data.title,
    scenario: strip(`${s.data.scenario} ${s.data.summary}`),
    objection: strip(s.data.objection ?? ''),
    tags: s.data.tags.join(' '),
    dialogue: strip(s.data.lines.map((l) => l.text).join(' ')),
    py: pinyinKeys(s.data.title),
  }));
}

export async function glossaryDocs() {
  const { all } = await searchData();
  return all.glossary.map((g) => ({
    ref: g.id,
    term: g.id,
    aliases: [...g.data.aliases, g.data.en ?? ''].join(' '),
    definition: strip(g.data.definition),
    py: [g.id, ...g.data.aliases].map(pinyinKeys).join(' '),
  }));
}

/** Every content page for the fallback index: url, title, kind and text. */
export async function pageDocs() {
  const { all } = await searchData();
  return [
    ...all.sections.map((s) => ({
      url: urls.section(s.id),
      title: s.data.title,
      type: 'handbook',
      chapter: chapterOf(s.id),
      summary: s.data.summary,
      text: plainText(s.body),
    })),
    ...all.scripts.map((s) => ({
      url: urls.script(s.id),
      title: s.data.title,
      type: 'script',
      chapter: '',
      summary: s.data.summary,
      text: strip(`${s.data.scenario} ${s.data.objection ?? ''} ${s.data.lines.map((l) => l.text).join(' ')} ${plainText(s.body)}`),
    })),
    ...all.cases.map((c) => ({
      url: urls.case(c.id),
      title: c.data.title,
      type: 'case',
      chapter: '',
      summary: c.data.summary,
      text: strip(`${c.data.situation} ${c.data.actions.join(' ')} ${c.data.result} ${c.data.lessons.join(' ')}`),
    })),
    ...all.glossary.map((g) => ({
      url: urls.glossary(g.id),
      title: g.id,
      type: 'glossary',
      chapter: '',
      summary: strip(g.data.definition),
      text: g.data.aliases.join(' '),
    })),
  ];
}
