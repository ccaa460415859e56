/**
 * Phrase-aware re-ranking. Pagefind splits a phrase such as 工作计划 into words and returns every
 * page holding both anywhere; a rep who typed the phrase wants the pages that hold it as written.
 * Loaded results are re-ordered, stably: the exact phrase in the title, then in the content, then
 * the rest in the engine's order.
 */

export interface Rankable {
  title: string;
  content: string;
}

const SPACE = /\s+/g;

/** The phrases to look for: each query variant without spaces, when it is more than one word long. */
export function phrasesOf(variants: string[]): string[] {
  return [...new Set(variants.map((v) => v.replace(SPACE, '').toLowerCase()).filter((v) => [...v].length >= 2))];
}

function tier(item: Rankable, phrases: string[]): number {
  const title = item.title.replace(SPACE, '').toLowerCase();
  if (phrases.some((p) => title.includes(p))) return 0;
  const body = item.content.replace(SPACE, '').toLowerCase();
  if (phrases.some((p) => body.includes(p))) return 1;
  return 2;
}

export function rerankByPhrase<T extends Rankable>(items: T[], phrases: string[]): T[] {
  if (phrases.length === 0) return items;
  return items
    .map((item, index) => ({ item, index, tier: tier(item, phrases) }))
    .sort((a, b) => a.tier - b.tier || a.index - b.index)
    .map((entry) => entry.item);
}
