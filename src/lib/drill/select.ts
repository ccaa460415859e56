/**
 * The team drill of a date: the same cards on every phone and on the projector, because they are
 * computed from the Shanghai date alone. Scripts rotate through the whole library: each cycle is a
 * seeded permutation, so every script comes up once before any repeats. On days of a weekly theme
 * one slot goes to a script of the theme; the rotation just moves more slowly, so it still covers
 * everything. Terms and quiz questions rotate the same way. Pure: used at build time, in the
 * browser and in the benchmark.
 */
import { dayNumber } from '../date';
import { seededShuffle } from '../random';
import { themeOn, type DrillTheme } from './themes';

export interface DrillLibrary {
  /** Script ids, sorted. */
  scripts: string[];
  /** A script's card ids in drill order (recite, cloze…, objection). */
  scriptCards: Record<string, string[]>;
  /** Glossary term card ids, sorted. */
  terms: string[];
  /** Quiz question card ids, sorted. */
  questions: string[];
  themes: DrillTheme[];
}

export interface DayCounts {
  /** Scripts per day, theme slot included. */
  scripts: number;
  /** Of those, how many go to the week's theme when there is one. */
  themed: number;
  terms: number;
  questions: number;
}

/** About ten minutes: two scripts (with their cloze and objection cards), two terms, one question. */
export const DAY_COUNTS: DayCounts = { scripts: 2, themed: 1, terms: 2, questions: 1 };

/** Day zero of every rotation; changing it would reshuffle every date. */
const EPOCH = dayNumber('2024-01-01');

export interface DaySelection {
  date: string;
  theme?: Pick<DrillTheme, 'id' | 'title' | 'note'>;
  /** The day's scripts, theme picks first. */
  scripts: string[];
  /** The subset of `scripts` chosen for the theme. */
  themed: string[];
  /** Every card of the day, in drill order. */
  cards: string[];
}

/**
 * The permutation of `items` for one cycle. Its first `window` items are kept out of the previous
 * cycle's last `window`, so no script comes up twice across a cycle boundary within a day.
 */
function cycleOrder(items: readonly string[], kind: string, cycle: number, window: number): string[] {
  const order = seededShuffle(items, `${kind}:${cycle}`);
  if (items.length < 3 * window) return order;
  // Only the head is ever adjusted (swapping with the middle), so the raw tail is the real tail.
  const previousTail = new Set(seededShuffle(items, `${kind}:${cycle - 1}`).slice(-window));
  let swap = window;
  for (let i = 0; i < window; i++) {
    if (!previousTail.has(order[i]!)) continue;
    while (swap < items.length - window && previousTail.has(order[swap]!)) swap++;
    if (swap >= items.length - window) break;
    [order[i], order[swap]] = [order[swap]!, order[i]!];
    swap++;
  }
  return order;
}

/** Items at positions start … start+count−1 of the endless sequence of cycles. */
export function rotation(items: readonly string[], kind: string, start: number, count: number): string[] {
  const n = items.length;
  if (n === 0 || count <= 0) return [];
  const cycles = new Map<number, string[]>();
  const out: string[] = [];
  for (let g = start; g < start + count; g++) {
    const cycle = Math.floor(g / n);
    let order = cycles.get(cycle);
    if (!order) cycles.set(cycle, (order = cycleOrder(items, kind, cycle, count)));
    const item = order[g - cycle * n]!;
    if (!out.includes(item)) out.push(item);
  }
  return out;
}

/** Days in [EPOCH, day) covered by a theme that has scripts. */
function themedDaysBefore(themes: readonly DrillTheme[], day: number): number {
  const ranges = themes
    .filter((theme) => theme.scripts.length > 0)
    .map((theme) => [Math.max(dayNumber(theme.from), EPOCH), Math.min(dayNumber(theme.to), day - 1)] as const)
    .filter(([from, to]) => to >= from)
    .sort((a, b) => a[0] - b[0]);
  let count = 0;
  let covered = EPOCH - 1;
  for (const [from, to] of ranges) {
    const start = Math.max(from, covered + 1);
    if (to >= start) count += to - start + 1;
    covered = Math.max(covered, to);
  }
  return count;
}

/** The day's scripts: the theme's picks and the rotation's. */
export function selectScripts(library: Pick<DrillLibrary, 'scripts' | 'themes'>, date: string, counts: DayCounts = DAY_COUNTS) {
  const day = dayNumber(date) - EPOCH;
  const themeSlots = Math.min(counts.themed, counts.scripts);
  const theme = themeOn(
    library.themes.filter((t) => t.scripts.length > 0),
    date,
  );
  const slots = theme ? counts.scripts - themeSlots : counts.scripts;
  const start = day * counts.scripts - themedDaysBefore(library.themes, dayNumber(date)) * themeSlots;
  const rotated = rotation(library.scripts, 'scripts', start, slots);
  const themed: string[] = [];
  if (theme) {
    const candidates = seededShuffle(theme.scripts, `theme:${theme.id}`);
    const offset = (dayNumber(date) - dayNumber(theme.from)) * themeSlots;
    for (let k = 0; k < candidates.length && themed.length < themeSlots; k++) {
      const pick = candidates[(offset + k) % candidates.length]!;
      if (!rotated.includes(pick) && !themed.includes(pick)) themed.push(pick);
    }
  }
  return { theme, themed, scripts: [...themed, ...rotated] };
}

/** Everything drilled on a date (YYYY-MM-DD, Shanghai). */
export function selectDay(library: DrillLibrary, date: string, counts: DayCounts = DAY_COUNTS): DaySelection {
  const day = dayNumber(date) - EPOCH;
  const { theme, themed, scripts } = selectScripts(library, date, counts);
  const terms = rotation(library.terms, 'terms', day * counts.terms, counts.terms);
  const questions = rotation(library.questions, 'questions', day * counts.questions, counts.questions);
  const cards = [...scripts.flatMap((id) => library.scriptCards[id] ?? []), ...terms, ...questions];
  return {
    date,
    ...(theme ? { theme: { id: theme.id, title: theme.title, ...(theme.note ? { note: theme.note } : {}) } } : {}),
    scripts,
    themed,
    cards,
  };
}

/** The cards of hand-picked scripts (/drill/?scripts=a,b), in the order given; unknown ids are skipped. */
export function practiceCards(library: Pick<DrillLibrary, 'scriptCards'>, scriptIds: readonly string[]): string[] {
  return [...new Set(scriptIds)].flatMap((id) => library.scriptCards[id] ?? []);
}
