/** The /search/ page: the query and filters live in the URL (?q=&type=…), so a search can be shared. */
import type { SearchPageKey } from '../lib/islands/strings';
import { cleanQuery } from '../lib/search/site-search';
import { required, strings, type Text } from './dom';
import { preload, renderHit, search } from './search-engine';

const FILTERS = ['type', 'chapter', 'stage', 'role'] as const;

class SearchPage extends HTMLElement {
  private serial = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private t!: Text<SearchPageKey>;

  connectedCallback(): void {
    this.t = strings<SearchPageKey>(this);
    // This page exists to search: start loading the engine at once, not on the first keystroke.
    preload();
    const form = required(this, 'form', HTMLFormElement);
    const input = required(form, '[name="q"]', HTMLInputElement);
    const params = new URLSearchParams(location.search);
    input.value = cleanQuery(params.get('q') ?? '');
    for (const name of FILTERS) {
      const select = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
      const value = params.get(name);
      if (select && value && [...select.options].some((o) => o.value === value)) select.value = value;
    }
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.run(form);
    });
    form.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.run(form), 150);
    });
    form.addEventListener('change', () => void this.run(form));
    void this.run(form);
  }

  private async run(form: HTMLFormElement): Promise<void> {
    const mine = ++this.serial;
    const t = this.t;
    const status = required(this, '[data-status]');
    const list = required(this, '[data-results]');
    const query = cleanQuery(required(form, '[name="q"]', HTMLInputElement).value);
    const filters: Record<string, string> = {};
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    for (const name of FILTERS) {
      const value = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)?.value;
      if (value) {
        filters[name] = value;
        params.set(name, value);
      }
    }
    const search_ = params.toString();
    history.replaceState(null, '', search_ ? `?${search_}` : location.pathname);
    if (!query) {
      status.textContent = t('search.prompt');
      list.replaceChildren();
      return;
    }
    status.textContent = t('search.loading');
    try {
      const result = await search(query, filters);
      if (mine !== this.serial) return;
      const notes = [result.hits.length ? t('search.count', { n: result.total }) : t('search.empty', { q: query })];
      if (result.fallback) notes.push(t('search.fallback'));
      if (result.variants.length > 1) notes.push(t('search.widened', { words: result.variants.slice(1).join('、') }));
      status.textContent = notes.join(' ');
      list.replaceChildren(...result.hits.map((hit) => renderHit(hit, true)));
      this.dispatchEvent(new CustomEvent('search:answered', { bubbles: true, detail: { query, total: result.total } }));
    } catch {
      if (mine === this.serial) status.textContent = t('search.error');
    }
  }
}

customElements.define('search-page', SearchPage);
