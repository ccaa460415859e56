/** The day's timetable (summer or winter) for a date, for the agenda in meeting mode. */
import { addDays } from '../date';

/** A timetable as the drill's agenda shows it (the schedule collection's entries fit it). */
export interface Timetable {
  id: string;
  data: { label: string; months: number[]; blocks: { start: string; end: string; title: string; items: string[] }[] };
}

export interface TimetableLike {
  id: string;
  data: { months: number[] };
}

/** The timetable whose months include the date's month; the first one when none does. */
export function timetableFor<T extends TimetableLike>(timetables: readonly T[], date: string): T | undefined {
  const month = Number(date.slice(5, 7));
  return timetables.find((entry) => entry.data.months.includes(month)) ?? timetables[0];
}

/**
 * A date on which the drill shows timetable `id`'s agenda: `from` itself when it does, else the first
 * day of the next month that does (within a year); undefined for a timetable no date selects. For
 * links to a season's agenda (/drill/?date=…) from pages that are not about a date, such as the
 * sign-off sheet: the drill shows only the agenda of the date it is opened on.
 */
export function seasonDate<T extends TimetableLike>(timetables: readonly T[], id: string, from: string): string | undefined {
  if (timetableFor(timetables, from)?.id === id) return from;
  let date = `${from.slice(0, 7)}-01`;
  for (let month = 0; month < 12; month++) {
    date = `${addDays(date, 31).slice(0, 7)}-01`;
    if (timetableFor(timetables, date)?.id === id) return date;
  }
  return undefined;
}

/** Index of the block running at `minutes` after midnight (HH:MM blocks), or -1. */
export function currentBlock(blocks: readonly { start: string; end: string }[], minutes: number): number {
  const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  return blocks.findIndex((block) => toMinutes(block.start) <= minutes && minutes < toMinutes(block.end));
}
