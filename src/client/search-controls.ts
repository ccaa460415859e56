/**
 * What the search page's own controls do to focus and filters, over the markup search-page.ts
 * fills (it keeps the query, the ranking and the results; this module only the rep's next step):
 * - 「清除筛选」, shown once a filter is chosen (search.css), puts every filter back to 全部 and the
 *   search runs again, as a change of any filter does. A query the filters left without a result is
 *   then one tap from its results.
 * - 「显示更多结果」 adds the next results above itself: focus moves to the first of them, so a
 *   keyboard or screen-reader user reads on from there, and is not dropped on <body> when the
 *   button goes away with the last results.
 * - On a touch screen, 「搜索」 on the keyboard (submitting the form) closes the keyboard, which
 *   would otherwise cover half the results it asked for; with a mouse and keys focus stays.
 * - 「/」 goes to the page's own search box: the header's is not shown here (search.css), one box
 *   is enough on a phone.
 * - Back from a result: the page loads again (when the browser kept no copy of it) and searches
 *   again, which showed the first 5 results at the top of the page. The results shown and the
 *   scroll position are kept for this tab when the rep leaves, and brought back on the way back.
 */
import { all, required } from './dom';
import { closeKeyboardOnSubmit } from './phone-keyboard';

const PLACE_KEY = 'search-page:place';
/** Bringing the place back gives up after this long (a slow connection): the results stay as they are. */
const RESTORE_MS = 8000;

const page = document.querySelector('search-page');
if (page) {
  const form = required(page, 'form', HTMLFormElement);
  const clear = required(page, '[data-clear-filters]', HTMLButtonElement);
  const more = required(page, '[data-more]', HTMLButtonElement);
  const list = required(page, '[data-results]');

  // Before the header box's own shortcut (site-search.ts), which would focus the hidden header box.
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.target instanceof Element && event.target.closest('input, textarea, select, [contenteditable]')) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      required(form, '[name="q"]', HTMLInputElement).focus();
    },
    true,
  );

  closeKeyboardOnSubmit(form);

  clear.hidden = false;
  clear.addEventListener('click', () => {
    const selects = all<HTMLSelectElement>(form, 'select');
    for (const select of selects) select.value = '';
    form.dispatchEvent(new Event('change', { bubbles: true }));
    // The button goes away with the filters: focus moves to the first filter, not to the query
    // (on a phone that would open the keyboard over the results).
    selects[0]?.focus();
  });

  let restoring = false;
  let waiting: MutationObserver | undefined;
  const stopWaiting = () => {
    waiting?.disconnect();
    waiting = undefined;
  };
  // Results the rep had in front of them on reaching the button: the page adds the next few as
  // soon as the rep reads on (focus or pointer on the button, a scroll), so by the time the button
  // is pressed some new ones may already be above it; focus goes to the first of those.
  let seen: number | undefined;
  const reached = () => (seen ??= list.children.length);
  const left = () => (seen = undefined);
  more.addEventListener('focus', reached);
  more.addEventListener('pointerenter', reached);
  more.addEventListener('blur', left);
  more.addEventListener('pointerleave', left);
  more.addEventListener('click', (event) => {
    // A click of a mouse or a finger (detail > 0) moves focus without scrolling: that reader is
    // looking at the list already; from the keyboard the new result is scrolled into view.
    const preventScroll = event.detail > 0;
    stopWaiting();
    const first = Math.min(reached(), list.children.length);
    seen = undefined;
    const focusFirst = () => {
      const link = list.children[first]?.querySelector('a');
      if (!link) return false;
      stopWaiting();
      if (!restoring) link.focus({ preventScroll });
      return true;
    };
    if (focusFirst()) return;
    const observer = new MutationObserver(focusFirst);
    waiting = observer;
    observer.observe(list, { childList: true });
  });
  // A new query replaces the list: its results are not the ones asked for.
  const newQuery = () => {
    stopWaiting();
    seen = undefined;
  };
  form.addEventListener('input', newQuery);
  form.addEventListener('change', newQuery);
  form.addEventListener('submit', newQuery);

  history.scrollRestoration = 'manual';
  window.addEventListener('pagehide', () => {
    const place: Place = { search: location.search, shown: list.children.length, y: Math.round(window.scrollY) };
    try {
      sessionStorage.setItem(PLACE_KEY, JSON.stringify(place));
    } catch {
      // Storage refused: the way back starts at the top, as without this.
    }
  });
  const place = savedPlace();
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  if (place?.search === location.search && navigation?.type === 'back_forward') {
    restoring = true;
    const started = Date.now();
    let asked = -1;
    const step = () => {
      if (!restoring || Date.now() - started > RESTORE_MS) return void (restoring = false);
      // Results are painted and not about to change (search-page.ts marks refining and loading).
      const settled = list.children.length > 0 && !page.hasAttribute('data-refining') && list.getAttribute('aria-busy') !== 'true';
      if (settled && (list.children.length >= place.shown || more.hidden)) {
        restoring = false;
        window.scrollTo(0, place.y);
        return;
      }
      // One more page at a time, once the last one has arrived.
      if (settled && list.children.length !== asked) {
        asked = list.children.length;
        more.click();
      }
      setTimeout(step, 50);
    };
    // The rep typing a new query has moved on.
    form.addEventListener('input', () => (restoring = false), { once: true });
    step();
  }
}

/** Where the rep was on the results when leaving: the address's query, results shown, scroll. */
interface Place {
  search: string;
  shown: number;
  y: number;
}

function savedPlace(): Place | undefined {
  try {
    const place = JSON.parse(sessionStorage.getItem(PLACE_KEY) ?? 'null') as Partial<Place> | null;
    return typeof place?.search === 'string' && typeof place.shown === 'number' && typeof place.y === 'number'
      ? (place as Place)
      : undefined;
  } catch {
    return undefined;
  }
}
