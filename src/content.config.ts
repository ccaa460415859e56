import { existsSync } from 'node:fs';
import { glob, file, type Loader, type LoaderContext } from 'astro/loaders';
import { defineCollection, reference } from 'astro:content';
import { reusingRenderedBodies } from './integrations/rendered-bodies';
import { buildSchemas, contentRoot, entryId, SOURCES } from './schemas';

const schemas = buildSchemas(reference);

/**
 * Astro's glob loader, given the pages the build's content check already rendered (its entry
 * types, which Astro passes loaders without declaring them, with the .md render function reusing
 * them: src/integrations/rendered-bodies.ts), so a build compiles each Markdown body once.
 */
function compilingOnce(loader: Loader): Loader {
  return {
    ...loader,
    load: (context: LoaderContext & { entryTypes?: Parameters<typeof reusingRenderedBodies>[0] }) =>
      loader.load(context.entryTypes ? { ...context, entryTypes: reusingRenderedBodies(context.entryTypes) } : context),
  };
}

function loader(name: keyof typeof SOURCES) {
  const source = SOURCES[name];
  if (source.source === 'files') {
    return compilingOnce(
      glob({
        base: `${contentRoot()}/${source.dir}`,
        pattern: source.pattern,
        generateId: ({ entry }) => entryId(entry),
      }),
    );
  }
  const path = `${contentRoot()}/${source.file}`;
  // An optional file that is absent makes an empty collection (file() would log an error).
  if (source.optional && !existsSync(path))
    return {
      name: `empty-${name}`,
      load: ({ store }: { store: { clear(): void } }) => {
        store.clear();
        return Promise.resolve();
      },
    };
  // Map files are keyed by id; Astro's file() loader reads that shape as it is.
  return file(path);
}

export const collections = {
  roles: defineCollection({ loader: loader('roles'), schema: schemas.roles }),
  sources: defineCollection({ loader: loader('sources'), schema: schemas.sources }),
  chapters: defineCollection({ loader: loader('chapters'), schema: schemas.chapters }),
  handbook: defineCollection({ loader: loader('handbook'), schema: schemas.handbook }),
  scripts: defineCollection({ loader: loader('scripts'), schema: schemas.scripts }),
  cases: defineCollection({ loader: loader('cases'), schema: schemas.cases }),
  quizzes: defineCollection({ loader: loader('quizzes'), schema: schemas.quizzes }),
  paths: defineCollection({ loader: loader('paths'), schema: schemas.paths }),
  forms: defineCollection({ loader: loader('forms'), schema: schemas.forms }),
  glossary: defineCollection({ loader: loader('glossary'), schema: schemas.glossary }),
  schedule: defineCollection({ loader: loader('schedule'), schema: schemas.schedule }),
  drillThemes: defineCollection({ loader: loader('drillThemes'), schema: schemas.drillThemes }),
  training: defineCollection({ loader: loader('training'), schema: schemas.training }),
};
