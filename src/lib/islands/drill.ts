/**
 * What the drill page's elements read: the card library's ids, compact (src/lib/drill/card-files.ts).
 * Checked without zod (12 kB gzip): the drill's first visit loads zod only with the personal review,
 * whose progress store needs it.
 */
import type { CompactLibrary } from '../drill/card-files';
import type { Schema } from './island';
import { todayDrillIsland } from './today-drill';

/** A script's card shape: `s`, `o` and `c<n>` joined by commas, or empty (card-files.ts). */
const SHAPE = /^(?:(?:s|o|c[1-9]\d*)(?:,(?:s|o|c[1-9]\d*))*)?$/;

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

const drillLibrarySchema: Schema<CompactLibrary> = {
  parse(data) {
    // The script ids and themes are what the home page's 今日晨练 block reads too: the same check.
    const { scripts } = todayDrillIsland.parse(data);
    const { shapes, terms, questions } = data as Record<string, unknown>;
    if (!isStrings(shapes) || shapes.length !== scripts.length)
      throw new TypeError(`shapes: expected one card shape per script (${scripts.length})`);
    const bad = shapes.find((shape) => !SHAPE.test(shape));
    if (bad !== undefined) throw new TypeError(`shapes: "${bad}" is not a card shape such as "s,c1,c2,o"`);
    if (!isStrings(terms)) throw new TypeError('terms: expected glossary term ids');
    if (!isStrings(questions)) throw new TypeError('questions: expected question card ids');
    return data as CompactLibrary;
  },
};

export const drillIsland: Schema<{ library: CompactLibrary }> = {
  parse(data) {
    if (!data || typeof data !== 'object' || Array.isArray(data)) throw new TypeError('expected an object');
    return { library: drillLibrarySchema.parse((data as { library?: unknown }).library) };
  },
};
