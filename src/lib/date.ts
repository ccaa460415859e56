/**
 * Calendar dates of the department, always in Asia/Shanghai, and how the portal writes them. China
 * has kept UTC+8 without daylight saving since 1991, so a fixed offset gives the same answer in
 * every browser time zone and needs no time-zone database. Dates travel as YYYY-MM-DD strings.
 */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const WEEKDAYS = '日一二三四五六';

/** The Shanghai calendar date (YYYY-MM-DD) at an instant. */
export function shanghaiDate(now: Date): string {
  return new Date(now.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** The Shanghai calendar date of an ISO timestamp, or '' when it is not one. */
export function shanghaiDay(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? '' : shanghaiDate(new Date(time));
}

/** Minutes since Shanghai midnight at an instant, e.g. 08:50 → 530. */
export function shanghaiMinutes(now: Date): number {
  const shifted = new Date(now.getTime() + SHANGHAI_OFFSET_MS);
  return shifted.getUTCHours() * 60 + shifted.getUTCMinutes();
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isDate(text: string | null | undefined): text is string {
  if (!text || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const time = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text;
}

/** Days since 1970-01-01 of a YYYY-MM-DD date (may be negative). */
export function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

/** The YYYY-MM-DD date of a day number. */
export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export const addDays = (date: string, days: number): string => dateOfDay(dayNumber(date) + days);

/** The instant the Shanghai day after `date` begins (end of `date`). */
export function endOfShanghaiDay(date: string): Date {
  return new Date((dayNumber(date) + 1) * DAY_MS - SHANGHAI_OFFSET_MS);
}

/** The weekday character of a date: 2026-11-27 → 五 (星期五). */
export function weekdayOf(date: string): string {
  return WEEKDAYS[(((dayNumber(date) + 4) % 7) + 7) % 7] ?? '';
}

/** 2026-09-01 → 2026 年 9 月 1 日. */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year} 年 ${month} 月 ${day} 日`;
}

/** 2026-11-27 → 11 月 27 日 星期五 (the drill's date line). */
export function formatDayOfWeek(date: string): string {
  const [, month, day] = date.split('-').map(Number);
  return `${month} 月 ${day} 日 星期${weekdayOf(date)}`;
}

/** 2026-10 → 2026 年 10 月. */
export function formatMonth(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return `${year} 年 ${number} 月`;
}

/** A clock time as the handbook writes it: 08:30 → 8:30, 14:00 → 14:00 (data stays HH:MM). */
export function formatClock(time: string): string {
  return time.replace(/^0(\d:)/, '$1');
}
