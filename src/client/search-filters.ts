/**
 * 「清除筛选」 on /search/: shown once a filter is chosen (search.css), it puts every filter back to
 * 全部 and the search runs again, as a change of any filter does (search-page.ts listens for it).
 * A query that the filters left without a result is then one tap from its results.
 */
import { all, required } from './dom';

const button = document.querySelector<HTMLButtonElement>('[data-clear-filters]');
if (button) {
  const form = required(document, 'search-page form', HTMLFormElement);
  button.hidden = false;
  button.addEventListener('click', () => {
    const selects = all<HTMLSelectElement>(form, 'select');
    for (const select of selects) select.value = '';
    form.dispatchEvent(new Event('change', { bubbles: true }));
    // The button goes away with the filters: focus moves to the first filter, not to the query
    // (on a phone that would open the keyboard over the results).
    selects[0]?.focus();
  });
}
