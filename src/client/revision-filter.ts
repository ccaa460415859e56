/**
 * <revision-filter>: filters the server-rendered page of the revision log by type, chapter and role,
 * and shows first publications (首次发布) only when asked, remembered in the address
 * (?kind=&chapter=&role=&first=1) and carried to the links to other months and pages; without
 * JavaScript the whole page shows. An address from before the log was paged by month
 * (/changes/#m-2026-10) is sent on to that month's page.
 */
import type { RevisionFilterKey } from '../lib/islands/strings';
import { all, required, strings, type Text } from './dom';

class RevisionFilter extends HTMLElement {
  private text!: Text<RevisionFilterKey>;

  connectedCallback(): void {
    if (this.toMonthPage()) return;
    window.addEventListener('hashchange', () => this.toMonthPage());
    const form = this.querySelector('form');
    if (!form) return;
    this.text = strings<RevisionFilterKey>(this);
    const params = new URLSearchParams(location.search);
    for (const select of all<HTMLSelectElement>(form, 'select')) select.value = params.get(select.name) ?? '';
    required(form, 'input[name="first"]', HTMLInputElement).checked = params.get('first') === '1';
    form.hidden = false;
    form.addEventListener('change', () => this.apply(form, true));
    this.apply(form, false);
  }

  private apply(form: HTMLFormElement, remember: boolean): void {
    const value = (name: string) => required(form, `select[name="${name}"]`, HTMLSelectElement).value;
    const [kind, chapter, role] = [value('kind'), value('chapter'), value('role')];
    const first = required(form, 'input[name="first"]', HTMLInputElement).checked ? '1' : '';
    let shown = 0;
    for (const item of all(this, 'li[data-kind]')) {
      const roles = item.dataset.roles ?? '*';
      const match =
        (first || item.dataset.first === undefined) &&
        (!kind || item.dataset.kind === kind) &&
        (!chapter || item.dataset.chapter === chapter) &&
        (!role || roles === '*' || roles.split(' ').includes(role));
      item.hidden = !match;
      if (match) shown++;
    }
    for (const month of all(this, '[data-month]')) month.hidden = !month.querySelector('li:not([hidden])');
    required(form, 'output', HTMLOutputElement).textContent = shown
      ? this.text('publishing.changes.filter.count', { n: shown })
      : this.text('publishing.changes.filter.none');
    const query = new URLSearchParams(Object.entries({ kind, chapter, role, first }).filter(([, v]) => v)).toString();
    for (const link of all<HTMLAnchorElement>(this, 'a[data-keep-filter]')) link.search = query;
    if (remember) history.replaceState(null, '', query ? `?${query}` : location.pathname);
  }

  /** `#m-2026-10` naming a month this page does not show: goes to that month's page (true) if there is one. */
  private toMonthPage(): boolean {
    const month = /^#m-(\d{4}-\d{2})$/.exec(location.hash)?.[1];
    if (!month || document.getElementById(`m-${month}`)) return false;
    const link = this.querySelector<HTMLAnchorElement>(`a[data-month-link="${month}"]`);
    if (!link) return false;
    location.replace(`${link.pathname}${location.search}${location.hash}`);
    return true;
  }
}

customElements.define('revision-filter', RevisionFilter);
