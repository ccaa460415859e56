/**
 * A small stand-in for Pagefind over a list of pages, for the search tests: AND of words (the
 * browser's segmenter, as Pagefind's Chinese), quoted phrases as whole words in a row, a score from
 * counts with the title weighted. Records the searches it was sent in `log`.
 */
import type { PagefindApi, PagefindResult } from '../../src/lib/search/site-search';

export interface Page {
  url: string;
  title: string;
  content: string;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
/** A text's words as the stand-in (and Pagefind, for Chinese) splits them. */
export const words = (text: string) => [...segmenter.segment(text.toLowerCase())].filter((s) => s.isWordLike).map((s) => s.segment);
const count = (text: string, word: string) => text.split(word).length - 1;

/** A stand-in for Pagefind over `list`, recording the searches made in `log`. */
export function standIn(list: Page[], log: string[] = []): PagefindApi {
  return {
    search(query) {
      log.push(query);
      const quoted = /^".+"$/.test(query);
      const needle = query.replace(/"/g, '').toLowerCase();
      const hits = list.flatMap((page, id) => {
        const text = `${page.title} ${page.content}`.toLowerCase();
        // A quoted search matches whole words in a row, as Pagefind's does (客户拜 is not in 客户拜访).
        if (quoted) return `|${words(text).join('|')}|`.includes(`|${words(needle).join('|')}|`) ? [{ id, score: 1 }] : [];
        const parts = words(needle);
        if (parts.length === 0 || !parts.every((part) => text.includes(part))) return [];
        return [{ id, score: parts.reduce((sum, part) => sum + count(text, part) + 5 * count(page.title.toLowerCase(), part), 0) }];
      });
      const results: PagefindResult[] = hits
        .sort((a, b) => b.score - a.score)
        .map(({ id, score }) => ({
          id: String(id),
          score,
          data: () => Promise.resolve({ url: list[id]!.url, content: list[id]!.content, excerpt: '', meta: { title: list[id]!.title } }),
        }));
      return Promise.resolve({ results });
    },
  };
}
