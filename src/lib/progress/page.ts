/**
 * The progress of the page being viewed, loaded once so that every element on the page sees the
 * same recovery report (the first load repairs the stored data; a second would see it clean).
 * Browser only; elements re-render on the `playbook:progress` event after any change.
 */
import { loadProgress, saveProgress, type LoadResult } from './store';
import type { Progress } from './schema';

export const PROGRESS_EVENT = 'playbook:progress';
let first: LoadResult | undefined;

/** The recovery reported by the first load on this page, if any. */
export function pageRecovery(): LoadResult['recovery'] {
  first ??= loadProgress(localStorage);
  return first.recovery;
}

/** The current progress (re-read each time, so other tabs' changes are seen). */
export function currentProgress(): Progress {
  if (!first) {
    first = loadProgress(localStorage);
    return first.progress;
  }
  return loadProgress(localStorage).progress;
}

/** Reads, changes, saves and tells the page's elements. */
export function changeProgress(change: (progress: Progress) => void): Progress {
  const progress = currentProgress();
  change(progress);
  saveProgress(localStorage, progress);
  window.dispatchEvent(new CustomEvent(PROGRESS_EVENT));
  return progress;
}

/** Replaces the progress (after an import or reset) and tells the page's elements. */
export function announceProgress(): void {
  window.dispatchEvent(new CustomEvent(PROGRESS_EVENT));
}
