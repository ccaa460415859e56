/**
 * The team view's two lists beside the table: every revised section with who has and has not
 * confirmed its current version (read out at the morning meeting), and the searches people could
 * not answer, grouped by query across people (「没找到的内容」).
 */
import { normalizeQuery } from '../progress/unanswered';
import type { PersonRow, TeamContent } from './rows';

export interface Confirmation {
  section: TeamContent['sections'][number];
  confirmed: PersonRow[];
  /** Who must re-confirm: read an older version, or (if the section is for their role) never read it. */
  pending: { row: PersonRow; readVersion?: number }[];
}

/**
 * Each section with a version above 1, in handbook order. A person is listed when the section is
 * for their role, or when they have read any version of it.
 */
export function confirmations(rows: readonly PersonRow[], sections: TeamContent['sections']): Confirmation[] {
  return sections
    .filter((section) => section.version > 1)
    .map((section) => {
      const confirmed: PersonRow[] = [];
      const pending: Confirmation['pending'] = [];
      for (const row of rows) {
        const read = row.reads[section.id];
        if (read && read.version >= section.version) confirmed.push(row);
        else if (read) pending.push({ row, readVersion: read.version });
        else if (row.role && section.audience.includes(row.role)) pending.push({ row });
      }
      return { section, confirmed, pending };
    });
}

export interface Gap {
  /** The normalised query the group shares. */
  key: string;
  /** The spelling most people used (ties: the latest). */
  query: string;
  /** Times it went unanswered, summed over people. */
  count: number;
  /** Who asked it. */
  people: string[];
  /** The last date anyone asked it. */
  date: string;
  /** Whether it ever found nothing at all (as opposed to results nobody opened). */
  nothingFound: boolean;
}

/** Unanswered searches grouped across people: most people first, then most times, then latest. */
export function groupGaps(rows: readonly PersonRow[], nameOf: (row: PersonRow) => string): Gap[] {
  const groups = new Map<string, { spellings: Map<string, { n: number; date: string }>; gap: Gap }>();
  for (const row of rows) {
    for (const entry of row.unanswered) {
      const key = normalizeQuery(entry.query);
      if (!key) continue;
      let group = groups.get(key);
      if (!group) {
        group = { spellings: new Map(), gap: { key, query: entry.query, count: 0, people: [], date: entry.date, nothingFound: false } };
        groups.set(key, group);
      }
      const { gap, spellings } = group;
      gap.count += entry.count;
      const who = nameOf(row);
      if (!gap.people.includes(who)) gap.people.push(who);
      if (entry.date > gap.date) gap.date = entry.date;
      if (entry.results === 0) gap.nothingFound = true;
      const seen = spellings.get(entry.query);
      spellings.set(entry.query, { n: (seen?.n ?? 0) + 1, date: seen && seen.date > entry.date ? seen.date : entry.date });
    }
  }
  return [...groups.values()]
    .map(({ gap, spellings }) => {
      const [query] = [...spellings].sort(([, a], [, b]) => b.n - a.n || b.date.localeCompare(a.date))[0]!;
      return { ...gap, query };
    })
    .sort((a, b) => b.people.length - a.people.length || b.count - a.count || b.date.localeCompare(a.date) || a.key.localeCompare(b.key));
}
