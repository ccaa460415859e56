/**
 * When a search on /search/ counts as unanswered (issue 17). The page searches as the reader types,
 * so not every query it runs was a question. The rules:
 *
 * - A query is **asked** once its results are on screen and the reader submitted it (Enter or the
 *   button), came with it in the address (?q=), changed a filter on it, or left it on screen for
 *   DWELL_MS without typing on.
 * - It is **answered** when the reader opens one of its results (a click, a middle click or Enter on
 *   a result link) while it is the query on screen.
 * - It is **unanswered** when the reader moves on without opening a result: they ask another query
 *   that does not merely continue typing this one (报价 → 报价单 continues it; 报价单 → 样品 does
 *   not), or they leave the page or hide it (another tab, the phone's home screen). Leaving counts
 *   the query on screen even before DWELL_MS: it was the last thing they looked for.
 * - If they come back and open a result of a query already counted, the count is taken back.
 *
 * Each unanswered query is recorded once per visit, with how many results it had (0: nothing found).
 */
import { normalizeQuery } from './progress/unanswered';

export const DWELL_MS = 2000;

/** How a query's results came on screen. */
export type Trigger = 'load' | 'submit' | 'change' | 'input';

/**
 * What the search page announces (an event bubbling from <search-page>) when a query's results are
 * on screen. It says nothing of how the query came: the recorder tells that from the form (PendingTrigger).
 */
export const SEARCH_ANSWERED_EVENT = 'search:answered';
export interface SearchAnsweredDetail {
  query: string;
  /** How many results it found. */
  total: number;
}

/**
 * How the next results on screen came: the reader submitted the form, changed a filter, or arrived
 * with ?q= — remembered with the query the form held then, and taken by the first results announced
 * afterwards. Results for any other query (the reader typed on) came by typing.
 */
export class PendingTrigger {
  private pending?: { key: string; trigger: Trigger };

  set(query: string, trigger: Exclude<Trigger, 'input'>): void {
    const key = normalizeQuery(query);
    this.pending = key ? { key, trigger } : undefined;
  }

  take(query: string): Trigger {
    const pending = this.pending;
    this.pending = undefined;
    return pending?.key === normalizeQuery(query) ? pending.trigger : 'input';
  }
}

export interface TrackerEffects {
  record(query: string, results: number): void;
  withdraw(query: string): void;
  now(): number;
}

interface Current {
  query: string;
  key: string;
  results: number;
  since: number;
  asked: boolean;
  opened: boolean;
  recorded: boolean;
}

export class UnansweredTracker {
  private current?: Current;

  constructor(private readonly effects: TrackerEffects) {}

  /** The results of `query` are on screen. */
  shown(query: string, results: number, trigger: Trigger): void {
    const key = normalizeQuery(query);
    if (!key) return;
    const settled = trigger !== 'input';
    const current = this.current;
    if (current?.key === key) {
      current.results = results;
      current.asked ||= settled;
      return;
    }
    if (current) this.finish(current, key.startsWith(current.key) ? 'typing' : 'moved');
    this.current = { query, key, results, since: this.effects.now(), asked: settled, opened: false, recorded: false };
  }

  /** The reader opened a result of the query on screen. */
  opened(): void {
    const current = this.current;
    if (!current) return;
    if (current.recorded && !current.opened) this.effects.withdraw(current.query);
    current.opened = true;
  }

  /** The reader left or hid the page. */
  left(): void {
    if (this.current) this.finish(this.current, 'left');
  }

  private finish(current: Current, how: 'typing' | 'moved' | 'left'): void {
    if (current.opened || current.recorded || how === 'typing') return;
    const asked = current.asked || how === 'left' || this.effects.now() - current.since >= DWELL_MS;
    if (!asked) return;
    current.recorded = true;
    this.effects.record(current.query, current.results);
  }
}
