/**
 * The content model in one place: every collection, where its files live and its schema.
 * src/content.config.ts turns this into Astro collections; the standalone content check
 * (src/check/) reads the same table, so the two never disagree.
 */
import type { z } from 'astro/zod';
import { caseSchema } from './case';
import { chapterSchema } from './chapter';
import { drillThemeSchema } from './drill-theme';
import type { CollectionName, RefFactory } from './common';
import { formSchema } from './form';
import { glossarySchema } from './glossary';
import { pathSchema } from './path';
import { quizSchema } from './quiz';
import { roleSchema } from './role';
import { scheduleSchema } from './schedule';
import { scriptSchema } from './script';
import { synonymEntrySchema } from './synonyms';
import { sectionSchema } from './section';
import { sourceDocSchema } from './source';
import { trainingSchema } from './training';

/**
 * Where the content lives: `content/` by default. PLAYBOOK_CONTENT points the build at another
 * folder (the test fixture site, the generated benchmark corpus).
 */
export function contentRoot(): string {
  // An empty PLAYBOOK_CONTENT counts as unset.
  const dir = typeof process !== 'undefined' ? process.env.PLAYBOOK_CONTENT : undefined;
  if (dir) return dir;
  return './content';
}

interface FilesCollection {
  /** One entry per file under `dir` matching `pattern`; the id is the path without extension. */
  source: 'files';
  dir: string;
  pattern: string[];
}
interface MapCollection {
  /** One YAML file whose top-level keys are the entry ids. */
  source: 'map';
  file: string;
  /** The file may be absent (the collection is then empty). */
  optional?: boolean;
}

export type CollectionSource = FilesCollection | MapCollection;

export const SOURCES: Record<CollectionName | 'schedule' | 'drillThemes' | 'training' | 'synonyms', CollectionSource> = {
  roles: { source: 'map', file: 'roles.yaml' },
  /** The source documents rules rest on (content/sources.yaml). */
  sources: { source: 'map', file: 'sources.yaml' },
  chapters: { source: 'files', dir: 'handbook', pattern: ['*/index.{md,mdx}'] },
  handbook: { source: 'files', dir: 'handbook', pattern: ['*/*.{md,mdx}', '!*/index.{md,mdx}'] },
  scripts: { source: 'files', dir: 'scripts', pattern: ['*.{md,mdx}'] },
  cases: { source: 'files', dir: 'cases', pattern: ['*.{md,mdx}'] },
  quizzes: { source: 'files', dir: 'quizzes', pattern: ['*.yaml'] },
  paths: { source: 'files', dir: 'paths', pattern: ['*.yaml'] },
  forms: { source: 'files', dir: 'forms', pattern: ['*.{md,mdx}'] },
  glossary: { source: 'map', file: 'glossary.yaml' },
  schedule: { source: 'map', file: 'schedule.yaml' },
  drillThemes: { source: 'map', file: 'drill-themes.yaml', optional: true },
  /** The monthly training plan, keyed by month (YYYY-MM). */
  training: { source: 'map', file: 'training-plan.yaml' },
  /** Colloquial words for search (read by the search build, not an Astro collection). */
  synonyms: { source: 'map', file: 'search-synonyms.yaml', optional: true },
};

/** The id of a file entry: its path under the collection folder, without `/index` and extension. */
export function entryId(relativePath: string): string {
  return relativePath.replace(/\\/g, '/').replace(/(\/index)?\.(mdx|md|yaml|yml)$/, '');
}

export function buildSchemas(ref: RefFactory) {
  return {
    roles: roleSchema,
    sources: sourceDocSchema,
    chapters: chapterSchema(ref),
    handbook: sectionSchema(ref),
    scripts: scriptSchema(ref),
    cases: caseSchema(ref),
    quizzes: quizSchema(ref),
    paths: pathSchema(ref),
    forms: formSchema(ref),
    glossary: glossarySchema(ref),
    schedule: scheduleSchema,
    drillThemes: drillThemeSchema(ref),
    training: trainingSchema(ref),
    synonyms: synonymEntrySchema,
  } satisfies Record<keyof typeof SOURCES, z.ZodTypeAny>;
}

export type Schemas = ReturnType<typeof buildSchemas>;
export type EntryData<C extends keyof Schemas> = z.output<Schemas[C]>;
