/**
 * Groups glossary terms under the initial letter of their pinyin (报价 → B) or of the word itself
 * (FOB → F), the way Chinese dictionaries and phone contact lists do, so a long glossary can be
 * jumped through on a phone.
 */
import { pinyinOf } from './search/pinyin-keys';

export interface LetterGroup<T> {
  /** A–Z, or # for terms that start with a digit or symbol. */
  letter: string;
  items: T[];
}

export function initialOf(term: string): string {
  const first = term.trim()[0] ?? '';
  if (/[A-Za-z]/.test(first)) return first.toUpperCase();
  if (/[\u3400-\u9fff]/.test(first)) return pinyinOf(first)?.[1].toUpperCase() ?? '#';
  return '#';
}

/** Terms grouped by initial, groups A–Z then #, terms within a group in pinyin order. */
export function groupByInitial<T>(items: T[], termOf: (item: T) => string): LetterGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const letter = initialOf(termOf(item));
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  return [...groups]
    .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)))
    .map(([letter, list]) => ({ letter, items: list.sort((x, y) => termOf(x).localeCompare(termOf(y), 'zh-CN')) }));
}
