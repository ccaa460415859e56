/** The drill's build-time data: every card of the library and what the browser needs to pick them. */
import { deriveCards, libraryOf } from '../lib/drill/cards';
import { resolveThemes } from '../lib/drill/themes';
import { pendingPlainText } from '../lib/pending';
import { content } from './content';

let cache: ReturnType<typeof load> | undefined;

/** Loaded once per build: the drill page and the home page both use it. */
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
