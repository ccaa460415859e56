/**
 * Build-time search data: the lexicon (vocabulary, synonyms, glossary cards, pinyin keys), the
 * sharded lunr indexes (script finder, part-of-a-word page index) and the related suggestions.
 * Reads collections through content(); all logic lives in src/lib/search.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parse } from 'yaml';
import { content } from './content';
import { contentRoot } from '../schemas';
import { synonymsSchema } from '../schemas/synonyms';
import { urls } from '../lib/urls';
import { pendingPlainText, stripPendingMarks } from '../lib/pending';
import { pinyinKeys } from '../lib/search/pinyin-keys';
import { suggestRelated, type Related, type RelatedDoc, relatedOf as pick, type DocKind } from '../lib/search/related';
import { buildLexicon, glossaryShards, pinyinShards, type VocabularyDoc } from '../lib/search/vocabulary';
import { buildIndex, serialize } from '../lib/search/lunr-index';
import { splitIndex, type Shard, type ShardManifest } from '../lib/search/shards';
import { PAGE_FIELDS, PAGE_SHARD_BYTES, PAGE_TEXT_LIMIT, SCRIPT_FIELDS, SCRIPT_SHARDS, type PageRow } from '../lib/search/indexes';
import { Dictionary } from '../lib/search/tokenize';

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
  const glossary = all.glossary.map((term) => {
    const section = term.data.section && all.byId.sections.get(term.data.section.id);
    return {
      term: term.id,
      aliases: term.data.aliases,
      definition: stripPendingMarks(term.data.definition),
      section: section ? { url: urls.section(section.id), title: section.data.title } : undefined,
    };
  });
  const pages = pageDocs(all);
  const { lexicon, pinyin, cards } = buildLexicon(
    pages.map((page): VocabularyDoc => ({
      title: page.title,
      text: `${page.summary} ${page.text}`,
      tags: page.tags,
      questions: page.questions,
    })),
    glossary,
    [...all.roles.map((role) => ({ term: role.data.name, aliases: role.data.aliases })), ...colloquial()],
  );
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
  const related = suggestRelated(docs, { terms: lexicon.words });
  return { all, lexicon, pinyin, cards, pages, docs, related };
}

export function searchData() {
  cache ??= load();
  return cache;
}

/** Related suggestions for one document (empty lists when none). */
export async function relatedFor(kind: DocKind, id: string): Promise<Related> {
  return pick((await searchData()).related, kind, id);
}

/** The script finder's index documents: fielded text, 常见问法 and pinyin of the title. */
export async function scriptDocs() {
  const { all } = await searchData();
  return all.scripts.map((s) => ({
    ref: s.id,
    title: s.data.title,
    questions: s.data.questions.join(' '),
    scenario: strip(`${s.data.scenario} ${s.data.summary}`),
    objection: strip(s.data.objection ?? ''),
    tags: s.data.tags.join(' '),
    dialogue: strip(s.data.lines.map((l) => l.text).join(' ')),
    py: pinyinKeys(s.data.title),
  }));
}

type Content = Awaited<ReturnType<typeof content>>;

/** Every page of the site index (sections, scripts, cases, forms): url, title, kind and words. */
function pageDocs(all: Content) {
  return [
    ...all.sections.map((s) => ({
      url: urls.section(s.id),
      title: s.data.title,
      type: 'handbook' as const,
      summary: s.data.summary,
      tags: s.data.tags,
      questions: s.data.questions,
      text: plainText(s.body),
    })),
    ...all.scripts.map((s) => ({
      url: urls.script(s.id),
      title: s.data.title,
      type: 'script' as const,
      summary: s.data.summary,
      tags: s.data.tags,
      questions: s.data.questions,
      text: strip(
        [
          s.data.scenario,
          s.data.objection ?? '',
          ...s.data.lines.map((l) => l.text),
          ...s.data.keyPoints,
          ...s.data.pitfalls,
          plainText(s.body),
        ].join(' '),
      ),
    })),
    ...all.cases.map((c) => ({
      url: urls.case(c.id),
      title: c.data.title,
      type: 'case' as const,
      summary: c.data.summary,
      tags: c.data.tags,
      questions: [] as string[],
      text: strip([c.data.situation, ...c.data.actions, c.data.result, ...c.data.lessons, plainText(c.body)].join(' ')),
    })),
    ...all.forms.map((f) => ({
      url: urls.form(f.id),
      title: f.data.title,
      type: 'form' as const,
      summary: f.data.summary,
      tags: [] as string[],
      questions: f.data.questions,
      text: plainText(f.body),
    })),
  ];
}

let indexes: Promise<Awaited<ReturnType<typeof buildIndexes>>> | undefined;

/** The finder's index and the part-of-a-word index, each cut into shards; built once per build. */
async function buildIndexes() {
  const { lexicon, pages } = await searchData();
  const dictionary = new Dictionary(lexicon.words);
  const scripts = splitIndex(serialize(buildIndex(await scriptDocs(), SCRIPT_FIELDS, dictionary)), SCRIPT_SHARDS);
  const compact = serialize(
    buildIndex(
      pages.map((p, i) => ({
        ref: String(i),
        title: p.title,
        summary: `${p.summary} ${p.questions.join(' ')}`,
        text: p.text.slice(0, PAGE_TEXT_LIMIT),
      })),
      PAGE_FIELDS,
      dictionary,
    ),
  );
  // Searched by exact tokens only: cut by whole term, in as many shards as its size asks for.
  const count = Math.min(4096, Math.max(16, Math.ceil(gzipSync(JSON.stringify(compact)).length / PAGE_SHARD_BYTES)));
  const pageIndex = splitIndex(compact, count, 'term');
  const rows: PageRow[] = pages.map((p) => [p.url, p.title, p.type, p.summary.slice(0, 90)]);
  return { scripts, pages: pageIndex, rows };
}

export function searchIndexes() {
  indexes ??= buildIndexes();
  return indexes;
}

export type { Shard, ShardManifest };
export { glossaryShards, pinyinShards };
