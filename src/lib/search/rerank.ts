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

/**
 * How many of the query's words a result holds (a title hit counts three times). Pagefind ranks a page full of
 * 客户 above the one page holding 客户, 免费 and 样品; coverage puts the latter first.
 */
export function coverage(item: Rankable, words: string[]): number {
  const title = item.title.toLowerCase();
  const body = item.content.toLowerCase();
  return words.reduce((sum, word) => sum + (title.includes(word) ? 3 : 0) + (body.includes(word) ? 1 : 0), 0);
}

/** Whether the title or content holds one of the phrases as written. */
export function holdsPhrase(item: Rankable, phrases: string[]): boolean {
  return tier(item, phrases) < 2;
}

function tier(item: Rankable, phrases: string[]): number {
  const title = item.title.replace(SPACE, '').toLowerCase();
  if (phrases.some((p) => title.includes(p))) return 0;
  const body = item.content.replace(SPACE, '').toLowerCase();
  if (phrases.some((p) => body.includes(p))) return 1;
  return 2;
}

/** Exact phrase first (title, then content), then the most query words covered, then engine order. */
export function rerankByPhrase<T extends Rankable>(items: T[], phrases: string[], words: string[] = []): T[] {
  if (phrases.length === 0 && words.length < 2) return items;
  return items
    .map((item, index) => ({ item, index, tier: tier(item, phrases), cover: words.length > 1 ? coverage(item, words) : 0 }))
    .sort((a, b) => a.tier - b.tier || b.cover - a.cover || a.index - b.index)
    .map((entry) => entry.item);
}
