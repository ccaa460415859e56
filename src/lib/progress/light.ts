/**
 * A zod-free reader and one writer for pages whose script must stay tiny (the section page's reading
 * confirmation, the home page). It trusts nothing: anything odd reads as "no progress", and a write
 * happens only over data that is already in the current format; otherwise the data is left for the
 * full store (loadProgress) to salvage, never overwritten here.
 */
import type { ProgressLike } from '../path-progress';
import { CURRENT_VERSION, PROGRESS_KEY } from './keys';
import type { KeyValueStorage } from './store-types';

export interface LightProgress extends ProgressLike {
  version?: number;
  profile?: { name?: string; role?: string };
}

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/** The stored progress if it is a current-format object, else undefined. */
export function readLight(storage: KeyValueStorage): LightProgress | undefined {
  try {
    const data: unknown = JSON.parse(storage.getItem(PROGRESS_KEY) ?? 'null');
    return isObject(data) && data.version === CURRENT_VERSION ? data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Records "read and confirmed version n of a section". Returns false (and writes nothing) when the
 * stored data is not in the current format: the caller then sends the reader to a page with the full store.
 */
export function confirmReadLight(storage: KeyValueStorage, sectionId: string, version: number, now = new Date()): boolean {
  const text = storage.getItem(PROGRESS_KEY);
  const data = text === null ? { version: CURRENT_VERSION } : readLight(storage);
  if (!data) return false;
  const reads = isObject(data.reads) ? data.reads : {};
  const at = now.toISOString();
  storage.setItem(PROGRESS_KEY, JSON.stringify({ ...data, reads: { ...reads, [sectionId]: { version, at } }, updatedAt: at }));
  return true;
}
