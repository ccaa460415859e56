/**
 * What the search data and the related suggestions are built from, out of plain content data:
 * no astro:content here, so the build can compute the related suggestions in a worker from the
 * content check's entries (src/integrations/related.ts) while Astro bundles, and the pages get
 * exactly what they would have computed themselves (src/data/search.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { content } from './content';
import { contentRoot } from '../schemas';
import { synonymsSchema } from '../schemas/synonyms';
import { urls } from '../lib/urls';
import { pendingPlainText, stripPendingMarks } from '../lib/pending';
import { suggestRelated, type Related, type RelatedDoc } from '../lib/search/related';
import { pinyinKeys } from '../lib/search/pinyin-keys';
import { buildLexicon, type VocabularyDoc } from '../lib/search/vocabulary';
import { gzipSync } from 'node:zlib';
import { buildIndex, serialize } from '../lib/search/lunr-index';
import { splitIndex } from '../lib/search/shards';
import { PAGE_FIELDS, PAGE_SHARD_BYTES, PAGE_TEXT_LIMIT, SCRIPT_FIELDS, SCRIPT_SHARDS, type PageRow } from '../lib/search/indexes';
import { Dictionary } from '../lib/search/tokenize';
import { clipText } from '../lib/search/excerpt';

/** A YAML text field for an index: :pending[…] marks reduced to their text. */
export const strip = (text: string) => pendingPlainText(text, { note: false });

/** MDX source to plain words: drops imports, tags and Markdown punctuation. */
function plainText(mdx: string | undefined): string {
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

type Content = Awaited<ReturnType<typeof content>>;

/** The collections the search data reads (as content() gives them, or rebuilt from the content check's entries). */
export type SearchContent = Pick<Content, 'sections' | 'scripts' | 'cases' | 'forms' | 'glossary' | 'roles'> & {
  byId: Pick<Content['byId'], 'sections'>;
};

/** Every page of the site index (sections, scripts, cases, forms): url, title, kind and words. */
function pageDocs(all: SearchContent) {
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

/** The vocabulary, pinyin keys and glossary cards, from every page, the glossary, the roles and the colloquial synonyms. */
export function searchLexicon(all: SearchContent) {
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
  return { lexicon, pinyin, cards, pages };
}

/**
 * The script finder's index documents: fielded text, 常见问法 and pinyin of the title (the fields
 * of SCRIPT_FIELDS). Shared by the build (src/data/search.ts) and the tests of the finder's index.
 */
export function scriptIndexDocs(scripts: SearchContent['scripts']) {
  return scripts.map((s) => ({
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

/** A row's summary, shown as the excerpt of a part-of-a-word or offline result: about two lines on a phone. */
const ROW_SUMMARY_CHARS = 90;

/**
 * The script finder's index and the part-of-a-word page index (lunr, cut into shards), and the
 * pages' rows, from the lexicon's words as dictionary: the largest search files, built in the
 * build's child process beside the lexicon (src/integrations/related-worker.ts) while Astro bundles,
 * not in the pages' rendering.
 */
export function searchIndexesOf(all: SearchContent, { lexicon, pages }: Pick<ReturnType<typeof searchLexicon>, 'lexicon' | 'pages'>) {
  const dictionary = new Dictionary(lexicon.words);
  const scripts = splitIndex(serialize(buildIndex(scriptIndexDocs(all.scripts), SCRIPT_FIELDS, dictionary)), SCRIPT_SHARDS);
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
  const rows: PageRow[] = pages.map((p) => [p.url, p.title, p.type, clipText(p.summary, ROW_SUMMARY_CHARS)]);
  return { scripts, pages: pageIndex, rows };
}

/** Related suggestions for every section, script and case (src/lib/search/related.ts), with the lexicon's words as dictionary. */
export function relatedSuggestions(all: SearchContent, terms: string[]): Map<string, Related> {
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
  return suggestRelated(docs, { terms });
}
