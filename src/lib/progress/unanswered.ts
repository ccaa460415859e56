/**
 * The reader's unanswered searches (issue 17): what they searched for on /search/ and did not find,
 * or found but did not open. Zod-free, so the search page records without loading the full store.
 * Entries are kept one per query (after normalisation), newest last, at most UNANSWERED_MAX: when
 * the list is full the entry asked longest ago is dropped.
 */

/** How many different queries are kept. */
export const UNANSWERED_MAX = 50;
/** The longest query kept (the search box's own limit). */
export const QUERY_MAX = 100;

export interface UnansweredEntry {
  query: string;
  /** Shanghai date (YYYY-MM-DD) it was last asked. */
  date: string;
  count: number;
  /** Results the last time: 0 = nothing found, more = none opened. */
  results: number;
}

/**
 * The form two queries must share to count as the same question: Unicode-compatible forms folded
 * (full-width letters and digits, half-width kana), lower case, punctuation and spaces dropped, so
 * 「报价单？」, 「报价单」 and 「 报价 单 」 group together.
 */
export function normalizeQuery(query: string): string {
  return query
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, '');
}

/** The query as stored: trimmed, inner runs of space made one, cut to QUERY_MAX. */
export function cleanStoredQuery(query: string): string {
  return query.replace(/\s+/g, ' ').trim().slice(0, QUERY_MAX);
}

/**
 * The list with one more unanswered search: an earlier entry of the same query is counted up and
 * moved to the end (its spelling and result count become the latest); the oldest entries go when
 * the list would be longer than `max`. Queries that normalise to nothing are ignored.
 */
export function addUnanswered(
  list: readonly UnansweredEntry[],
  query: string,
  results: number,
  date: string,
  max = UNANSWERED_MAX,
): UnansweredEntry[] {
  const text = cleanStoredQuery(query);
  const key = normalizeQuery(text);
  if (!key) return [...list];
  const earlier = list.find((entry) => normalizeQuery(entry.query) === key);
  const rest = list.filter((entry) => entry !== earlier);
  const next = { query: text, date, count: (earlier?.count ?? 0) + 1, results: Math.max(0, Math.floor(results)) };
  return keepNewest([...rest, next], max);
}

/** Takes back one count of a query (the reader opened a result after all); the entry goes at zero. */
export function withdrawUnanswered(list: readonly UnansweredEntry[], query: string): UnansweredEntry[] {
  const key = normalizeQuery(cleanStoredQuery(query));
  return list.flatMap((entry) => {
    if (normalizeQuery(entry.query) !== key) return [entry];
    return entry.count > 1 ? [{ ...entry, count: entry.count - 1 }] : [];
  });
}

/**
 * Two lists of the same person (another device, an older file) as one: per query the larger count
 * (the files may be snapshots of the same history), the later date, and that date's spelling and results.
 */
export function mergeUnanswered(a: readonly UnansweredEntry[], b: readonly UnansweredEntry[], max = UNANSWERED_MAX): UnansweredEntry[] {
  const byKey = new Map<string, UnansweredEntry>();
  for (const entry of [...a, ...b]) {
    const key = normalizeQuery(entry.query);
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, entry);
    else {
      const newer = entry.date > seen.date ? entry : seen;
      byKey.set(key, { ...newer, count: Math.max(seen.count, entry.count) });
    }
  }
  return keepNewest([...byKey.values()], max);
}

/** At most `max` entries, dropping those asked longest ago; oldest first, as stored. */
function keepNewest(list: UnansweredEntry[], max: number): UnansweredEntry[] {
  const ordered = list
    .map((entry, index) => ({ entry, index }))
    .sort((x, y) => x.entry.date.localeCompare(y.entry.date) || x.index - y.index);
  return ordered.slice(Math.max(0, ordered.length - max)).map((item) => item.entry);
}
