/**
 * The /search/ page: the query and filters live in the URL (?q=&type=…), so a search can be shared.
 * Every result is reachable: the first 5 are shown as soon as their fragments arrive, the next 5
 * are fetched once the rep scrolls on (or points at the button), and "显示更多结果" loads 10 at a
 * time. A query that is answered in the first 5 fetches nothing more. The count is the number of
 * results. A query of one word that the quick answers rank exactly as Pagefind would (quickFirst)
 * shows its first 5 and its count at once, before Pagefind has loaded; Pagefind's answer then fills
 * in whole excerpts, matching headings and the rest, keeping those 5 where they are.
 * Glossary terms the query names are shown as definition cards above the results.
 */
import type { SearchPageKey } from '../lib/islands/strings';
import { readySegmenter } from '../lib/search/query';
import { cleanQuery, loadHits, type RankedResult, type SiteHit, type SiteSearchResult } from '../lib/search/site-search';
import { required, strings, type Text } from './dom';
import { whenIdle } from './idle';
import { mayBeQuick, preload, quickFirst, renderHit, search, type QuickFirst } from './search-engine';
import { renderCard, statusText } from './search-render';

const FILTERS = ['type', 'chapter', 'stage', 'role'] as const;
/** Results shown at once, when the rep scrolls on, and per "load more". */
const FIRST = 5;
const SECOND = 10;
const MORE = 10;
/** The address parameter that searches a query as typed, with no correction. */
const TYPED = 'typed';
/** Below this share of the query held by the best result, the page says the results hold only part of it. */
const PARTIAL_SHARE = 0.5;
/** After a quick answer is painted, Pagefind is asked this much later: a rep typing on asks nothing. */
const AFTER_QUICK_MS = 50;

class SearchPage extends HTMLElement {
  private serial = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private result: SiteSearchResult | undefined;
  /** Results of the current query shown, and how many there are while only a quick answer is known. */
  private shown = 0;
  private total = 0;
  /** Resolves once Pagefind's answer to the current query is shown (or has failed). */
  private pending: Promise<void> | undefined;
  /** Listeners waiting for the rep to read on past the first results of the current query. */
  private reading: AbortController | undefined;
  private t!: Text<SearchPageKey>;
  /** Search the query exactly as typed, with no correction (?typed=1: the rep chose 「仍然搜索…」); until it is edited. */
  private asTyped = false;

