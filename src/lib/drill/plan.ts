/**
 * What the drill page shows for its address: the team deck of a date (`?date=YYYY-MM-DD`, today in
 * Shanghai by default) or the practice of hand-picked scripts (`?scripts=a,b`, a path step's link),
 * and the cards the personal review runs over. Pure: each of the page's elements computes it from
 * the same library and address, and gets the same answer.
 */
import { isDate } from '../date';
import type { QueueOptions } from './review';
import { practiceCards, selectDay, type DaySelection, type DrillLibrary } from './select';

export interface DrillPlan {
  /** Today in Shanghai. */
  today: string;
  /** The team drill's date. */
  date: string;
  theme?: DaySelection['theme'];
  /** Practice of these scripts (the ones the library knows), instead of the team drill of `date`. */
  practice?: string[];
  /** `?scripts=` named no script the library knows: the page says so and shows the team drill. */
  practiceMissing: boolean;
  /** The team deck, in drill order. */
  deck: string[];
  /** The personal review: over these cards, new ones in this order. */
  review: { ids: string[]; options: QueueOptions };
  /** `?minutes=` for the countdown, when given. */
  minutes?: number;
}

export function drillPlan(library: DrillLibrary, query: URLSearchParams, today: string): DrillPlan {
  const asked = query.get('date');
  const date = isDate(asked) ? asked : today;
  const minutes = Number(query.get('minutes'));
  const base = { today, date, ...(minutes > 0 ? { minutes } : {}) };
  const named = (query.get('scripts') ?? '').split(',').filter(Boolean);
  const picked = practiceCards(library, named);
  if (picked.length > 0) {
    // Practice (a path step): the scripts' cards, reviewed with no cap on new cards.
    const practice = named.filter((id) => (library.scriptCards[id]?.length ?? 0) > 0);
    return { ...base, practice, practiceMissing: false, deck: picked, review: { ids: picked, options: { uncapped: true } } };
  }
  const day = selectDay(library, date);
  // New cards come in the order of the day's team drill first, then the whole library.
  const everything = [...Object.values(library.scriptCards).flat(), ...library.terms, ...library.questions];
  return {
    ...base,
    ...(day.theme ? { theme: day.theme } : {}),
    practiceMissing: named.length > 0,
    deck: day.cards,
    review: { ids: [...new Set([...day.cards, ...everything])], options: {} },
  };
}
