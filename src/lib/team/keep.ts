/**
 * Keeping the loaded team in the manager's own browser, only when they ask: one localStorage key,
 * apart from their own progress, holding the files as export text (so they are validated again
 * like a freshly chosen file when read back). Nothing is sent anywhere.
 */
import type { KeyValueStorage } from '../progress/store-types';
import { EXPORT_APP } from '../progress/transfer';
import { addFiles, type TeamFile, type TeamFiles } from './files';

export const TEAM_KEY = 'playbook.team';

interface Kept {
  savedAt: string;
  files: { name: string; text: string }[];
}

/** Saves the files; false when the browser refuses (storage full or not allowed). */
export function keepTeam(storage: KeyValueStorage, files: readonly TeamFile[], now = new Date()): boolean {
  const kept: Kept = {
    savedAt: now.toISOString(),
    files: files.map((file) => ({
      name: file.name,
      text: JSON.stringify({ app: EXPORT_APP, ...(file.exportedAt ? { exportedAt: file.exportedAt } : {}), progress: file.progress }),
    })),
  };
  try {
    storage.setItem(TEAM_KEY, JSON.stringify(kept));
    return true;
  } catch {
    return false;
  }
}

/** The kept files, read again like chosen files; undefined when nothing (readable) is kept. */
export function keptTeam(storage: KeyValueStorage): (TeamFiles & { savedAt: string }) | undefined {
  let kept: Partial<Kept> | null;
  try {
    kept = JSON.parse(storage.getItem(TEAM_KEY) ?? 'null') as Partial<Kept> | null;
  } catch {
    return undefined;
  }
  if (!kept || typeof kept !== 'object' || !Array.isArray(kept.files) || typeof kept.savedAt !== 'string') return undefined;
  const chosen = kept.files.filter((f) => f && typeof f.name === 'string' && typeof f.text === 'string');
  return { ...addFiles({ files: [], refused: [] }, chosen), savedAt: kept.savedAt };
}

export function forgetTeam(storage: KeyValueStorage): void {
  try {
    storage.removeItem(TEAM_KEY);
  } catch {
    // Nothing was kept if storage is refused.
  }
}