  connectedCallback(): void {
    this.t = strings<SearchPageKey>(this);
    const form = required(this, 'form', HTMLFormElement);
    const input = required(form, '[name="q"]', HTMLInputElement);
    const params = new URLSearchParams(location.search);
    input.value = cleanQuery(params.get('q') ?? '');
    this.asTyped = params.get('typed') === '1';
    input.addEventListener('input', () => (this.asTyped = false));
    for (const name of FILTERS) {
      const select = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
      const value = params.get(name);
      if (select && value && [...select.options].some((o) => o.value === value)) select.value = value;
    }
    // Load the engine when there is something to search, or as soon as the rep turns to the box:
    // opening the page loads nothing a rep may not use.
    if (input.value) preload();
    else input.addEventListener('focus', preload, { once: true });
    // The word segmenter's first use loads its dictionary (10–30 ms of CPU): done while the page
    // idles, it is not on the path of the first query. It costs no download.
    whenIdle(readySegmenter, 1000);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.run(form);
    });
    form.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.run(form), 150);
    });
    form.addEventListener('change', () => void this.run(form));
    this.querySelector('[data-more]')?.addEventListener('click', () => void this.show(this.shown + MORE));
    void this.run(form);
  }

  private async run(form: HTMLFormElement): Promise<void> {
    const mine = ++this.serial;
    this.reading?.abort();
    delete this.dataset.refining;
    const t = this.t;
    const status = required(this, '[data-status]');
    const list = required(this, '[data-results]');
    const cards = required(this, '[data-cards]');
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
    const asTyped = this.asTyped;
    if (asTyped && query) params.set(TYPED, '1');
    const search_ = params.toString();
    // The address shows the query (to share or reload it), updated once the search's files are
    // asked for: Chromium takes a few ms to replace it, which a first query would wait for.
    const showInAddress = () => history.replaceState(null, '', search_ ? `?${search_}` : location.pathname);
    this.showCorrection(undefined, params);
    if (!query) {
      showInAddress();
      status.textContent = t('search.prompt');
      this.clearResults();
      return;
    }
    status.textContent = t('search.loading');
    this.result = undefined;
    delete this.dataset.quick;
    let answered!: () => void;
    this.pending = new Promise<void>((resolve) => (answered = resolve));
    try {
      // Pagefind is loaded at once. A query that may have a quick answer asks Pagefind only once
      // that is known: when it is painted, a moment later (not at all when the rep typed on).
      // The quick answer's files are asked for first: a browser fetches only a few files at a time.
      const unfiltered = Object.keys(filters).length === 0;
      const quickAnswer = unfiltered ? quickFirst(query).catch(() => undefined) : undefined;
      const full = unfiltered && mayBeQuick(query) ? undefined : search(query, filters, { typed: asTyped });
      full?.catch(() => undefined);
      preload();
      setTimeout(readySegmenter, 0);
      showInAddress();
      const quick = await quickAnswer;
      if (mine !== this.serial) return;
      if (quick) {
        this.paintQuick(query, quick);
        performance.mark('search:quick-painted');
        await new Promise((resolve) => setTimeout(resolve, AFTER_QUICK_MS));
        if (mine !== this.serial) return;
      }
      const result = await (full ?? search(query, filters, { typed: asTyped }));
      performance.mark('search:ranked');
      // A query typed over while it ran fetches no results: only the one still in the box does.
      if (mine !== this.serial) return;
      const first = await loadHits(result.results, 0, FIRST);
      if (mine !== this.serial) return;
      this.result = result;
      this.shown = first.length;
      // The quick answer's results stay where they are, now with Pagefind's excerpts and headings.
      if (quick) this.dataset.quick = sameList(quick, first, result.results.length) ? 'kept' : 'replaced';
      delete this.dataset.refining;
      cards.replaceChildren(...result.cards.map((card) => renderCard(card, t)));
      if (this.dataset.quick === 'kept') keepTitles(list, first);
      else list.replaceChildren(...first.map((hit) => renderHit(hit, true)));
      const filtered = unfiltered ? undefined : t('search.emptyFiltered', { q: result.query });
      status.textContent = statusText(result, result.results.length, t, filtered);
      this.showCorrection(result, params);
      this.updateMore();
      this.announce(query, result.results.length);
      if (result.refine) this.refineAfterPaint(result, result.refine, mine);
      // The next few once the rep reads on, so scrolling finds them ready.
      if (result.results.length > this.shown) this.readOn(() => void this.show(SECOND, mine));
    } catch {
      if (mine === this.serial) {
        status.textContent = t('search.error');
        delete this.dataset.refining;
        // Nothing of an earlier query stays under the message: those results do not answer this one.
        this.clearResults();
      }
    } finally {
      answered();
    }
  }

  /**
   * Paints a query's first results and count from its quick answer, while Pagefind loads for the
   * rest (more results, whole excerpts, the headings that match): marked as refining until then.
   */
  private paintQuick(query: string, quick: QuickFirst): void {
    this.shown = quick.hits.length;
    this.total = quick.total;
    this.dataset.refining = '';
    required(this, '[data-cards]').replaceChildren(...quick.cards.map((card) => renderCard(card, this.t)));
    required(this, '[data-results]').replaceChildren(...quick.hits.map((hit) => renderHit(hit, true)));
    required(this, '[data-status]').textContent = statusText(quick, quick.total, this.t);
    this.updateMore();
    // Its results are on screen: a result opened from now on answers this query (unanswered-searches.ts).
    this.announce(query, quick.total);
  }

  private announce(query: string, total: number): void {
    this.dispatchEvent(new CustomEvent('search:answered', { bubbles: true, detail: { query, total } }));
  }

  /**
   * Replaces the results below those shown with the whole query's, and the count, once the first
   * results have been painted. Refining is a bonus: if it fails, the first results stay. A query
   * typed over by then is not refined: its searches (the query's commonest words, the heaviest)
   * would hold up the next query's.
   */
  private refineAfterPaint(result: SiteSearchResult, refine: () => Promise<RankedResult[]>, serial: number): void {
    this.dataset.refining = '';
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (serial !== this.serial) return;
        void refine()
          .then((all) => {
            if (serial !== this.serial || this.result !== result) return;
            const shown = result.results.slice(0, this.shown);
            const keys = new Set(shown.map((r) => r.key));
            this.result = { ...result, results: [...shown, ...all.filter((r) => !keys.has(r.key))], refine: undefined };
            required(this, '[data-status]').textContent = statusText(this.result, this.result.results.length, this.t);
            this.updateMore();
          })
          .catch(() => undefined)
          .finally(() => {
            if (serial === this.serial) delete this.dataset.refining;
          });
      }, 0),
    );
  }

  /** Calls `then` once, on the rep's first scroll or when the pointer reaches the "more" button. */
  private readOn(then: () => void): void {
    const more = required(this, '[data-more]', HTMLButtonElement);
    this.reading?.abort();
    const controller = new AbortController();
    this.reading = controller;
    const once = () => {
      controller.abort();
      then();
    };
    window.addEventListener('scroll', once, { passive: true, signal: controller.signal });
    more.addEventListener('pointerenter', once, { signal: controller.signal });
    more.addEventListener('focus', once, { signal: controller.signal });
  }

  /** Shows results up to `count` (in order), unless a newer query has started. */
  private async show(count: number, serial = this.serial): Promise<void> {
    // Shown from a quick answer: the rest comes with Pagefind's answer.
    if (!this.result) await this.pending;
    if (serial !== this.serial) return;
    const result = this.result;
    if (!result || count <= this.shown) return;
    const list = required(this, '[data-results]');
    list.setAttribute('aria-busy', 'true');
    const from = this.shown;
    const to = Math.min(count, result.results.length);
    this.shown = to;
    try {
      const hits = await loadHits(result.results, from, to);
      // A refined list keeps the results up to `to` where they were: these are still next.
      if (serial !== this.serial) return;
      list.append(...hits.map((hit) => renderHit(hit, true)));
    } catch {
      this.shown = from;
    } finally {
      list.removeAttribute('aria-busy');
      this.updateMore();
    }
  }

  /**
   * Above the results: the corrected query whose results are shown, with a link to search as typed
   * (回宽 → 「已显示“回款”的结果。仍然搜索“回宽”」), or the correction offered as a link; and, when the
   * best result holds less than half of what was asked, that the results hold only part of it.
   * Both hidden for `result` undefined (a query still running, an empty or failed one).
   */
  private showCorrection(result: SiteSearchResult | undefined, params: URLSearchParams): void {
    const line = required(this, '[data-correction]');
    const partial = required(this, '[data-partial]');
    const correction = result?.correction;
    partial.hidden = !result || result.results.length === 0 || result.coverage >= PARTIAL_SHARE;
    line.hidden = !correction;
    if (!correction) return line.replaceChildren();
    const link = document.createElement('a');
    const to = new URLSearchParams(params);
    if (correction.shown) {
      to.set('q', correction.typed);
      to.set(TYPED, '1');
      link.textContent = this.t('search.typedInstead', { typed: correction.typed });
      line.replaceChildren(this.t('search.corrected', { corrected: correction.corrected }), link);
    } else {
      to.set('q', correction.corrected);
      to.delete(TYPED);
      link.textContent = correction.corrected;
      line.replaceChildren(this.t('search.suggest'), link);
    }
    link.href = `?${to.toString()}`;
  }

  /** No results and no cards shown, none counted (an empty query, a failed one). */
  private clearResults(): void {
    this.result = undefined;
    this.shown = 0;
    this.total = 0;
    required(this, '[data-results]').replaceChildren();
    required(this, '[data-cards]').replaceChildren();
    this.updateMore();
  }

  private updateMore(): void {
    const more = required(this, '[data-more]', HTMLButtonElement);
    const left = (this.result ? this.result.results.length : this.total) - this.shown;
    more.hidden = left <= 0;
    more.textContent = this.t('search.more', { n: left });
  }
}

/** Whether Pagefind's first results and count are those a quick answer painted. */
function sameList(quick: QuickFirst, first: SiteHit[], total: number): boolean {
  return total === quick.total && first.length === quick.hits.length && first.every((hit, i) => hit.url === quick.hits[i]!.url);
}

/**
 * Pagefind's answer for the results a quick answer painted (same pages, same order): each result's
 * title link stays the node on screen, the rest (whole excerpt, matching headings) is replaced. A
 * rep who tapped a result just as the answer arrived would otherwise press on one link and lift on
 * its copy, and the tap would open nothing.
 */
function keepTitles(list: HTMLElement, hits: SiteHit[]): void {
  hits.forEach((hit, i) => {
    const fresh = renderHit(hit, true);
    const item = list.children[i];
    const link = item?.querySelector(':scope > a.hit__title');
    if (item && link) item.replaceChildren(link, ...[...fresh.childNodes].slice(1));
    else list.append(fresh);
  });
}

customElements.define('search-page', SearchPage);
