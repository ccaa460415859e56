/**
 * iCalendar (RFC 5545) text for training sessions: CRLF line ends, lines folded at 75 octets
 * without splitting a UTF-8 character, TEXT values escaped, local times with TZID=Asia/Shanghai
 * (China keeps UTC+8 all year, so the VTIMEZONE needs a single STANDARD component).
 */

export interface IcsEvent {
  /** Globally unique and stable across rebuilds, e.g. training-2026-12@example.com. */
  uid: string;
  /** Local Shanghai date and times: YYYY-MM-DD, HH:MM. */
  date: string;
  start: string;
  end: string;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
}

export interface IcsCalendar {
  /** PRODID, e.g. -//华远包装材料有限公司//业务部培训计划//ZH. */
  prodId: string;
  /** Shown as the calendar's name by clients that read X-WR-CALNAME. */
  name?: string;
  /** DTSTAMP of every event (when the file was generated). */
  stamp: Date;
  events: IcsEvent[];
}

export const TZID = 'Asia/Shanghai';

/** Escapes a TEXT value: backslash, semicolon, comma and newlines (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds one content line so no physical line exceeds 75 octets; continuation lines start with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const ch of line) {
    const bytes = encoder.encode(ch).length;
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
      limit = 74; // the leading space of a continuation line counts
    }
    current += ch;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDate = (date: string) => date.replace(/-/g, '');
const compactTime = (time: string) => `${time.replace(':', '').padStart(4, '0')}00`;
const utcStamp = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

function eventLines(event: IcsEvent, stamp: Date): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utcStamp(stamp)}`,
    `DTSTART;TZID=${TZID}:${compactDate(event.date)}T${compactTime(event.start)}`,
    `DTEND;TZID=${TZID}:${compactDate(event.date)}T${compactTime(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.url) lines.push(`URL:${event.url}`);
  lines.push('END:VEVENT');
  return lines;
}

/** The whole .ics file text. */
export function icsCalendar(calendar: IcsCalendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${calendar.prodId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(calendar.name ? [`X-WR-CALNAME:${escapeText(calendar.name)}`] : []),
    `X-WR-TIMEZONE:${TZID}`,
    'BEGIN:VTIMEZONE',
    `TZID:${TZID}`,
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    'TZOFFSETFROM:+0800',
    'TZOFFSETTO:+0800',
    'TZNAME:CST',
    'END:STANDARD',
    'END:VTIMEZONE',
    ...calendar.events.flatMap((event) => eventLines(event, calendar.stamp)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
