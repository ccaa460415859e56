/**
 * How the drill's cards reach the browser without shipping the whole library in every page. The
 * pages carry only the selection inputs — the library's ids, in a compact form that grows by a
 * script id and a short "shape" per script — and each card's HTML is fetched when it is needed from
 * a small JSON file of its group: a script's cards (recitation, cloze, objection) together with the
 * script's title, a quiz's questions together, each glossary term alone. A day's deck is then five
 * or so small files whatever the size of the library, and a review card due from an earlier day is
 * found by its id alone. Pure: used by the build (src/data/drill.ts), the browser and tests.
 */
import { hashString } from '../random';
import { cardId, parseCardId } from './cards';
import type { DrillLibrary } from './select';
import type { DrillTheme } from './themes';

/**
 * The group a card is fetched with: its script, its quiz, its term; an id of no known format
 * (an older one in someone's progress) is a group of its own.
 */
export function cardGroup(id: string): string {
  const parsed = parseCardId(id);
  if (!parsed) return id;
  if ('script' in parsed) return `script:${parsed.script}`;
  if (parsed.kind === 'quiz') return `quiz:${parsed.quiz}`;
  return `term:${parsed.term}`;
}

/**
 * The name (without .json) of the file that holds a card: a hash of its group, so names are short,
 * plain ASCII whatever the ids hold. Two groups that happen to share a hash share the file.
 */
export function cardFile(id: string): string {
  return hashString(cardGroup(id)).toString(36);
}

/** The file of a script's cards, where its title is too. */
export const scriptFile = (scriptId: string): string => cardFile(cardId.script(scriptId));

/** One file of cards: each card's HTML by id, and the (plain-text) titles of its scripts by script id. */
export interface CardFile {
  cards: Record<string, string>;
  titles: Record<string, string>;
}

/** Is `value` a card file as the build writes it (the browser checks what it fetched)? */
export function isCardFile(value: unknown): value is CardFile {
  const isTextRecord = (record: unknown) =>
    !!record && typeof record === 'object' && !Array.isArray(record) && Object.values(record).every((text) => typeof text === 'string');
  return !!value && typeof value === 'object' && isTextRecord((value as CardFile).cards) && isTextRecord((value as CardFile).titles);
}

/**
 * Every card file of the library: rendered cards (`html` by card id) and script titles grouped by
 * file. Files and the keys inside them come in a fixed order, so two builds of the
 * same content write the same bytes.
 */
export function cardFiles(cards: readonly { id: string; html: string }[], titles: Record<string, string>): Map<string, CardFile> {
  const files = new Map<string, CardFile>();
  const fileOf = (name: string) => {
    let file = files.get(name);
    if (!file) files.set(name, (file = { cards: {}, titles: {} }));
    return file;
  };
  const byId = [...cards].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const { id, html } of byId) fileOf(cardFile(id)).cards[id] = html;
  for (const scriptId of Object.keys(titles).sort()) {
    const name = scriptFile(scriptId);
    // A script without cards is never drilled: its title is not needed.
    if (files.has(name)) fileOf(name).titles[scriptId] = titles[scriptId]!;
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * The library as the pages carry it. A script's cards are written as its shape: `s` the
 * recitation card, `c<n>` its n-th cloze card, `o` the objection card, in drill order, joined by
 * commas ("s,c1,c2,o"); the ids themselves are rebuilt with `cardId`, the card builder's own.
 */
export interface CompactLibrary {
  /** Script ids, sorted; each has cards. */
  scripts: string[];
  /** The shape of each script's cards, in the order of `scripts`. */
  shapes: string[];
  terms: string[];
  questions: string[];
  themes: CompactTheme[];
}

/** A weekly theme with its scripts as positions in the sorted script ids (a theme can hold hundreds). */
export type CompactTheme = Omit<DrillTheme, 'scripts'> & { scripts: number[] };

/** Themes as the pages carry them: each script as its position in `scripts` (sorted ids). */
export function compactThemes(themes: readonly DrillTheme[], scripts: readonly string[]): CompactTheme[] {
  const position = new Map(scripts.map((id, i) => [id, i]));
  return themes.map((theme) => ({
    ...theme,
    scripts: theme.scripts.map((id) => {
      const at = position.get(id);
      if (at === undefined) throw new Error(`Drill theme "${theme.id}" names script "${id}", which has no drill cards`);
      return at;
    }),
  }));
}

/** The themes `compactThemes` was given (a position out of range is dropped). */
export function expandThemes(themes: readonly CompactTheme[], scripts: readonly string[]): DrillTheme[] {
  return themes.map((theme) => ({ ...theme, scripts: theme.scripts.flatMap((at) => scripts[at] ?? []) }));
}

function shapeOf(scriptId: string, ids: readonly string[]): string {
  return ids
    .map((id) => {
      if (id === cardId.script(scriptId)) return 's';
      if (id === cardId.objection(scriptId)) return 'o';
      const parsed = parseCardId(id);
      if (parsed?.kind === 'cloze' && parsed.script === scriptId && id === cardId.cloze(scriptId, parsed.n)) return `c${parsed.n}`;
      throw new Error(
        `Drill card "${id}" of script "${scriptId}" has no shape: cardId in src/lib/drill/cards.ts changed without card-files.ts`,
      );
    })
    .join(',');
}

function idsOf(scriptId: string, shape: string): string[] {
  if (shape === '') return [];
  return shape.split(',').map((part) => {
    if (part === 's') return cardId.script(scriptId);
    if (part === 'o') return cardId.objection(scriptId);
    return cardId.cloze(scriptId, Number(part.slice(1)));
  });
}

export function compactLibrary(library: DrillLibrary): CompactLibrary {
  return {
    scripts: library.scripts,
    shapes: library.scripts.map((id) => shapeOf(id, library.scriptCards[id] ?? [])),
    terms: library.terms,
    questions: library.questions,
    themes: compactThemes(library.themes, library.scripts),
  };
}

/** The library `compactLibrary` was given, ids and order the same. */
export function expandLibrary(compact: CompactLibrary): DrillLibrary {
  const scriptCards: Record<string, string[]> = {};
  compact.scripts.forEach((id, i) => {
    scriptCards[id] = idsOf(id, compact.shapes[i] ?? '');
  });
  return {
    scripts: compact.scripts,
    scriptCards,
    terms: compact.terms,
    questions: compact.questions,
    themes: expandThemes(compact.themes, compact.scripts),
  };
}
