/**
 * What the drill page shows for its address: the team deck of a date (`?date=YYYY-MM-DD`, today in
 * Shanghai by default) or the practice of hand-picked scripts (`?scripts=a,b`, a path step's link),
 * and the cards the personal review runs over. Pure: each of the page's elements computes it from
 * the same library and address, and gets the same answer.
 */
import { isDate } from '../date';
import { parseNumber } from '../numbers';
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
  /** Minutes the meeting countdown starts from: `?minutes=` when it is a sane length, else the default. */
  minutes: number;
  /** `?minutes=` as given, when it was not a length the countdown can use (the page says so). */
  minutesRejected?: string;
}

/** The morning meeting's countdown unless the address asks for another length. */
export const DEFAULT_MEETING_MINUTES = 10;
/** Lengths `?minutes=` may ask for: a meeting segment of one minute to an hour. */
export const MEETING_MINUTES = { min: 1, max: 60 } as const;

/**
 * The countdown length `?minutes=` asks for, rounded to whole seconds, or undefined when it is not a
 * number from 1 to 60 (0.001, 1e9, -5, junk). Full-width digits count (１５).
 */
function meetingMinutes(raw: string): number | undefined {
  // The same reading of a number as fill-in quiz answers: １５ and 十五 are 15.
  const given = parseNumber(raw.trim());
  if (given === undefined) return undefined;
  const minutes = Math.round(given * 60) / 60;
  return minutes >= MEETING_MINUTES.min && minutes <= MEETING_MINUTES.max ? minutes : undefined;
}

function countdown(raw: string | null): Pick<DrillPlan, 'minutes' | 'minutesRejected'> {
  if (raw === null || raw.trim() === '') return { minutes: DEFAULT_MEETING_MINUTES };
  const minutes = meetingMinutes(raw);
  return minutes === undefined ? { minutes: DEFAULT_MEETING_MINUTES, minutesRejected: raw } : { minutes };
}

export function drillPlan(library: DrillLibrary, query: URLSearchParams, today: string): DrillPlan {
  const asked = query.get('date');
  const date = isDate(asked) ? asked : today;
  const base = { today, date, ...countdown(query.get('minutes')) };
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
