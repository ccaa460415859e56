/** What the scaffolder needs to know about the content that exists, read from the content check's entries. */
import type { Entry } from '../check/entries';
import { parsedOf, rawAt } from '../check/entries';
import type { ScaffoldContext } from './templates';

/** Today in the department's time zone, YYYY-MM-DD. */
export function shanghaiToday(now = new Date()): string {
  return now.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
}

/**
 * Roles, chapters (with their owners) and sections (with order and version). Entries that fail
 * their schema still count, with what their author wrote, so a half-finished chapter does not
 * stop someone adding a section to it.
 */
export function scaffoldContext(entries: readonly Entry[], today = shanghaiToday()): ScaffoldContext {
  const number = (value: unknown, fallback: number) => (typeof value === 'number' ? value : fallback);
  const chapters = parsedOf(entries, 'chapters');
  const sections = parsedOf(entries, 'handbook');
  const failed = (collection: 'chapters' | 'handbook') => entries.filter((entry) => entry.collection === collection && !entry.parsed);
  return {
    today,
    roles: entries.filter((entry) => entry.collection === 'roles').map((entry) => entry.id),
    chapters: [
      ...chapters.map((entry) => ({ id: entry.id, owner: entry.parsed.owner.id })),
      ...failed('chapters').map((entry) => {
        const owner = rawAt(entry.data, 'owner');
        return { id: entry.id, owner: typeof owner === 'string' ? owner : '' };
      }),
    ],
    sections: [
      ...sections.map((entry) => ({ id: entry.id, order: entry.parsed.order, version: entry.parsed.version })),
      ...failed('handbook').map((entry) => ({
        id: entry.id,
        order: number(rawAt(entry.data, 'order'), 0),
        version: number(rawAt(entry.data, 'version'), 1),
      })),
    ],
  };
}
