import { describe, expect, it } from 'vitest';
import { deriveCards, libraryOf, type ScriptInput } from '../../src/lib/drill/cards';
import { gradeCard } from '../../src/lib/drill/fsrs';
import { practiceCards } from '../../src/lib/drill/select';
import { escapeText, foldLine, icsCalendar } from '../../src/lib/ics';
import { shanghaiDay } from '../../src/lib/date';
import { pathSummary, revisedSince, stepState, type PathStep } from '../../src/lib/path-progress';
import { confirmReadLight, readLight } from '../../src/lib/progress/light';
import { emptyProgress, loadProgress, PROGRESS_KEY, recordAttempt, type KeyValueStorage } from '../../src/lib/progress';
import { headingId, sourceHref } from '../../src/lib/heading-slug';
import { sessionsIcs } from '../../src/lib/training-ics';

class MemoryStorage implements KeyValueStorage {
  items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

const at = '2026-11-20T02:00:00.000Z';
/** A script with two key phrases and an objection: a recitation, two cloze and an objection card. */
const script = (id: string): ScriptInput => ({
  id,
  data: {
    title: id,
    stage: 'prospecting',
    scenario: '第一次电话。',
    objection: '我们已经有供应商了。',
    lines: [
      { speaker: 'customer', text: '我们已经有供应商了。' },
      { speaker: 'rep', text: '理解，我只占用您两分钟，给您一个备选方案。' },
    ],
    keyPhrases: ['两分钟', '备选方案'],
    keyPoints: ['先认同。'],
    tags: [],
  },
});
const steps: PathStep[] = [
  { key: 'rep/read', kind: 'read', ref: 'daily-work/timetable', title: '作息时间', href: '/handbook/daily-work/timetable/', week: 1 },
  { key: 'rep/quiz', kind: 'quiz', ref: 'daily-work', title: '日常工作测验', href: '/quiz/daily-work/', week: 1 },
  { key: 'rep/drill', kind: 'drill', scripts: ['cold-call-opening', 'gatekeeper'], title: '开场话术', week: 2 },
  { key: 'rep/task', kind: 'task', title: '跟访 3 次', week: 2 },
];
const attempt = (percent: number, passed: boolean, when = at) => ({ correct: percent / 20, total: 5, percent, passed, at: when });

describe('path progress', () => {
  it('starts with nothing done and the first step next', () => {
    const summary = pathSummary(steps, emptyProgress());
    expect(summary).toMatchObject({
      done: 0,
      total: 4,
      percent: 0,
      weeks: [
        { week: 1, done: 0, total: 2 },
        { week: 2, done: 0, total: 2 },
      ],
    });
    expect(summary.next?.key).toBe('rep/read');
  });
  it('counts a read step done by confirming the section or by a tick', () => {
    const progress = emptyProgress();
    progress.reads['daily-work/timetable'] = { version: 1, at };
    expect(stepState(steps[0]!, progress)).toEqual({ done: true, at, how: 'read' });
    const ticked = emptyProgress();
    ticked.steps['rep/read'] = { at };
    expect(stepState(steps[0]!, ticked)).toEqual({ done: true, at, how: 'ticked' });
  });
  it('counts a quiz only when passed, never by a tick', () => {
    const progress = emptyProgress();
    progress.steps['rep/quiz'] = { at };
    recordAttempt(progress, 'daily-work', attempt(60, false));
    expect(stepState(steps[1]!, progress).done).toBe(false);
    recordAttempt(progress, 'daily-work', attempt(100, true, '2026-11-21T02:00:00.000Z'));
    expect(stepState(steps[1]!, progress)).toMatchObject({ done: true, how: 'passed', at: '2026-11-21T02:00:00.000Z' });
    expect(progress.quizzes['daily-work']).toMatchObject({ attempts: 2, best: { percent: 100 }, latest: { percent: 100 } });
    recordAttempt(progress, 'daily-work', attempt(40, false, '2026-11-22T02:00:00.000Z'));
    expect(progress.quizzes['daily-work']).toMatchObject({ attempts: 3, best: { percent: 100 }, latest: { percent: 40 } });
  });
  it('counts a drill step done once the drill has graded a card of every script it names', () => {
    // The drill page of the step's link (/drill/?scripts=…) reviews exactly these cards and grades them with gradeCard.
    const step = steps[2]!;
    const library = libraryOf(
      deriveCards({ scripts: [script('cold-call-opening'), script('gatekeeper'), script('price-too-high')], glossary: [], quizzes: [] }),
      [],
    );
    const practice = practiceCards(library, step.scripts ?? []);
    const cardOf = (scriptId: string, kind: string) =>
      practice.find((id) => id === library.scriptCards[scriptId]?.find((c) => c.startsWith(`${kind}:`)))!;
    const progress = emptyProgress();
    gradeCard(progress.drill, cardOf('cold-call-opening', 'cloze'), 3, new Date(at));
    gradeCard(progress.drill, library.scriptCards['price-too-high']![0]!, 3, new Date(at));
    expect(stepState(step, progress).done).toBe(false);
    const later = new Date('2026-11-21T00:00:00.000Z');
    gradeCard(progress.drill, cardOf('gatekeeper', 'objection'), 1, later);
    expect(stepState(step, progress)).toEqual({ done: true, at: later.toISOString(), how: 'drilled' });
  });
  it('counts a drill step ticked by hand', () => {
    const progress = emptyProgress();
    progress.steps['rep/drill'] = { at };
    expect(stepState(steps[2]!, progress)).toEqual({ done: true, at, how: 'ticked' });
  });
  it('sums per week and overall, and points to the first step not done', () => {
    const progress = emptyProgress();
    progress.steps['rep/read'] = { at };
    progress.steps['rep/task'] = { at };
    const summary = pathSummary(steps, progress);
    expect(summary).toMatchObject({
      done: 2,
      percent: 50,
      weeks: [
        { done: 1, total: 2 },
        { done: 1, total: 2 },
      ],
    });
    expect(summary.next?.key).toBe('rep/quiz');
  });
  it('lists sections revised since the reader confirmed them, with the newer changes only', () => {
    const progress = emptyProgress();
    progress.reads.a = { version: 1, at };
    progress.reads.b = { version: 3, at };
    const sections = [
      {
        id: 'a',
        title: 'A',
        href: '/a/',
        version: 3,
        changes: [
          { version: 2, date: '2026-10-01', summary: '二' },
          { version: 3, date: '2026-11-01', summary: '三' },
        ],
      },
      { id: 'b', title: 'B', href: '/b/', version: 3, changes: [] },
      { id: 'c', title: 'C', href: '/c/', version: 2, changes: [] },
    ];
    const revised = revisedSince(sections, progress);
    expect(revised.map((r) => r.id)).toEqual(['a']);
    expect(revised[0]!.changes.map((c) => c.version)).toEqual([3, 2]);
    expect(revised[0]!.readVersion).toBe(1);
  });
  it('gives dates in Shanghai time', () => {
    expect(shanghaiDay('2026-11-26T17:00:00.000Z')).toBe('2026-11-27');
    expect(shanghaiDay('nonsense')).toBe('');
  });
});

describe('the light store read used by reading pages', () => {
  it('records a confirmed read in a fresh or current store, readable by the full store', () => {
    const storage = new MemoryStorage();
    expect(confirmReadLight(storage, 'daily-work/timetable', 2, new Date(at))).toBe(true);
    expect(readLight(storage)?.reads?.['daily-work/timetable']).toEqual({ version: 2, at });
    const { progress, recovery } = loadProgress(storage);
    expect(recovery).toBeUndefined();
    expect(progress.reads['daily-work/timetable']).toEqual({ version: 2, at });
  });
  it('never writes over data it cannot read', () => {
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_KEY, '{not json');
    expect(readLight(storage)).toBeUndefined();
    expect(confirmReadLight(storage, 'x', 1)).toBe(false);
    expect(storage.getItem(PROGRESS_KEY)).toBe('{not json');
  });
});

