/**
 * <tab-set>: tabs with the keyboard contract of the WAI-ARIA tabs pattern (as Starlight's
 * <starlight-tabs>). Only the selected tab is in the Tab order (roving tabindex); ArrowLeft and
 * ArrowRight move to the previous or next tab, wrapping, Home and End to the first and last, and
 * select it. A tab with `data-hash` is opened by that address fragment and sets it when chosen.
 * The shown panel receives a `tab-shown` event, so what it holds can refresh.
 */
import { all, required } from './dom';

export const TAB_SHOWN = 'tab-shown';

export class TabSet extends HTMLElement {
  private tabs: HTMLButtonElement[] = [];

  connectedCallback(): void {
    const list = required(this, ':scope > [role="tablist"]');
    this.tabs = all<HTMLButtonElement>(list, '[role="tab"]');
    list.addEventListener('click', (event) => {
      const tab = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('[role="tab"]') : null;
      if (tab) this.select(tab, { remember: true });
    });
    list.addEventListener('keydown', (event) => this.onKey(event));
    // A tab clicked while this script was still loading (a slow phone) has the focus: it is the
    // reader's latest choice, so it opens now instead of the click being lost.
    const clicked = this.tabs.find((tab) => tab === document.activeElement && tab.getAttribute('aria-selected') !== 'true');
    if (clicked) return this.select(clicked, { remember: true });
    const fromHash = this.tabs.find((tab) => tab.dataset.hash && `#${tab.dataset.hash}` === location.hash);
    this.select(fromHash ?? this.tabs.find((tab) => tab.getAttribute('aria-selected') === 'true') ?? this.tabs[0], { remember: false });
  }

  private onKey(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const current = this.tabs.findIndex((tab) => tab === document.activeElement);
    if (current < 0) return;
    const last = this.tabs.length - 1;
    const next = {
      ArrowLeft: current === 0 ? last : current - 1,
      ArrowRight: current === last ? 0 : current + 1,
      Home: 0,
      End: last,
    }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.select(this.tabs[next], { remember: true, focus: true });
  }

  /** Shows a tab's panel; `remember` puts the tab's fragment into the address. */
  select(tab: HTMLButtonElement | undefined, options: { remember: boolean; focus?: boolean }): void {
    if (!tab) return;
    for (const each of this.tabs) {
      const on = each === tab;
      each.setAttribute('aria-selected', String(on));
      each.tabIndex = on ? 0 : -1;
      required(this, `#${CSS.escape(each.getAttribute('aria-controls') ?? '')}`).hidden = !on;
    }
    if (options.focus) tab.focus();
    if (options.remember && this.tabs.some((each) => each.dataset.hash)) {
      const hash = tab.dataset.hash;
      history.replaceState(history.state, '', hash ? `#${hash}` : location.pathname + location.search);
    }
    required(this, `#${CSS.escape(tab.getAttribute('aria-controls') ?? '')}`).dispatchEvent(new CustomEvent(TAB_SHOWN));
  }
}

customElements.define('tab-set', TabSet);
