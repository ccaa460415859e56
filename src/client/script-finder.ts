/**
 * The script finder: as-you-type search over the prebuilt lunr index (words, bigrams, pinyin)
 * with stage / channel / tier facets. It re-orders and hides the server-rendered cards, so the
 * full list reads without JS, and works offline once the index is loaded.
 */
import type { FinderKey } from '../lib/islands/strings';
import { escapeHtml } from '../lib/search/excerpt';
import type { Lexicon } from '../lib/search/indexes';
import { load, searchIndex, type CompactIndex, type Hit } from '../lib/search/lunr-index';
import { widenQuery } from '../lib/search/synonyms';
import { Dictionary } from '../lib/search/tokenize';
import { urls } from '../lib/urls';
import { all, required, strings, type Text } from './dom';

interface Loaded {
  scripts: ReturnType<typeof load>;
  glossary: ReturnType<typeof load>;
  definitions: Record<string, string>;
  lexicon: Lexicon;
  dictionary: Dictionary;
}

const FACETS = ['stage', 'channel', 'tier'] as const;

/** Best score per ref across the query and its synonym variants. */
function searchAll(index: Loaded['scripts'], variants: string[], dictionary: Dictionary): Hit[] {
  const best = new Map<string, number>();
  variants.forEach((variant, i) => {
    for (const hit of searchIndex(index, variant, dictionary)) {
      const score = hit.score * (i === 0 ? 1 : 0.9);
      if ((best.get(hit.ref) ?? 0) < score) best.set(hit.ref, score);
    }
  });
  return [...best].map(([ref, score]) => ({ ref, score })).sort((a, b) => b.score - a.score);
}

class ScriptFinder extends HTMLElement {
  private data: Promise<Loaded> | undefined;
  private serial = 0;
  private t!: Text<FinderKey>;

  connectedCallback(): void {
    this.t = strings<FinderKey>(this);
    const form = required(this, 'form', HTMLFormElement);
    form.hidden = false;
    form.addEventListener('submit', (event) => event.preventDefault());
    form.addEventListener('input', () => void this.update());
    form.addEventListener('reset', () => setTimeout(() => void this.update()));
    form.addEventListener('focusin', () => void this.load(), { once: true });
    const q = new URLSearchParams(location.search).get('q');
    if (q) {
      required(form, '[name="q"]', HTMLInputElement).value = q.slice(0, 100);
      void this.update();
    }
  }

  private load(): Promise<Loaded> {
    const get = <T>(file: 'scripts' | 'glossary' | 'lexicon') =>
      fetch(urls.searchData(file)).then((r) => {
        if (!r.ok) throw new Error(`${r.url}: ${r.status}`);
        return r.json() as Promise<T>;
      });
    this.data ??= Promise.all([
      get<CompactIndex>('scripts'),
      get<{ index: CompactIndex; definitions: Record<string, string> }>('glossary'),
      get<Lexicon>('lexicon'),
    ]).then(([scripts, glossary, lexicon]) => ({
      scripts: load(scripts),
      glossary: load(glossary.index),
      definitions: glossary.definitions,
      lexicon,
      dictionary: new Dictionary(lexicon.terms),
    }));
    // A failed fetch (the connection dropped) is tried again on the next keystroke.
    this.data.catch(() => (this.data = undefined));
    return this.data;
  }

  private async update(): Promise<void> {
    const mine = ++this.serial;
    const t = this.t;
    const form = required(this, 'form', HTMLFormElement);
    const query = required(form, '[name="q"]', HTMLInputElement).value.trim().slice(0, 100);
    const facets = Object.fromEntries(FACETS.map((name) => [name, required(form, `[name="${name}"]`, HTMLSelectElement).value]));
    const cards = all(this, '[data-script]');
    const fits = (card: HTMLElement) => FACETS.every((name) => !facets[name] || card.dataset[name] === facets[name]);
    const status = required(this, '[data-status]');
    const results = required(this, '[data-results]');
    const terms = required(this, '[data-terms]');
    const sections = all(this, '[data-stage-group]');

    if (!query) {
      results.hidden = true;
      terms.hidden = true;
      for (const card of cards) card.hidden = !fits(card);
      for (const section of sections) section.hidden = !section.querySelector('[data-script]:not([hidden])');
      const shown = cards.filter((card) => !card.hidden).length;
      status.textContent = Object.values(facets).some(Boolean) ? t('finder.count', { n: shown }) : '';
      return;
    }
    let data: Loaded;
    try {
      data = await this.load();
    } catch {
      if (mine === this.serial) status.textContent = t('search.error');
      return;
    }
    if (mine !== this.serial) return;
    const variants = widenQuery(query, data.lexicon.synonyms);
    const byId = new Map(cards.map((card) => [card.dataset.script ?? '', card]));
    const hits = searchAll(data.scripts, variants, data.dictionary).flatMap(({ ref }) => {
      const card = byId.get(ref);
      return card && fits(card) ? [card] : [];
    });
    results.replaceChildren(
      ...hits.map((card) => {
        const copy = card.cloneNode(true) as HTMLElement;
        copy.hidden = false;
        copy.removeAttribute('data-script');
        return copy;
      }),
    );
    results.hidden = false;
    for (const section of sections) section.hidden = true;
    status.textContent = hits.length ? t('finder.count', { n: hits.length }) : t('finder.none');
    const glossaryHits = searchAll(data.glossary, variants, data.dictionary).slice(0, 3);
    terms.hidden = glossaryHits.length === 0;
    terms.innerHTML =
      `<h2>${escapeHtml(t('finder.terms'))}</h2><ul>` +
      glossaryHits
        .map(
          ({ ref }) =>
            `<li><a href="${escapeHtml(urls.glossary(ref))}">${escapeHtml(ref)}</a> ${escapeHtml(data.definitions[ref] ?? '')}</li>`,
        )
        .join('') +
      '</ul>';
  }
}

customElements.define('script-finder', ScriptFinder);