describe('links to the source heading', () => {
  it('uses the github-slugger id of the heading text', () => {
    expect(headingId('晨读训练')).toBe('晨读训练');
    expect(headingId('Step 1: 开场')).toBe('step-1-开场');
    expect(sourceHref('daily-work/morning-routine', '晨读训练')).toBe(
      `/handbook/daily-work/morning-routine/#${encodeURIComponent('晨读训练')}`,
    );
    expect(sourceHref('daily-work/morning-routine')).toBe('/handbook/daily-work/morning-routine/');
  });
});

describe('iCalendar text', () => {
  const stamp = new Date('2026-11-26T08:00:00Z');
  const session = {
    id: '2026-12',
    data: {
      date: '2026-12-16',
      start: '14:00',
      end: '16:00',
      topic: '全年案例复盘',
      summary: '回顾本年度的赢单、丢单和挽回案例；说清下次怎么做。',
      speakers: [
        { role: '业务部经理', unit: '本部门' },
        { role: '信用主管', unit: '财务部' },
      ],
      place: '以培训通知为准',
    },
  };
  const text = sessionsIcs([session], {
    company: '华远包装材料有限公司',
    siteUrl: 'http://localhost:4321',
    pagePath: '/training/calendar/',
    name: '培训计划',
    stamp,
  });

  it('ends every line with CRLF and has one event with local Shanghai times', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded).toContain('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n');
    expect(unfolded).toContain('DTSTART;TZID=Asia/Shanghai:20261216T140000\r\n');
    expect(unfolded).toContain('DTEND;TZID=Asia/Shanghai:20261216T160000\r\n');
    expect(unfolded).toContain('DTSTAMP:20261126T080000Z\r\n');
    expect(unfolded).toContain('UID:training-2026-12@localhost\r\n');
    expect(unfolded).toContain('TZID:Asia/Shanghai\r\n');
    expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(unfolded).toContain('SUMMARY:月度培训：全年案例复盘\r\n');
    expect(unfolded).toContain('DESCRIPTION:回顾本年度的赢单、丢单和挽回案例\\；说清下次怎么做。\\n讲师：'.replace('\\；', '；'));
  });
  it('folds lines at 75 octets without splitting a character', () => {
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const long = `DESCRIPTION:${'培训'.repeat(40)}`;
    const folded = foldLine(long);
    expect(folded.split('\r\n').length).toBeGreaterThan(1);
    expect(
      folded
        .split('\r\n')
        .slice(1)
        .every((l) => l.startsWith(' ')),
    ).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(long);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });
  it('escapes commas, semicolons, backslashes and newlines in text', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });
  it('writes several events into one calendar', () => {
    const two = icsCalendar({
      prodId: '-//x//y//ZH',
      stamp,
      events: [
        { uid: '1@x', date: '2027-01-20', start: '14:00', end: '16:00', summary: 'A' },
        { uid: '2@x', date: '2027-02-17', start: '9:00', end: '11:30', summary: 'B' },
      ],
    });
    expect(two.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(two).toContain('DTSTART;TZID=Asia/Shanghai:20270217T090000');
    expect(two).toContain('DTEND;TZID=Asia/Shanghai:20270217T113000');
  });
});
