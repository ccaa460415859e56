/**
 * Where the reader's progress lives in this browser (local storage, or a stand-in for this visit
 * when the browser refuses it) and how a page hears that it changed. Apart from progress.ts so that
 * a section page can see that nothing is stored yet (a first visit) without downloading the
 * progress code (src/client/read-confirm.ts).
 */
import { PROGRESS_KEY } from '../lib/progress/keys';
import type { KeyValueStorage } from '../lib/progress/store-types';

const CHANGED = 'playbook:progress';
/** What the reader is told when the browser refuses local storage. */
export const REFUSED = '浏览器不允许读取本地存储，本次进度不会保存。';
const PROBE = 'playbook:probe';

/** A stand-in for this visit when the browser refuses local storage (private mode, policy). */
class VisitStorage implements KeyValueStorage {
  private items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

let storage: { store: KeyValueStorage; refused: boolean } | undefined;
export function localStore(): { store: KeyValueStorage; refused: boolean } {
  if (!storage) {
    try {
      const store = window.localStorage;
      // Reading may be allowed where writing is not (a full or zero quota): try both.
      store.setItem(PROBE, '1');
      store.removeItem(PROBE);
      storage = { store, refused: false };
    } catch {
      storage = { store: new VisitStorage(), refused: true };
    }
  }
  return storage;
}

/** Whether progress lives only as long as this visit (the browser refuses local storage). */
export const storageRefused = (): boolean => localStore().refused;

/** Whether no progress at all is stored (nothing confirmed, practised or recorded in this browser). */
export const nothingStored = (): boolean => localStore().store.getItem(PROGRESS_KEY) === null;

/** Tells the page's elements that the stored progress changed. */
export const notifyProgressChange = (): void => void window.dispatchEvent(new CustomEvent(CHANGED));

/** Calls `listener` after every change made on this page (a grade, a tick, an import, a reset). */
export function onProgressChange(listener: () => void): void {
  window.addEventListener(CHANGED, listener);
}
