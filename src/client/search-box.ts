/**
 * The header search box, enhanced on first focus: as-you-type top results under the box (a
 * glossary card first when the query names a term), with a link to the full results page. The
 * results come from the quick answers built for every word of the vocabulary (search-quick.ts);
 * Pagefind is loaded only for a query with a term they do not hold.
 * Without JS the box is a plain GET form to /search/. Its few UI strings come with the lexicon core it
 * loads anyway, so no page carries them for a box rarely used.
 */
import type { SearchBoxKey } from '../lib/islands/strings';
import { cleanQuery, readySegmenter } from '../lib/search/query';
import { loadHits } from '../lib/search/site-search';
import { fillTemplate } from '../lib/template';
import { urls } from '../lib/urls';
import type { Text } from './dom';
import { whenIdle } from './idle';
import { searchCombobox } from './search-combobox';
import { loadLexiconCore } from './search-data';
import { renderHit, replacingCorrection, search } from './search-engine';
import { quickAnswer, type BoxAnswer } from './search-quick';
import { renderCard } from './search-render';

const SHOWN = 5;

/** The box's answer from Pagefind (the search page's ranking), unless `stale` says a newer query started. */
async function pagefindAnswer(query: string, stale: () => boolean): Promise<BoxAnswer | undefined> {
  const result = await search(query, {});
  if (stale()) return undefined;
  const hits = await loadHits(result.results, 0, SHOWN);
  // Corrected (回宽 → 回款): the box says so, and its link takes the typed query to the search page, which says it too.
  const corrected = result.correction?.shown ? { query: result.correction.typed, corrected: result.correction.corrected } : undefined;
  return { query: result.query, ...corrected, cards: result.cards, hits, total: result.results.length };
}

/** Turns the header box into a live search. */
export function enhance(input: HTMLInputElement): void {
  const form = input.form;
  if (input.dataset.enhanced || !form) return;
  input.dataset.enhanced = '1';
  void loadLexiconCore();
  // The word segmenter's dictionary loads on first use (10–30 ms of CPU): while the rep types instead.
  whenIdle(readySegmenter, 1000);
  const panel = document.createElement('div');
  panel.className = 'search-panel';
  panel.id = 'site-search-panel';
  panel.hidden = true;
  form.append(panel);
  searchCombobox(input, panel);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let serial = 0;

  const update = async () => {
    const mine = ++serial;
    const query = input.value;
    if (!query.trim()) {
      panel.hidden = true;
      return;
    }
    let t: Text<SearchBoxKey>;
    try {
      const { strings } = await loadLexiconCore();
      t = (key, values) => fillTemplate(strings[key], values);
    } catch {
      // Nothing to say it with: the form still submits to the search page, which reports the failure.
      panel.hidden = true;
      return;
    }
    try {
      // A query whose corrected results replace its own (回宽 → 回款) is answered by the corrected
      // query's quick answer, saying so, or else by Pagefind, which corrects it.
      const quick = quickAnswer(query);
      quick.catch(() => undefined);
      const corrected = await replacingCorrection(query).catch(() => undefined);
      const fixed = corrected ? await quickAnswer(corrected).catch(() => undefined) : undefined;
      const result =
        (fixed?.hits.length ? { ...fixed, query: cleanQuery(query), corrected: fixed.query } : undefined) ??
        (corrected ? undefined : await quick) ??
        (await pagefindAnswer(query, () => mine !== serial));
      // A query typed over while it ran fetches no results: only the one still in the box does.
      if (!result || mine !== serial) return;
      const hits = result.hits.slice(0, SHOWN);
      const list = document.createElement('ol');
      list.className = 'hits hits--compact';
      for (const hit of hits) list.append(renderHit(hit, false));
      const status = document.createElement('p');
      status.className = 'search-panel__status';
      status.textContent =
        hits.length === 0
          ? t('search.empty', { q: result.query })
          : result.total === undefined
            ? t('search.box.top', { n: hits.length })
            : t('search.count', { n: result.total });
      if (result.corrected && hits.length)
        status.textContent = `${t('search.corrected', { corrected: result.corrected })}${status.textContent}`;
      const all = document.createElement('a');
      all.href = urls.search(result.query);
      all.className = 'search-panel__all';
      // With no result, the search page is where to try another way (its next steps), not "all results".
      all.textContent = t(hits.length === 0 ? 'search.box.none' : 'search.box.all');
      panel.replaceChildren(status, ...result.cards.slice(0, 1).map((card) => renderCard(card, t)), list, all);
      panel.hidden = false;
    } catch {
      if (mine !== serial) return;
      panel.replaceChildren(Object.assign(document.createElement('p'), { textContent: t('search.error') }));
      panel.hidden = false;
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(), 120);
  });
  // Closing also drops the search still pending or running, so its late results cannot reopen the panel.
  const close = () => {
    clearTimeout(timer);
    serial++;
    panel.hidden = true;
  };
  input.addEventListener('keydown', (event) => {
    // Escape closes the list and keeps the query; focus stays in the box (the ARIA combobox
    // pattern), to type on. With the list closed, a search box's own Escape clears the query.
    if (event.key !== 'Escape') return;
    if (!panel.hidden) event.preventDefault();
    close();
  });
  document.addEventListener('click', (event) => {
    if (!form.contains(event.target as Node)) close();
  });
  if (input.value.trim()) void update();
}
