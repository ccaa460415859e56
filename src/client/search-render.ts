/**
 * What the search page and the header box show around the results: the status line (count, what
 * the query was widened to, pinyin read, input ignored) and glossary definition cards.
 */
import type { SearchResultKey } from '../lib/islands/strings';
import { widenedWords } from '../lib/search/query';
import type { SiteSearchResult, TermCard } from '../lib/search/site-search';
import { urls } from '../lib/urls';
import type { Text } from './dom';
import { safeHref } from './search-engine';

/**
 * The status line: how many results (`count`), and how the query was read. `empty` replaces what
 * is said of no result (the search page with filters chosen: they leave nothing, the words may be right).
 */
export function statusText(
  result: Pick<SiteSearchResult, 'query' | 'understood'> & { fallback?: boolean },
  count: number,
  t: Text<SearchResultKey>,
  empty?: string,
): string {
  const notes = [count ? t('search.count', { n: count }) : (empty ?? t('search.empty', { q: result.query }))];
  if (result.fallback) notes.push(t('search.fallback'));
  const widened = widenedWords(result.understood);
  const pinyin = widened.filter((w) => w.via === 'pinyin');
  const synonyms = [...new Set(widened.filter((w) => w.via === 'synonym').map((w) => w.to))];
  for (const from of new Set(pinyin.map((w) => w.from))) {
    notes.push(
      t('search.pinyin', {
        from,
        to: pinyin
          .filter((w) => w.from === from)
          .map((w) => w.to)
          .join('、'),
      }),
    );
  }
  if (synonyms.length) notes.push(t('search.widened', { words: synonyms.join('、') }));
  if (result.understood.unknown.length) notes.push(t('search.unknown', { words: result.understood.unknown.join(' ') }));
  return notes.join(' ');
}

/** A glossary card: the term (linked to the glossary), how the query was read, the definition. */
export function renderCard(card: TermCard, t: Text<SearchResultKey>): HTMLElement {
  const box = document.createElement('section');
  box.className = 'term-card';
  box.setAttribute('aria-label', t('search.card.label'));
  const head = document.createElement('p');
  const link = document.createElement('a');
  link.href = urls.glossary(card.term);
  const term = document.createElement('dfn');
  term.textContent = card.term;
  link.append(term);
  const badge = document.createElement('span');
  badge.className = 'badge';
  badge.textContent = t('search.card.label');
  head.append(link, ' ', badge);
  box.append(head);
  if (card.typed) {
    const typed = document.createElement('p');
    typed.className = 'term-card__alias';
    typed.textContent = t('search.card.typed', { typed: card.typed, term: card.term });
    box.append(typed);
  }
  const definition = document.createElement('p');
  definition.textContent = card.definition;
  box.append(definition);
  if (card.url) {
    const more = document.createElement('p');
    const a = document.createElement('a');
    a.href = safeHref(card.url);
    a.textContent = t('search.card.section', { title: card.title });
    more.append(a);
    box.append(more);
  }
  return box;
}
