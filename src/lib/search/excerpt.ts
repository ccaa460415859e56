/**
 * Safe excerpts: built from plain page text, with <mark> around the query's words and everything
 * else escaped, so nothing from the index or the query can inject markup into the results page.
 */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Highlight occurrences of `words` in plain `text` (escaped), for results built from lunr data. */
export function highlight(text: string, words: string[]): string {
  const list = [...new Set(words.filter((w) => w.length > 0))].sort((a, b) => b.length - a.length);
  if (list.length === 0) return escapeHtml(text);
  const pattern = new RegExp(list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');
  let out = '';
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    out += escapeHtml(text.slice(last, match.index)) + `<mark>${escapeHtml(match[0])}</mark>`;
    last = match.index + match[0].length;
  }
  return out + escapeHtml(text.slice(last));
}

const CJK_CHAR = /[\u3400-\u9fff\uf900-\ufaff]/;
let segmenter: Intl.Segmenter | undefined;
/**
 * Pagefind joins a heading or list item to the next block with a Latin ". ", and ends a text whose
 * last block has no stop with "."; after or before Chinese a full stop reads right (目的. 业务部… →
 * 目的。业务部…; …转介绍 复购. → …转介绍 复购。).
 */
export function tidyText(text: string): string {
  // Pagefind separates the words of its content with zero-width spaces.
  return text
    .replace(/\u200b/g, '')
    .replace(/(\S)\.(?: (?=(\S))|\s*$)/g, (whole, before: string, after: string | undefined) =>
      CJK_CHAR.test(before) || (after !== undefined && CJK_CHAR.test(after)) || /[）”」』]/.test(before) ? `${before}。` : whole,
    );
}

/** A page's text as excerpts read it, by content: the build's quick answers cut ~15,000 excerpts from a few hundred pages. */
const READABLE = new Map<string, { text: string; lower: string }>();
const READABLE_KEPT = 256;

function readable(content: string): { text: string; lower: string } {
  let found = READABLE.get(content);
  if (!found) {
    const text = tidyText(content).replace(/\s+/g, ' ').trim();
    found = { text, lower: text.toLowerCase() };
    if (READABLE.size >= READABLE_KEPT) READABLE.delete(READABLE.keys().next().value!);
    READABLE.set(content, found);
  }
  return found;
}

const SENTENCE_END = /[。！？；!?;\n]/;
const CLAUSE_END = /[，、：,:]/;

/**
 * A short excerpt of plain `text` around the query's words, highlighted and escaped. It starts at
 * the beginning of a sentence or clause (never mid-word), covers as many different words as it
 * can, and ends at a clause boundary when one is near.
 */
export function makeExcerpt(content: string, words: string[], length = 80): string {
  const { text, lower } = readable(content);
  if (!text) return '';
  const list = [...new Set(words.map((w) => w.toLowerCase()).filter(Boolean))];
  const hits: { at: number; word: string }[] = [];
  for (const word of list) for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.length)) hits.push({ at, word });
  hits.sort((a, b) => a.at - b.at);
  hits.splice(200);
  // The window holding the most different words; the earliest on a tie.
  let anchor = hits[0]?.at ?? 0;
  let most = 0;
  for (const hit of hits) {
    const covered = new Set(hits.filter((h) => h.at >= hit.at && h.at + h.word.length <= hit.at + length).map((h) => h.word)).size;
    if (covered > most) [most, anchor] = [covered, hit.at];
  }
  let start = 0;
  if (anchor > 0) {
    start = anchor;
    for (let i = anchor - 1; i >= Math.max(0, anchor - 40); i--) {
      if (SENTENCE_END.test(text[i]!)) {
        start = i + 1;
        break;
      }
      if (i === 0) start = 0;
    }
    if (start === anchor) {
      for (let i = anchor - 1; i >= Math.max(0, anchor - 20); i--) {
        if (CLAUSE_END.test(text[i]!)) {
          start = i + 1;
          break;
        }
      }
    }
  }
  while (start < anchor && text[start] === ' ') start++;
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    let boundary = false;
    for (let i = end; i < Math.min(text.length, end + 15); i++) {
      if (SENTENCE_END.test(text[i]!) || CLAUSE_END.test(text[i]!)) {
        [end, boundary] = [i + 1, true];
        break;
      }
    }
    // No boundary near: end before the word the cut would split.
    if (!boundary) {
      segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
      const word = segmenter.segment(text).containing(end);
      if (word && word.index > start && word.index < end) end = word.index;
    }
  }
  const body = highlight(text.slice(start, end).trim(), list);
  return `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
}

/**
 * `text` in at most `max` characters: whole when it fits, else cut after the last sentence or clause
 * mark that keeps at least half of it, or else at `max`, and ended with 「…」 (a summary shown as a
 * result's excerpt must not read as if it ended mid-word).
 */
export function clipText(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const kept = chars.slice(0, max - 1);
  for (let i = kept.length - 1; i >= max / 2; i--) {
    if (SENTENCE_END.test(kept[i]!) || CLAUSE_END.test(kept[i]!)) return `${kept.slice(0, i).join('')}…`;
  }
  return `${kept.join('')}…`;
}
