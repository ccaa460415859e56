/**
 * The browser's one way to the reader's progress (the store itself is src/lib/progress). Reading
 * pages stay tiny: `peekProgress` and `confirmRead` work without zod. Everything else opens the
 * validated store with `openProgress()`, loaded once per page in its own chunk; every element of
 * the page shares that session and hears of changes through `onProgressChange`.
 */
import { formatDate, shanghaiDay } from '../lib/date';
import { confirmReadLight, readLight, type LightProgress } from '../lib/progress/light';
import type { ProgressSession } from '../lib/progress/session';
import { localStore, notifyProgressChange as notify, REFUSED } from './local-store';

export type { ProgressSession } from '../lib/progress/session';
export type { LightProgress } from '../lib/progress/light';
export { onProgressChange } from './local-store';

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

/** The day a stored time (a confirmation's `at`) fell on in Shanghai, as pages write dates (2026 年 12 月 1 日); empty if unreadable. */
export function storedDay(at: unknown): string {
  const day = shanghaiDay(String(at));
  return day ? formatDate(day) : '';
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
