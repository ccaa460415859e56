/**
 * What the search page's own controls do to focus and filters, over the markup search-page.ts
 * fills (it keeps the query, the ranking and the results; this module only the rep's next step):
 * - 「清除筛选」, shown once a filter is chosen (search.css), puts every filter back to 全部 and the
 *   search runs again, as a change of any filter does. A query the filters left without a result is
 *   then one tap from its results.
 * - 「显示更多结果」 adds the next results above itself: focus moves to the first of them, so a
 *   keyboard or screen-reader user reads on from there, and is not dropped on <body> when the
 *   button goes away with the last results.
 */
import { all, required } from './dom';

const page = document.querySelector('search-page');
if (page) {
  const form = required(page, 'form', HTMLFormElement);
  const clear = required(page, '[data-clear-filters]', HTMLButtonElement);
  const more = required(page, '[data-more]', HTMLButtonElement);
  const list = required(page, '[data-results]');

  clear.hidden = false;
  clear.addEventListener('click', () => {
    const selects = all<HTMLSelectElement>(form, 'select');
    for (const select of selects) select.value = '';
    form.dispatchEvent(new Event('change', { bubbles: true }));
    // The button goes away with the filters: focus moves to the first filter, not to the query
    // (on a phone that would open the keyboard over the results).
    selects[0]?.focus();
  });

  let waiting: MutationObserver | undefined;
  const stopWaiting = () => {
    waiting?.disconnect();
    waiting = undefined;
  };
  more.addEventListener('click', () => {
    stopWaiting();
    const first = list.children.length;
    const observer = new MutationObserver(() => {
      const link = list.children[first]?.querySelector('a');
      if (!link) return;
      stopWaiting();
      link.focus();
    });
    waiting = observer;
    observer.observe(list, { childList: true });
  });
  // A new query replaces the list: its results are not the ones asked for.
  form.addEventListener('input', stopWaiting);
  form.addEventListener('change', stopWaiting);
  form.addEventListener('submit', stopWaiting);
}
