/**
 * The script finder: as-you-type search with stage / channel / tier facets. The query is understood
 * by the same module as site search (fillers stripped, colloquial words, aliases and pinyin mapped
 * to the handbook's words); each term is looked up in the prebuilt lunr index (words, bigrams,
 * 常见问法, title pinyin), fetched shard by shard, and scripts are ranked by how many terms they
 * match. It re-orders and hides the server-rendered cards, so the full list reads without JS, and
 * works offline once the shards a query needs are loaded.
 */
import type { FinderKey } from '../lib/islands/strings';
import { escapeHtml } from '../lib/search/excerpt';
import { MAX_QUERY, pinyinLetters, searchedWords, understandQuery } from '../lib/search/query';
import { urls } from '../lib/urls';
import { all, required, strings, type Text } from './dom';
import { closeKeyboardOnSubmit } from './phone-keyboard';
import { whenIdle } from './idle';
import { loadCardText, loadDictionary, loadLexicon, loadPinyin, ShardedIndex } from './search-data';

const FACETS = ['stage', 'channel', 'tier'] as const;
/** Glossary terms listed under the results. */
const TERMS = 3;

const scripts = new ShardedIndex('scripts');
/**
 * An index up to this size (JSON bytes, about a third of that gzip) is fetched whole after the
 * first search, so the finder keeps working offline between visits; a larger one stays on demand.
 */
const OFFLINE_BYTES = 300_000;

class ScriptFinder extends HTMLElement {
  private serial = 0;
  private t!: Text<FinderKey>;

  connectedCallback(): void {
    this.t = strings<FinderKey>(this);
    const form = required(this, 'form', HTMLFormElement);
    form.hidden = false;
    form.addEventListener('submit', (event) => event.preventDefault());
    closeKeyboardOnSubmit(form);
    form.addEventListener('input', () => void this.update());
    form.addEventListener('reset', () => setTimeout(() => void this.update()));
    form.addEventListener(
      'focusin',
      () => {
        void loadLexicon();
        void scripts.prepare();
      },
      { once: true },
    );
    const q = new URLSearchParams(location.search).get('q');
    if (q) {
      required(form, '[name="q"]', HTMLInputElement).value = q.slice(0, MAX_QUERY);
      void this.update();
    }
  }

  /** Scripts ranked by the terms they match: each term counts its best word, typed or mapped. */
  private async rank(query: string): Promise<{ refs: string[]; words: string[] }> {
    const lexicon = await loadLexicon();
    const [pinyin, dictionary] = await Promise.all([loadPinyin(pinyinLetters(query, lexicon)), loadDictionary()]);
    const understood = understandQuery(query, lexicon, pinyin);
    // Terms, plus Latin input that is not (yet) a whole pinyin key: "baoj" matches title pinyin as a prefix.
    const groups = [
      ...understood.terms.map((term) => term.words),
      ...understood.unknown.map((word) => [{ word, via: 'typed' as const, weight: 1 }]),
    ];
    const words = groups.flat().map((w) => w.word);
    const hits = await scripts.search(words, dictionary);
    const score = new Map<string, number>();
    let i = 0;
    for (const group of groups) {
      const best = new Map<string, number>();
      for (const { weight } of group) {
        for (const hit of hits[i++]!) {
          const value = hit.score * weight;
          if ((best.get(hit.ref) ?? 0) < value) best.set(hit.ref, value);
        }
      }
      for (const [ref, value] of best) score.set(ref, (score.get(ref) ?? 0) + value);
    }
    return { refs: [...score].sort((a, b) => b[1] - a[1]).map(([ref]) => ref), words: searchedWords(understood) };
  }

  private async update(): Promise<void> {
    const mine = ++this.serial;
    const t = this.t;
    const form = required(this, 'form', HTMLFormElement);
    const query = required(form, '[name="q"]', HTMLInputElement).value.trim().slice(0, MAX_QUERY);
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
    let ranked: { refs: string[]; words: string[] };
    try {
      ranked = await this.rank(query);
    } catch {
      if (mine === this.serial) status.textContent = t('search.error');
      return;
    }
    if (mine !== this.serial) return;
    const byId = new Map(cards.map((card) => [card.dataset.script ?? '', card]));
    const hits = ranked.refs.flatMap((ref) => {
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
    if (hits.length) status.textContent = t('finder.count', { n: hits.length });
    else if (Object.values(facets).some(Boolean)) status.textContent = t('finder.none');
    else {
      // Not a script: the rest of the handbook may answer it, one tap away.
      const link = document.createElement('a');
      link.href = urls.search(query);
      link.textContent = t('finder.searchAll', { q: query });
      status.replaceChildren(t('finder.noneQuery'), link);
    }
    if (!this.dataset.offline) {
      this.dataset.offline = 'pending';
      const prefetch = () => {
        scripts
          .prefetch(OFFLINE_BYTES)
          .then((whole) => (this.dataset.offline = whole ? 'ready' : 'partial'))
          .catch(() => delete this.dataset.offline);
      };
      whenIdle(prefetch);
    }
    // Glossary terms holding a searched word (报价 → 报价单, 报价记录), shortest first.
    const glossary = (await loadLexicon()).glossary;
    const related = Object.keys(glossary)
      .filter((term) => ranked.words.some((word) => word.length > 1 && term.includes(word)))
      .sort((a, b) => a.length - b.length || a.localeCompare(b))
      .slice(0, TERMS);
    const texts = related.length ? await loadCardText(related) : {};
    if (mine !== this.serial) return;
    terms.hidden = related.length === 0;
    terms.innerHTML =
      `<h2>${escapeHtml(t('finder.terms'))}</h2><ul>` +
      related
        .map((key) => {
          const [term] = glossary[key]!;
          const definition = texts[key]?.[0] ?? '';
          return `<li><a href="${escapeHtml(urls.glossary(term))}">${escapeHtml(term)}</a> ${escapeHtml(definition.slice(0, 80))}</li>`;
        })
        .join('') +
      '</ul>';
  }
}

customElements.define('script-finder', ScriptFinder);
