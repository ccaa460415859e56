/**
 * Records unanswered searches of /search/ in the reader's progress (rules: src/lib/unanswered-tracker.ts).
 * The search page announces each query whose results are on screen with a `search:answered` event;
 * this module watches that, the form (submitted, a filter changed, a query in the address), clicks
 * on result links and leaving the page, and writes with the store's light writer. The record stays
 * in this browser; it leaves only in an export file the reader makes.
 */
import { shanghaiDate } from '../lib/date';
import { recordUnansweredLight, withdrawUnansweredLight } from '../lib/progress/light';
import { PendingTrigger, SEARCH_ANSWERED_EVENT, UnansweredTracker, type SearchAnsweredDetail } from '../lib/unanswered-tracker';

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

const pending = new PendingTrigger();
pending.set(new URLSearchParams(location.search).get('q') ?? '', 'load');
const typed = (form: Element | null) => form?.querySelector<HTMLInputElement>('input[name="q"]')?.value ?? '';
const searchForm = (target: EventTarget | null) =>
  target instanceof Element && target.closest('search-page') ? target.closest('form') : null;
// Capturing: the form is seen before the search page's own handlers start the search.
document.addEventListener(
  'submit',
  (event) => {
    const form = searchForm(event.target);
    if (form) pending.set(typed(form), 'submit');
  },
  true,
);
document.addEventListener(
  'change',
  (event) => {
    const form = searchForm(event.target);
    if (form && event.target instanceof HTMLSelectElement) pending.set(typed(form), 'change');
  },
  true,
);

document.addEventListener(SEARCH_ANSWERED_EVENT, (event) => {
  const { query, total } = (event as CustomEvent<SearchAnsweredDetail>).detail;
  tracker.shown(query, total, pending.take(query));
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
