/**
 * The one place pages read collections. It loads each collection once per build and hands plain
 * data to the pure helpers in src/lib.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildTree } from '../lib/handbook';

export type Section = CollectionEntry<'handbook'>;
export type Chapter = CollectionEntry<'chapters'>;
export type Role = CollectionEntry<'roles'>;

let cache: Promise<Awaited<ReturnType<typeof load>>> | undefined;

async function load() {
  const [chapters, sections, scripts, cases, roles, quizzes, forms, glossary, schedule, paths, drillThemes, training] = await Promise.all([
    getCollection('chapters'),
    getCollection('handbook'),
    getCollection('scripts'),
    getCollection('cases'),
    getCollection('roles'),
    getCollection('quizzes'),
    getCollection('forms'),
    getCollection('glossary'),
    getCollection('schedule'),
    getCollection('paths'),
    getCollection('drillThemes'),
    getCollection('training'),
  ]);
  const tree = buildTree(chapters, sections);
  const index = <T extends { id: string }>(list: T[]) => new Map(list.map((item) => [item.id, item]));
  return {
    chapters,
    sections,
    scripts,
    cases,
    roles,
    quizzes,
    forms,
    glossary,
    schedule,
    paths,
    drillThemes,
    training,
    tree,
    byId: {
      chapters: index(chapters),
      sections: index(sections),
      scripts: index(scripts),
      cases: index(cases),
      roles: index(roles),
      quizzes: index(quizzes),
      forms: index(forms),
      glossary: index(glossary),
    },
  };
}

/** All content, loaded once. */
export function content() {
  cache ??= load();
  return cache;
}

/** Role ids to their Chinese names, e.g. [rep, assistant] → 业务员、营业助理. */
export function roleNames(roles: Map<string, Role>, ids: { id: string }[]): string {
  return ids.map((ref) => roles.get(ref.id)?.data.name ?? ref.id).join('、');
}
