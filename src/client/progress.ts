/**
 * The browser's one way to the reader's progress (the store itself is src/lib/progress). Reading
 * pages stay tiny: `peekProgress` and `confirmRead` work without zod. Everything else opens the
 * validated store with `openProgress()`, loaded once per page in its own chunk; every element of
 * the page shares that session and hears of changes through `onProgressChange`.
 */
import { confirmReadLight, readLight, type LightProgress } from '../lib/progress/light';
import type { ProgressSession } from '../lib/progress/session';
import type { KeyValueStorage } from '../lib/progress/store-types';

export type { ProgressSession } from '../lib/progress/session';
export type { LightProgress } from '../lib/progress/light';

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
function localStore(): { store: KeyValueStorage; refused: boolean } {
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

const notify = () => window.dispatchEvent(new CustomEvent(CHANGED));

/** The stored progress read without zod: undefined when there is none or it is not in the current format. */
export function peekProgress(): LightProgress | undefined {
  return readLight(localStore().store);
}

/**
 * Records that the reader confirmed reading version `version` of a section. False when the stored
 * data must first be repaired by the full store (on a page that opens it, such as /training/).
 */
export function confirmRead(sectionId: string, version: number): boolean {
  const done = confirmReadLight(localStore().store, sectionId, version);
  if (done) notify();
  return done;
}

let session: Promise<ProgressSession> | undefined;

/** The page's progress session: loads (and if need be repairs) the stored progress once. */
export function openProgress(): Promise<ProgressSession> {
  session ??= import('../lib/progress/session').then(({ openSession }) => {
    const { store, refused } = localStore();
    return openSession(store, notify, refused ? REFUSED : undefined);
  });
  return session;
}

/** Calls `listener` after every change made on this page (a grade, a tick, an import, a reset). */
export function onProgressChange(listener: () => void): void {
  window.addEventListener(CHANGED, listener);
}
