/**
 * The portal's revision log: every dated revision of every section, script and case, newest
 * first, grouped by month — for /changes/, its RSS feed and the printed handbook.
 */
import { revisionHistory, type Revisable } from './revisions';

export type LogKind = 'section' | 'script' | 'case';

export interface LogSource {
  kind: LogKind;
  id: string;
  title: string;
  /** The page, without anchor. */
  url: string;
  /** Sections only: the chapter id. */
  chapter?: string;
  /** Sections only: the roles who must read it. Scripts and cases are for everyone. */
  audience?: string[];
  data: Revisable;
}

export interface LogItem extends Omit<LogSource, 'data'> {
  version: number;
  /** YYYY-MM-DD. */
  date: string;
  summary: string;
  /** True for version 1 (首次发布). */
  first: boolean;
}

/** Every dated revision, newest first (same day: higher version, then title). */
export function revisionLog(sources: LogSource[], firstSummary: string): LogItem[] {
  const items: LogItem[] = [];
  for (const source of sources) {
    for (const row of revisionHistory(source.data, firstSummary)) {
      if (!row.date) continue; // version 1 of a page revised before it came here: date unknown
      items.push({
        kind: source.kind,
        id: source.id,
        title: source.title,
        url: source.url,
        ...(source.chapter ? { chapter: source.chapter } : {}),
        ...(source.audience ? { audience: source.audience } : {}),
        version: row.version,
        date: row.date,
        summary: row.summary,
        first: row.version === 1,
      });
    }
  }
  return items.sort((a, b) => b.date.localeCompare(a.date) || b.version - a.version || a.title.localeCompare(b.title, 'zh-CN'));
}

export interface LogMonth {
  /** YYYY-MM, also the anchor id (m-2026-10). */
  month: string;
  items: LogItem[];
}

export function byMonth(items: LogItem[]): LogMonth[] {
  const months: LogMonth[] = [];
  for (const item of items) {
    const month = item.date.slice(0, 7);
    const last = months[months.length - 1];
    if (last?.month === month) last.items.push(item);
    else months.push({ month, items: [item] });
  }
  return months;
}

/** Whether a revision concerns a role: sections by audience; scripts and cases concern everyone. */
export function concernsRole(item: LogItem, role: string): boolean {
  return !item.audience || item.audience.includes(role);
}
