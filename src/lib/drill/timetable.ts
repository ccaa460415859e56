/** The day's timetable (summer or winter) for a date, for the agenda in meeting mode. */

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

/** Index of the block running at `minutes` after midnight (HH:MM blocks), or -1. */
export function currentBlock(blocks: readonly { start: string; end: string }[], minutes: number): number {
  const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  return blocks.findIndex((block) => toMinutes(block.start) <= minutes && minutes < toMinutes(block.end));
}
