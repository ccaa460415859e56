import { beforeEach, describe, expect, it } from 'vitest';
import { DWELL_MS, PendingTrigger, UnansweredTracker } from '../../src/lib/unanswered-tracker';

let clock: number;
let log: string[];
let tracker: UnansweredTracker;
beforeEach(() => {
  clock = 0;
  log = [];
  tracker = new UnansweredTracker({
    record: (query, results) => log.push(`record ${query} ${results}`),
    withdraw: (query) => log.push(`withdraw ${query}`),
    now: () => clock,
  });
});
const typeQuery = (query: string, results: number, wait = 150) => {
  tracker.shown(query, results, 'input');
  clock += wait;
};

describe('unanswered searches on /search/', () => {
  it('records a submitted query that found nothing when the reader asks something else', () => {
    tracker.shown('阿斯顿发', 0, 'submit');
    clock += 500;
    tracker.shown('报价', 12, 'submit');
    tracker.opened();
    tracker.left();
    expect(log).toEqual(['record 阿斯顿发 0']);
  });

  it('does not record the letters typed on the way to a query', () => {
    typeQuery('报', 40);
    typeQuery('报价', 12);
    typeQuery('报价单', 3);
    tracker.opened();
    tracker.left();
    expect(log).toEqual([]);
  });

  it('records a query left on screen a while, then replaced, with its result count', () => {
    typeQuery('样品运费', 4, DWELL_MS);
    typeQuery('展', 9);
    typeQuery('展会', 7);
    tracker.opened();
    expect(log).toEqual(['record 样品运费 4']);
  });

  it('drops a query replaced quickly (a typo fixed), but counts the one on screen when the reader leaves', () => {
    typeQuery('报加', 0, 300);
    typeQuery('报价单模版', 0, 300);
    tracker.left();
    expect(log).toEqual(['record 报价单模版 0']);
  });

  it('records each query once per visit and takes it back when a result is opened after all', () => {
    tracker.shown('年假', 2, 'load');
    tracker.left(); // the reader switched tabs
    tracker.left();
    expect(log).toEqual(['record 年假 2']);
    tracker.opened(); // came back and opened a result
    expect(log).toEqual(['record 年假 2', 'withdraw 年假']);
  });

  it('treats the same query after punctuation changes as the same', () => {
    tracker.shown('运费？', 0, 'submit');
    tracker.shown('运费', 0, 'submit');
    tracker.left();
    expect(log).toEqual(['record 运费？ 0']);
  });
});

describe('how the results on screen came (the form, not the search page, tells)', () => {
  it('gives the submitted query its trigger once, then counts further results as typing', () => {
    const pending = new PendingTrigger();
    pending.set('阿斯顿发 ', 'submit');
    expect(pending.take('阿斯顿发')).toBe('submit');
    expect(pending.take('阿斯顿发')).toBe('input');
  });

  it('does not give it to results of a query the reader typed on to', () => {
    const pending = new PendingTrigger();
    pending.set('年假', 'load');
    expect(pending.take('年假天数')).toBe('input');
    expect(pending.take('年假')).toBe('input');
  });

  it('has nothing pending for an empty query (a page opened without ?q=)', () => {
    const pending = new PendingTrigger();
    pending.set('', 'load');
    expect(pending.take('报价')).toBe('input');
  });
});
