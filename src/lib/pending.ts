/**
 * The inline pending mark :pending[…] (待确认): a rule or figure the source documents do not
 * contain, proposed by the writer until the section's owner confirms it. The remark plugin renders
 * it in Markdown bodies; this module finds it in any text (bodies and YAML fields alike), and finds
 * the figures (amounts, percentages, deadlines, times) that must either rest on a source or be marked.
 * Pure: no Astro, no Markdown parser.
 */

export const PENDING_NAME = 'pending';

export interface PendingSpan {
  /** Offset of the leading colon. */
  start: number;
  /** Offset just past the closing bracket (and attributes, if any). */
  end: number;
  /** The marked text, without the directive syntax. */
  text: string;
  /** Offset of the marked text's first character. */
  textStart: number;
}

export interface MarkProblem {
  offset: number;
  message: string;
}

/** The offset of the `]` that closes the `[` at `open`, honouring nesting and backslash escapes. */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const char = text[i];
    if (char === '\\') i++;
    else if (char === '[') depth++;
    else if (char === ']' && --depth === 0) return i;
    else if (char === '\n' && text[i + 1] === '\n') return -1; // a directive never spans paragraphs
  }
  return -1;
}

const DIRECTIVE = /(?<![:\\\w]):([a-zA-Z][\w-]*)\[/g;

/** Every :pending[…] in `text`, and the marks that are misspelt or never closed. */
export function scanMarks(text: string): { spans: PendingSpan[]; problems: MarkProblem[] } {
  const spans: PendingSpan[] = [];
  const problems: MarkProblem[] = [];
  for (const match of text.matchAll(DIRECTIVE)) {
    const start = match.index;
    const name = match[1] ?? '';
    const open = start + match[0].length - 1;
    if (name !== PENDING_NAME) {
      problems.push({ offset: start, message: `未知标记 :${name}[…]；待确认的规则请写 :pending[…]` });
      continue;
    }
    const close = closingBracket(text, open);
    if (close < 0) {
      problems.push({ offset: start, message: '待确认标记 :pending[ 没有闭合；请在标记的文字后补上 ]' });
      continue;
    }
    let end = close + 1;
    if (text[end] === '{') {
      const attributesEnd = text.indexOf('}', end);
      if (attributesEnd > 0) end = attributesEnd + 1;
    }
    const inner = text.slice(open + 1, close);
    if (!inner.trim()) problems.push({ offset: start, message: ':pending[] 里没有文字；请把待确认的规则或数字写在方括号里' });
    spans.push({ start, end, text: inner, textStart: open + 1 });
  }
  return { spans, problems };
}

/** `text` with each mark replaced by its marked text: what a reader (or a search index) sees. */
export function stripPendingMarks(text: string): string {
  const { spans } = scanMarks(text);
  let out = '';
  let last = 0;
  for (const span of spans) {
    out += text.slice(last, span.start) + stripPendingMarks(span.text);
    last = span.end;
  }
  return out + text.slice(last);
}

/** `text` with everything inside marks blanked out (same length, so offsets still hold). */
export function blankPending(text: string): string {
  const { spans } = scanMarks(text);
  let out = text;
  for (const span of spans) out = out.slice(0, span.start) + out.slice(span.start, span.end).replace(/[^\n]/g, ' ') + out.slice(span.end);
  return out;
}

/**
 * Figures that make a rule binding: amounts of money, percentages, clock times, and durations or
 * deadlines (2 小时, 3 个工作日, 两周, 每月 1 次, 80 分). Years such as 2026 年 are dates, not rules.
 */
const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const FIGURE = new RegExp(
  [
    String.raw`[¥￥]\s?${NUMBER}(?:\s?万)?`,
    String.raw`${NUMBER}\s?(?:万元|元|%|％)`,
    String.raw`\d{1,2}[:：]\d{2}`,
    String.raw`(?<!\d)(?!\d{4}\s?年)\d+(?:\.\d+)?\s?个?\s?(?:工作日|自然日|小时|分钟|天|日|周|星期|个月|月|年|次|名|分(?![钟析类配别解享工组期管成为布散开摊担]))`,
    String.raw`前[一二两三四五六七八九十]+[天日]`,
    String.raw`(?<![同每这那哪某的第])(?!一天的)[一二两三四五六七八九十半]+\s?个?\s?(?:工作日|自然日|小时|分钟|天|周|星期|个月|年)`,
  ].join('|'),
  'g',
);

export interface Figure {
  /** As written. */
  text: string;
  offset: number;
}

/** Every figure in `text` (marked or not). */
export function findFigures(text: string): Figure[] {
  return [...text.matchAll(FIGURE)].map((match) => ({ text: match[0], offset: match.index }));
}

/** The figures outside any pending mark. */
export function unmarkedFigures(text: string): Figure[] {
  const blank = blankPending(text);
  return findFigures(blank).map((figure) => ({ ...figure, text: text.slice(figure.offset, figure.offset + figure.text.length) }));
}

/** One spelling per figure: no spaces, half-width, 08:30 → 8:30, ￥ → ¥, 1,000 → 1000. */
export function normalizeFigure(figure: string): string {
  return figure
    .replace(/\s+/g, '')
    .replace(/％/g, '%')
    .replace(/：/g, ':')
    .replace(/￥/g, '¥')
    .replace(/,/g, '')
    .replace(/^0(\d:)/, '$1')
    .replace(/个(?=工作日|自然日|小时|天|周|星期|年)/, '');
}

/** The 1-based line of `offset` in `text`. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
