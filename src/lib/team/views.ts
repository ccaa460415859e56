/**
 * The team view's two lists beside the table: every revised section with who has and has not
 * confirmed its current version (read out at the morning meeting), and the searches people could
 * not answer, grouped by query across people (「没找到的内容」).
 */
import { normalizeQuery } from '../progress/unanswered';
import type { PersonRow, TeamContent } from './rows';

export interface Confirmation {
  section: TeamContent['sections'][number];
  /** Confirmed the current version. */
  confirmed: PersonRow[];
  /** Confirmed an older version and must re-confirm: the list read out at the morning meeting. */
  pending: { row: PersonRow; readVersion: number }[];
  /** The section is for their role but they never confirmed any version (their path shows it as unread). */
  unread: PersonRow[];
}

export interface ConfirmationView {
  /** Revised sections someone loaded has read: those with re-confirmations pending first, each group in handbook order. */
  sections: Confirmation[];
  /** Revised sections for the loaded people's roles that none of them has read yet. */
  unreadByAll: TeamContent['sections'];
}

/**
 * Every section with a version above 1, split by who confirmed its current version, who read an
 * older one, and who (of the roles it is for) never read it — the same rule as a person's own
 * 「有修订、待你确认的小节」, which lists only sections read before.
 */
export function confirmations(rows: readonly PersonRow[], sections: TeamContent['sections']): ConfirmationView {
  const read: Confirmation[] = [];
  const unreadByAll: TeamContent['sections'] = [];
  for (const section of sections.filter((s) => s.version > 1)) {
    const entry: Confirmation = { section, confirmed: [], pending: [], unread: [] };
    for (const row of rows) {
      const confirmation = row.reads[section.id];
      if (confirmation && confirmation.version >= section.version) entry.confirmed.push(row);
      else if (confirmation) entry.pending.push({ row, readVersion: confirmation.version });
      else if (row.role && section.audience.includes(row.role)) entry.unread.push(row);
    }
    if (entry.confirmed.length + entry.pending.length > 0) read.push(entry);
    else if (entry.unread.length > 0) unreadByAll.push(section);
  }
  return { sections: [...read.filter((c) => c.pending.length > 0), ...read.filter((c) => c.pending.length === 0)], unreadByAll };
}

export interface Gap {
  /** The normalised query the group shares. */
  key: string;
  /** The spelling most people used (ties: the latest). */
  query: string;
  /** Times it went unanswered, summed over people. */
  count: number;
  /** Who asked it: each person once (by the person's key), as `nameOf` names them. */
  people: string[];
  /** The last date anyone asked it. */
  date: string;
  /** Whether it ever found nothing at all (as opposed to results nobody opened). */
  nothingFound: boolean;
}

/** Unanswered searches grouped across people: most people first, then most times, then latest. */
export function groupGaps(rows: readonly PersonRow[], nameOf: (row: PersonRow) => string): Gap[] {
  const groups = new Map<string, { spellings: Map<string, { n: number; date: string }>; who: Set<string>; gap: Gap }>();
  for (const row of rows) {
    for (const entry of row.unanswered) {
      const key = normalizeQuery(entry.query);
      if (!key) continue;
      let group = groups.get(key);
      if (!group) {
        group = {
          spellings: new Map(),
          who: new Set(),
          gap: { key, query: entry.query, count: 0, people: [], date: entry.date, nothingFound: false },
        };
        groups.set(key, group);
      }
      const { gap, spellings, who } = group;
      gap.count += entry.count;
      // One person once, however many spellings they used; two people of the same name twice.
      if (!who.has(row.key)) {
        who.add(row.key);
        gap.people.push(nameOf(row));
      }
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
