/** Training sessions as calendar events (the .ics endpoints call this; src/lib/ics.ts writes the text). */
import { icsCalendar, type IcsEvent } from './ics';
import { pendingPlainText } from './pending';

export interface SessionLike {
  id: string;
  data: {
    date: string;
    start: string;
    end: string;
    topic: string;
    summary: string;
    speakers: { role: string; unit?: string }[];
    place: string;
  };
}

export function sessionEvent(session: SessionLike, host: string, pageUrl: string): IcsEvent {
  const speakers = session.data.speakers.map(speakerLabel).join('、');
  return {
    uid: `training-${session.id}@${host}`,
    date: session.data.date,
    start: session.data.start,
    end: session.data.end,
    // A calendar shows plain text: a rule awaiting confirmation keeps its 「（待确认）」.
    summary: `月度培训：${pendingPlainText(session.data.topic)}`,
    description: `${pendingPlainText(session.data.summary)}\n讲师：${speakers}\n${pageUrl}`,
    location: pendingPlainText(session.data.place),
    url: pageUrl,
  };
}

export function sessionsIcs(
  sessions: SessionLike[],
  options: { company: string; siteUrl: string; pagePath: string; name: string; stamp: Date },
): string {
  const base = new URL(options.siteUrl);
  return icsCalendar({
    prodId: `-//${options.company}//业务部培训计划//ZH`,
    name: options.name,
    stamp: options.stamp,
    events: sessions.map((s) => sessionEvent(s, base.hostname, new URL(`${options.pagePath}#${s.id}`, base).href)),
  });
}

/** A speaker as shown: 业务部经理（本部门）. */
export function speakerLabel(speaker: { role: string; unit?: string }): string {
  return speaker.unit ? `${speaker.role}（${speaker.unit}）` : speaker.role;
}
