/**
 * The portal's revision log: every dated revision of every section, script and case, newest
 * first, grouped by month — for /changes/, its RSS feed and the printed handbook. /changes/ is
 * paged by month (`changesPages`), so its pages stay the same size however long the history grows.
 */
import { revisionHistory, type Revisable } from './revisions';
import { urls } from './urls';

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

/** The most revisions one page of /changes/ lists: a month with more (a whole handbook imported at once) continues on further pages. */
const CHANGES_PER_PAGE = 100;

export interface ChangesPage {
  /** YYYY-MM. */
  month: string;
  /** 1-based, within the month. */
  page: number;
  /** How many pages the month takes. */
  pages: number;
  items: LogItem[];
  /** The address of this page: the newest month's first page is /changes/ itself. */
  href: string;
  /** Its own address besides /changes/ (every month has one, the newest too, so a month's link never breaks). */
  path: string;
}

/**
 * The log cut into the pages of /changes/: one month per page, newest first, a month longer than
 * `perPage` continued on pages 2, 3 … (/changes/2026-09/2/). The first page is the newest month's.
 */
export function changesPages(items: LogItem[], perPage = CHANGES_PER_PAGE): ChangesPage[] {
  return byMonth(items).flatMap(({ month, items: monthItems }, index) => {
    const pages = Math.max(1, Math.ceil(monthItems.length / perPage));
    return Array.from({ length: pages }, (_, i) => {
      const path = urls.changes(month, i + 1);
      return {
        month,
        page: i + 1,
        pages,
        items: monthItems.slice(i * perPage, (i + 1) * perPage),
        href: index === 0 && i === 0 ? urls.changes() : path,
        path,
      };
    });
  });
}

/** Whether a revision concerns a role: sections by audience; scripts and cases concern everyone. */
export function concernsRole(item: LogItem, role: string): boolean {
  return !item.audience || item.audience.includes(role);
}
