import { existsSync } from 'node:fs';
import { glob, file } from 'astro/loaders';
import { defineCollection, reference } from 'astro:content';
import { buildSchemas, contentRoot, entryId, SOURCES } from './schemas';

const schemas = buildSchemas(reference);

function loader(name: keyof typeof SOURCES) {
  const source = SOURCES[name];
  if (source.source === 'files') {
    return glob({
      base: `${contentRoot()}/${source.dir}`,
      pattern: source.pattern,
      generateId: ({ entry }) => entryId(entry),
    });
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
