/**
 * What the home page's 今日晨练 block reads: the script ids and themes the day's choice needs, and
 * the titles to show. Checked without zod (14 kB gzip), which the home page does not otherwise load.
 */
import type { DrillTheme } from '../drill/themes';
import type { Schema } from './island';

export interface TodayDrillIsland {
  scripts: string[];
  themes: DrillTheme[];
  titles: Record<string, string>;
}

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);
const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
const isTheme = (value: unknown): value is DrillTheme =>
  isObject(value) &&
  ['id', 'title', 'from', 'to'].every((key) => typeof value[key] === 'string') &&
  (value.note === undefined || typeof value.note === 'string') &&
  isStrings(value.scripts);

export const todayDrillIsland: Schema<TodayDrillIsland> = {
  parse(data) {
    if (!isObject(data)) throw new TypeError('expected an object');
    if (!isStrings(data.scripts)) throw new TypeError('scripts: expected script ids');
    if (!Array.isArray(data.themes) || !data.themes.every(isTheme)) throw new TypeError('themes: expected drill themes');
    if (!isObject(data.titles) || !Object.values(data.titles).every((title) => typeof title === 'string'))
      throw new TypeError('titles: expected titles by script id');
    return data as unknown as TodayDrillIsland;
  },
};
