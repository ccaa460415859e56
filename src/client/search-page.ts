/** The /search/ page: the query and filters live in the URL (?q=&type=…), so a search can be shared. */
import { t } from '../lib/i18n';
import { cleanQuery } from '../lib/search/site-search';
import { preload, renderHit, search } from './search-engine';

const FILTERS = ['type', 'chapter', 'stage', 'role'] as const;

class SearchPage extends HTMLElement {
  private serial = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    // This page exists to search: start loading the engine at once, not on the first keystroke.
    preload();
    const form = this.querySelector('form')!;
    const input = form.elements.namedItem('q') as HTMLInputElement;
    const params = new URLSearchParams(location.search);
    input.value = cleanQuery(params.get('q') ?? '');
    for (const name of FILTERS) {
      const select = form.elements.namedItem(name) as HTMLSelectElement | null;
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
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const list = this.querySelector<HTMLOListElement>('[data-results]')!;
    const query = cleanQuery((form.elements.namedItem('q') as HTMLInputElement).value);
    const filters: Record<string, string> = {};
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    for (const name of FILTERS) {
      const value = (form.elements.namedItem(name) as HTMLSelectElement | null)?.value;
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
    } catch {
      if (mine === this.serial) status.textContent = t('search.error');
    }
  }
}

customElements.define('search-page', SearchPage);
