/**
 * Personal review: which cards are due, how many new cards today, and the numbers shown above the
 * queue. Reads the drill slice of the progress store; the FSRS arithmetic itself is in fsrs.ts.
 */
import type { DrillState } from '../progress/schema';
import { addDays, endOfShanghaiDay, shanghaiDate } from '../date';

/** New cards introduced per day at most (Anki's default is 20; a morning routine wants fewer). */
export const NEW_PER_DAY = 10;
/** Learning cards due within this window are shown now rather than making the reader wait. */
export const LEARN_AHEAD_MS = 20 * 60 * 1000;

export interface QueueOptions {
  newPerDay?: number;
  /** Practice of hand-picked scripts: every unseen card is offered, with no daily cap. */
  uncapped?: boolean;
}

export interface Queue {
  /** Seen cards due now (or within the learn-ahead window), earliest first. */
  due: string[];
  /** Unseen cards offered today, in the given order. */
  fresh: string[];
  /** The card to show next. */
  next?: string;
  /** When the next card after today's queue falls due (ISO), if any. */
  later?: string;
}

/** The review queue over `cardIds` (the order they are given is the order new cards come in). */
export function reviewQueue(cardIds: readonly string[], drill: DrillState, now: Date, options: QueueOptions = {}): Queue {
  const horizon = now.getTime() + LEARN_AHEAD_MS;
  const due: { id: string; at: number }[] = [];
  const unseen: string[] = [];
  let later: string | undefined;
  for (const id of cardIds) {
    const state = drill.cards[id];
    if (!state) unseen.push(id);
    else if (Date.parse(state.due) <= horizon) due.push({ id, at: Date.parse(state.due) });
    else if (!later || state.due < later) later = state.due;
  }
  due.sort((a, b) => a.at - b.at);
  const introduced = drill.days[shanghaiDate(now)]?.introduced ?? 0;
  const allowed = options.uncapped ? unseen.length : Math.max(0, (options.newPerDay ?? NEW_PER_DAY) - introduced);
  const fresh = unseen.slice(0, allowed);
  const first = due[0];
  // A card due right now comes first; new cards before learning cards that are only due soon.
  const next = first && first.at <= now.getTime() ? first.id : (fresh[0] ?? first?.id);
  return { due: due.map((card) => card.id), fresh, ...(next ? { next } : {}), ...(later ? { later } : {}) };
}

export interface DrillStats {
  /** Seen cards due by the end of today (Shanghai). */
  dueToday: number;
  /** New cards still offered today. */
  newToday: number;
  reviewedToday: number;
  /** Share of reviews in the last 30 days not graded Again, 0–100; undefined before any review. */
  retention?: number;
  /** Consecutive days with at least one review, ending today (or yesterday, before today's first). */
  streak: number;
  /** Cards seen at least once. */
  learned: number;
}

export function drillStats(cardIds: readonly string[], drill: DrillState, now: Date, options: QueueOptions = {}): DrillStats {
  const today = shanghaiDate(now);
  const end = endOfShanghaiDay(today).getTime();
  let dueToday = 0;
  let learned = 0;
  for (const id of cardIds) {
    const state = drill.cards[id];
    if (!state) continue;
    learned++;
    if (Date.parse(state.due) < end) dueToday++;
  }
  let reviewed = 0;
  let remembered = 0;
  for (let i = 0; i < 30; i++) {
    const day = drill.days[addDays(today, -i)];
    reviewed += day?.reviewed ?? 0;
    remembered += day?.remembered ?? 0;
  }
  let streak = 0;
  let day = (drill.days[today]?.reviewed ?? 0) > 0 ? today : addDays(today, -1);
  while ((drill.days[day]?.reviewed ?? 0) > 0) {
    streak++;
    day = addDays(day, -1);
  }
  return {
    dueToday,
    newToday: reviewQueue(cardIds, drill, now, options).fresh.length,
    reviewedToday: drill.days[today]?.reviewed ?? 0,
    ...(reviewed > 0 ? { retention: Math.round((remembered / reviewed) * 100) } : {}),
    streak,
    learned,
  };
}

/** A wait until a due date, as the grade buttons show it: 1 分钟, 10 分钟, 3 天, 2 个月. */
export function formatInterval(from: Date, due: string): string {
  const minutes = Math.max(1, Math.round((Date.parse(due) - from.getTime()) / 60000));
  if (minutes < 60) return `${minutes} 分钟`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} 小时`;
  const days = Math.round(minutes / 1440);
  if (days < 31) return `${days} 天`;
  if (days < 365) return `${Math.round(days / 30)} 个月`;
  return `${(days / 365).toFixed(1)} 年`;
}
