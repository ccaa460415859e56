/**
 * The drill's build-time data: the card library (ids, for the pages) and every card rendered to
 * HTML in the small files the browser fetches them from (src/lib/drill/card-files.ts).
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import DrillCard from '../components/DrillCard.astro';
import { cardFiles, type CardFile } from '../lib/drill/card-files';
import { deriveCards, libraryOf } from '../lib/drill/cards';
import { resolveThemes } from '../lib/drill/themes';
import { pendingPlainText } from '../lib/pending';
import { content } from './content';

let cache: ReturnType<typeof load> | undefined;

/** Loaded once per build: the drill page, its card files and the home page use it. */
export function drillData() {
  cache ??= load();
  return cache;
}

async function load() {
  const { scripts, glossary, quizzes, schedule, drillThemes } = await content();
  const cards = deriveCards({ scripts, glossary, quizzes });
  const facets = scripts.map((script) => ({ id: script.id, stage: script.data.stage, tags: script.data.tags }));
  const themes = resolveThemes(
    drillThemes.map((theme) => ({
      id: theme.id,
      ...theme.data,
      // The browser writes these as plain text: a rule awaiting confirmation keeps its 「（待确认）」.
      title: pendingPlainText(theme.data.title),
      ...(theme.data.note !== undefined ? { note: pendingPlainText(theme.data.note) } : {}),
      scripts: theme.data.scripts.map((ref) => ref.id),
    })),
    facets,
  );
  const library = libraryOf(cards, themes);
  const titles = Object.fromEntries(scripts.map((script) => [script.id, pendingPlainText(script.data.title)]));
  const timetables = [...schedule].sort((a, b) => a.id.localeCompare(b.id));
  return { cards, library, titles, timetables };
}

let files: Promise<Map<string, CardFile>> | undefined;

/** Every card file, each card rendered by the same component the page once embedded them with. */
export function drillCardFiles(): Promise<Map<string, CardFile>> {
  files ??= (async () => {
    const { cards, titles } = await drillData();
    const container = await AstroContainer.create();
    // Typed by hand: the linter's TypeScript program does not read .astro modules.
    const component = DrillCard as unknown as Parameters<AstroContainer['renderToString']>[0];
    const rendered = [];
    for (const card of cards) rendered.push({ id: card.id, html: (await container.renderToString(component, { props: { card } })).trim() });
    return cardFiles(rendered, titles);
  })();
  return files;
}
