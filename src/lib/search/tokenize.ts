/**
 * The one tokenizer of the portal's lunr indexes, shared by the build (index) and the browser
 * (query) so both sides cut Chinese the same way. lunr splits on whitespace, which finds nothing in
 * Chinese; here every CJK run yields
 *   - the words of Intl.Segmenter('zh', { granularity: 'word' }),
 *   - glossary terms found inside the run, kept whole (the segmenter splits 话术 into 话|术),
 *   - every CJK bigram, so a part of a word or an unusual split (段简 in 分段简化) still matches.
 * Latin words and numbers are lower-cased (CIF → cif).
 */

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;
const LATIN_WORD = /[\p{L}\p{N}]+/gu;

let segmenter: Intl.Segmenter | undefined;
function words(text: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const out: string[] = [];
  for (const part of segmenter.segment(text)) if (part.isWordLike) out.push(part.segment);
  return out;
}

/** Whether the text holds a Chinese character. */
export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/** A dictionary of terms to keep whole (glossary terms and aliases), searchable by first char. */
export class Dictionary {
  private readonly byFirst = new Map<string, string[]>();
  constructor(terms: Iterable<string> = []) {
    for (const term of terms) {
      if ([...term].length < 2 || !hasCjk(term)) continue;
      const first = term[0]!;
      const list = this.byFirst.get(first) ?? [];
      if (!list.includes(term)) list.push(term);
      this.byFirst.set(first, list);
    }
  }
  /** Every term that occurs in `run`. */
  termsIn(run: string): string[] {
    const found: string[] = [];
    for (let i = 0; i < run.length; i++) {
      for (const term of this.byFirst.get(run[i]!) ?? []) if (run.startsWith(term, i)) found.push(term);
    }
    return found;
  }
}

export interface TokenizeOptions {
  dictionary?: Dictionary;
  /** Emit CJK bigrams (default true). */
  bigrams?: boolean;
}

/** Tokens of `text`, de-duplicated, in first-seen order. */
export function tokenize(text: string, { dictionary, bigrams = true }: TokenizeOptions = {}): string[] {
  const out = new Set<string>();
  const normal = text.normalize('NFKC').toLowerCase();
  // Latin words and numbers (outside CJK runs).
  for (const match of normal.replace(CJK_RUN, ' ').matchAll(LATIN_WORD)) out.add(match[0]);
  for (const [run] of normal.matchAll(CJK_RUN)) {
    // Single characters are noise in an index (的, 是); a one-character query is searched as a prefix.
    for (const word of words(run)) if (word.length > 1) out.add(word);
    if (dictionary) for (const term of dictionary.termsIn(run)) out.add(term);
    if (bigrams) for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  }
  return [...out];
}

/**
 * Query tokens: the same cut as the index, but a query made of whole segmenter words or glossary
 * terms is searched by those; bigrams are added so partial words still match. A lone CJK character
 * is returned as-is (the caller searches it as a prefix).
 */
export function queryTokens(query: string, dictionary?: Dictionary): string[] {
  const trimmed = query.slice(0, 200);
  const tokens = tokenize(trimmed, { dictionary });
  if (tokens.length === 0) {
    const single = trimmed.match(CJK_RUN)?.[0];
    return single ? [single] : [];
  }
  return tokens;
}
