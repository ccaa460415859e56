/**
 * What the home page's 今日晨练 block reads: the script ids and themes the day's choice needs (themes
 * compact, src/lib/drill/card-files.ts). Checked without zod (14 kB gzip), which the home page does
 * not otherwise load.
 */
import type { CompactTheme } from '../drill/card-files';
import type { Schema } from './island';

export interface TodayDrillIsland {
  scripts: string[];
  themes: CompactTheme[];
}

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);
const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
const isPositions = (value: unknown): value is number[] =>
  Array.isArray(value) && value.every((item) => Number.isInteger(item) && (item as number) >= 0);
const isTheme = (value: unknown): value is CompactTheme =>
  isObject(value) &&
  ['id', 'title', 'from', 'to'].every((key) => typeof value[key] === 'string') &&
  (value.note === undefined || typeof value.note === 'string') &&
  isPositions(value.scripts);

export const todayDrillIsland: Schema<TodayDrillIsland> = {
  parse(data) {
    if (!isObject(data)) throw new TypeError('expected an object');
    if (!isStrings(data.scripts)) throw new TypeError('scripts: expected script ids');
    if (!Array.isArray(data.themes) || !data.themes.every(isTheme)) throw new TypeError('themes: expected drill themes');
    return data as unknown as TodayDrillIsland;
  },
};
