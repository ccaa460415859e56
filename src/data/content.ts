/**
 * The one place pages read collections. It loads each collection once per build and hands plain
 * data to the pure helpers in src/lib.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildTree } from '../lib/handbook';
import { inIdOrder } from '../lib/order';

export type Section = CollectionEntry<'handbook'>;
export type Chapter = CollectionEntry<'chapters'>;
export type Role = CollectionEntry<'roles'>;

let cache: Promise<Awaited<ReturnType<typeof load>>> | undefined;

async function load() {
  // Folder collections in id order: the loader reads files concurrently, so the order it stores them
  // in can change from one build to the next, and every list and page built from them with it. The
  // one-file collections (roles, glossary, schedule…) keep the order of their file.
  const [chapters, sections, scripts, cases, roles, quizzes, forms, glossary, schedule, paths, drillThemes, training] = await Promise.all([
    getCollection('chapters').then(inIdOrder),
    getCollection('handbook').then(inIdOrder),
    getCollection('scripts').then(inIdOrder),
    getCollection('cases').then(inIdOrder),
    getCollection('roles'),
    getCollection('quizzes').then(inIdOrder),
    getCollection('forms').then(inIdOrder),
    getCollection('glossary'),
    getCollection('schedule'),
    getCollection('paths').then(inIdOrder),
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
