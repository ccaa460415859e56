/**
 * The header search box as an ARIA 1.2 combobox over its results panel (the list pattern with
 * aria-activedescendant): ↓ / ↑ move through the results while focus stays in the box, Enter opens
 * the highlighted one, Escape closes the panel, and so does Tab on past the box; the result count
 * is read out by a live region. It watches what search-box.ts puts in the panel, so the search code
 * only hands over the input and panel.
 */
import { all } from './dom';

export function searchCombobox(input: HTMLInputElement, panel: HTMLElement): void {
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', panel.id);
  const live = Object.assign(document.createElement('p'), { className: 'visually-hidden' });
  live.setAttribute('role', 'status');
  panel.before(live);
  let active = -1;

  const options = () => all(panel, '[role="option"]');
  const setActive = (index: number) => {
    const list = options();
    // -1: none highlighted (typing); otherwise wrap around the ends.
    active = index < 0 || !list.length ? -1 : index % list.length;
    list.forEach((option, i) => {
      option.setAttribute('aria-selected', String(i === active));
      option.classList.toggle('is-active', i === active);
    });
    const current = list[active];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  // Each time the panel is filled: the hits become options, the count goes to the live region.
  const refresh = () => {
    const list = panel.querySelector('ol.hits');
    list?.setAttribute('role', 'listbox');
    list?.setAttribute('aria-label', input.getAttribute('aria-label') ?? input.labels?.[0]?.textContent ?? '');
    all(panel, 'ol.hits > li').forEach((item, i) => {
      item.setAttribute('role', 'option');
      item.id = `${panel.id}-option-${i}`;
      // The option is chosen from the box (Enter) or by a click; its link is not a Tab stop of its own.
      item.querySelectorAll('a').forEach((link) => (link.tabIndex = -1));
    });
    input.setAttribute('aria-expanded', String(!panel.hidden));
    setActive(-1);
    const status = panel.querySelector('.search-panel__status')?.textContent ?? '';
    if (!panel.hidden && live.textContent !== status) live.textContent = status;
  };
  new MutationObserver(refresh).observe(panel, { childList: true, attributes: true, attributeFilter: ['hidden'] });

  // Focus moving on to the page (Tab, or a tap on another control) closes the panel, which would
  // cover what the rep moved to. A tap on the panel's text or on nothing focusable keeps it open.
  input.form?.addEventListener('focusout', (event) => {
    const to = event.relatedTarget;
    if (to instanceof Node && !input.form?.contains(to)) panel.hidden = true;
  });

  input.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
    const count = options().length;
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && count && !panel.hidden) {
      event.preventDefault();
      setActive(event.key === 'ArrowDown' ? active + 1 : active <= 0 ? count - 1 : active - 1);
    } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && count && panel.hidden) {
      event.preventDefault();
      panel.hidden = false;
    } else if (event.key === 'Enter' && active >= 0) {
      const link = options()[active]?.querySelector('a');
      if (!link) return;
      event.preventDefault();
      link.click();
    }
  });
}
