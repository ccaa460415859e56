/**
 * The pending mark in YAML text fields (script lines and key points, schedule items, path tasks,
 * training topics, glossary definitions, case fields, quiz text): the text is HTML-escaped, then each
 * :pending[…] becomes the same markup the remark plugin gives Markdown bodies, with its 待确认 badge.
 * The marks it rendered come back with their ids, so the sign-off sheet links to exactly what the
 * page shows. Where such text leaves HTML (search indexes, drill plain text, .ics, RSS, attributes)
 * use pendingPlainText from ./pending instead. Pure.
 */
import { t } from './i18n';
import { pendingId, scanMarks } from './pending';
import { escapeHtml } from './search/excerpt';

export interface InlineMark {
  id: string;
  /** The marked text without the syntax (nested marks read as their text). */
  text: string;
}

export interface RenderOptions {
  /**
   * Which field of the page the text is (e.g. `lines.3`), mixed into the ids so marks of different
   * fields on one page never share an id. Without it no ids are written (the text is shown again
   * somewhere that is not its home page).
   */
  scope?: string;
  /** Turns a run of plain text (outside or inside marks) into HTML; escapes it by default. */
  textHtml?: (text: string) => string;
}

/** Backslash escapes of the directive syntax (\[ \] \\) read as the characters they stand for. */
const unescape = (text: string) => text.replace(/\\([[\]\\])/g, '$1');

function render(text: string, options: RenderOptions, marks: InlineMark[], taken: Set<string>, inside = false): string {
  const escape = options.textHtml ?? escapeHtml;
  // Inside a mark, \[ \] \\ are the directive's escapes; outside, the text is the writer's as is.
  const textHtml = (plain: string) => escape(inside ? unescape(plain) : plain);
  const { spans } = scanMarks(text);
  let html = '';
  let last = 0;
  for (const span of spans) {
    const plain = plainOf(span.text);
    let id: string | undefined;
    if (options.scope !== undefined) {
      id = pendingId(plain, taken, options.scope);
      taken.add(id);
    }
    marks.push({ id: id ?? '', text: plain });
    const inner = render(span.text, options, marks, taken, true);
    html +=
      textHtml(text.slice(last, span.start)) +
      `<span class="pending" data-pending=""${id ? ` id="${id}"` : ''}><span class="pending-badge">${escapeHtml(t('pending.badge'))}</span>${inner}</span>`;
    last = span.end;
  }
  return html + textHtml(text.slice(last));
}

/** A mark's text as a reader sees it: nested marks as their text, escapes undone. */
function plainOf(text: string): string {
  const { spans } = scanMarks(text);
  let out = '';
  let last = 0;
  for (const span of spans) {
    out += text.slice(last, span.start) + plainOf(span.text);
    last = span.end;
  }
  return unescape(out + text.slice(last)).trim();
}

/** `text` as safe HTML with its marks rendered, and the marks (in reading order). */
export function renderPendingText(text: string, options: RenderOptions = {}): { html: string; marks: InlineMark[] } {
  const marks: InlineMark[] = [];
  const html = render(text, options, marks, new Set());
  return { html, marks };
}

/** Only the marks of `text`, with the ids renderPendingText gives them in the same scope. */
export function pendingMarksIn(text: string, scope: string): InlineMark[] {
  return renderPendingText(text, { scope }).marks;
}
