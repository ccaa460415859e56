/**
 * Records unanswered searches of /search/ in the reader's progress (rules: src/lib/unanswered-tracker.ts).
 * The search page announces each query whose results are on screen with a `playbook:search-results`
 * event; this module watches that, clicks on result links and leaving the page, and writes with the
 * store's light writer. The record stays in this browser; it leaves only in an export file the reader makes.
 */
import { shanghaiDate } from '../lib/date';
import { recordUnansweredLight, withdrawUnansweredLight } from '../lib/progress/light';
import { SEARCH_RESULTS_EVENT, UnansweredTracker, type SearchResultsDetail } from '../lib/unanswered-tracker';

function write(action: (storage: Storage) => void): void {
  try {
    action(window.localStorage);
  } catch {
    // Storage refused (private mode, policy): nothing is recorded, the search goes on working.
  }
}

const tracker = new UnansweredTracker({
  record: (query, results) => write((storage) => recordUnansweredLight(storage, query, results, shanghaiDate(new Date()))),
  withdraw: (query) => write((storage) => withdrawUnansweredLight(storage, query)),
  now: () => Date.now(),
});

document.addEventListener(SEARCH_RESULTS_EVENT, (event) => {
  const { query, results, trigger } = (event as CustomEvent<SearchResultsDetail>).detail;
  tracker.shown(query, results, trigger);
});
const opened = (event: Event) => {
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (link?.closest('search-page') && !link.closest('form')) tracker.opened();
};
document.addEventListener('click', opened);
document.addEventListener('auxclick', opened);
window.addEventListener('pagehide', () => tracker.left());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') tracker.left();
});
