/**
 * A zod-free reader and a few writers for pages whose script must stay tiny (the section page's
 * reading confirmation, the home page, the search page's record of unanswered searches). It trusts
 * nothing: anything odd reads as "no progress". Data of an older format is brought up to date with
 * the same (zod-free) migrations the full store runs; a write happens only over data that is then
 * in the current format, otherwise the data is left for the full store (loadProgress) to salvage,
 * never overwritten here.
 */
import type { ProgressLike } from '../path-progress';
import { CURRENT_VERSION, PROGRESS_KEY } from './keys';
import { migrate } from './migrate';
import type { KeyValueStorage } from './store-types';
import { addUnanswered, withdrawUnanswered, type UnansweredEntry } from './unanswered';

export interface LightProgress extends ProgressLike {
  version?: number;
  profile?: { name?: string; role?: string };
  unanswered?: UnansweredEntry[];
}

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/** The stored progress, migrated to the current format, if it is an object of a format this portal knows; else undefined. */
export function readLight(storage: KeyValueStorage): LightProgress | undefined {
  try {
    const data: unknown = JSON.parse(storage.getItem(PROGRESS_KEY) ?? 'null');
    if (!isObject(data) || typeof data.version !== 'number') return undefined;
    return data.version === CURRENT_VERSION ? data : migrate(data, CURRENT_VERSION);
  } catch {
    return undefined;
  }
}

/** Reads, changes and writes back; false (nothing written) when the stored data is not readable here. */
function writeLight(storage: KeyValueStorage, change: (data: LightProgress) => LightProgress, now: Date): boolean {
  const text = storage.getItem(PROGRESS_KEY);
  const data = text === null ? { version: CURRENT_VERSION } : readLight(storage);
  if (!data) return false;
  storage.setItem(PROGRESS_KEY, JSON.stringify({ ...change(data), updatedAt: now.toISOString() }));
  return true;
}

/**
 * Records "read and confirmed version n of a section". Returns false (and writes nothing) when the
 * stored data is not readable here: the caller then sends the reader to a page with the full store.
 */
export function confirmReadLight(storage: KeyValueStorage, sectionId: string, version: number, now = new Date()): boolean {
  return writeLight(
    storage,
    (data) => ({ ...data, reads: { ...(isObject(data.reads) ? data.reads : {}), [sectionId]: { version, at: now.toISOString() } } }),
    now,
  );
}

const listOf = (data: LightProgress): UnansweredEntry[] => (Array.isArray(data.unanswered) ? data.unanswered : []);

/** Records a search that went unanswered (`results`: how many it found) on Shanghai date `date`. */
export function recordUnansweredLight(storage: KeyValueStorage, query: string, results: number, date: string, now = new Date()): boolean {
  return writeLight(storage, (data) => ({ ...data, unanswered: addUnanswered(listOf(data), query, results, date) }), now);
}

/** Takes back one recorded unanswered search of `query` (the reader opened a result after all). */
export function withdrawUnansweredLight(storage: KeyValueStorage, query: string, now = new Date()): boolean {
  return writeLight(storage, (data) => ({ ...data, unanswered: withdrawUnanswered(listOf(data), query) }), now);
}
