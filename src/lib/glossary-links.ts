/**
 * Finds glossary terms in running text so pages can link a term's first use to its definition.
 * Chinese has no word boundaries, so matching is by longest term at each position.
 */

export interface LinkTerm {
  /** The words to look for: the term and its aliases. */
  texts: string[];
  /** The glossary entry (its key), used for the link target. */
  term: string;
}

export interface Match {
  start: number;
  end: number;
  term: string;
}

export function createMatcher(terms: LinkTerm[]) {
  const candidates = terms
    .flatMap((entry) => entry.texts.filter((text) => text.length >= 2).map((text) => ({ text, term: entry.term })))
    .sort((a, b) => b.text.length - a.text.length);
  // The candidates by their first character, longest first as above: at each position of a text
  // only the terms that can start there are tried (the glossary has a hundred terms).
  const byFirst = new Map<string, typeof candidates>();
  for (const candidate of candidates) {
    const first = candidate.text[0]!;
    byFirst.set(first, [...(byFirst.get(first) ?? []), candidate]);
  }
  const latinWord = /^[A-Za-z&/]+$/;

  /** Matches in `text`, skipping terms in `seen` (already linked on this page) and adding new ones to it. */
  return function match(text: string, seen: Set<string>): Match[] {
    const found: Match[] = [];
    let index = 0;
    while (index < text.length) {
      const hit = byFirst.get(text[index]!)?.find(({ text: word, term }) => {
        if (seen.has(term) || !text.startsWith(word, index)) return false;
        // Latin terms (FOB, CIF) only as whole words, not inside other words.
        if (latinWord.test(word)) {
          const before = text[index - 1] ?? ' ';
          const after = text[index + word.length] ?? ' ';
          return !/[A-Za-z]/.test(before) && !/[A-Za-z]/.test(after);
        }
        return true;
      });
      if (hit) {
        found.push({ start: index, end: index + hit.text.length, term: hit.term });
        seen.add(hit.term);
        index += hit.text.length;
      } else index += 1;
    }
    return found;
  };
}
