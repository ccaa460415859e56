import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createEmptyCard, fsrs, generatorParameters, Rating } from 'ts-fsrs';
import { deriveCards, libraryOf, type ScriptInput } from '../../src/lib/drill/cards';
import { addDays, dayNumber, endOfShanghaiDay, formatDayOfWeek, isDate, shanghaiDate } from '../../src/lib/date';
import { fromCard, gradeCard, previewDue } from '../../src/lib/drill/fsrs';
import { drillStats, formatInterval, NEW_PER_DAY, reviewQueue } from '../../src/lib/drill/review';
import { drillPlan } from '../../src/lib/drill/plan';
import { practiceCards, rotation, selectDay, type DrillLibrary } from '../../src/lib/drill/select';
import { overlappingThemes, resolveThemes, themeOn, themeScripts } from '../../src/lib/drill/themes';
import { currentBlock, seasonDate, timetableFor } from '../../src/lib/drill/timetable';
import { emptyProgress } from '../../src/lib/progress';
import { questionSchema } from '../../src/schemas/quiz';
import { idRef } from '../../src/schemas/common';

const script = (id: string, extra: Partial<ScriptInput['data']> = {}): ScriptInput => ({
  id,
  data: {
    title: `话术 ${id}`,
    stage: 'proposal',
    scenario: '第二次面访。',
    lines: [
      { speaker: 'customer', text: '你们的价格太高了，比我预想的贵。' },
      { speaker: 'rep', text: '理解。我们一起算一下总成本吧。' },
      { speaker: 'customer', text: '好。' },
      { speaker: 'rep', text: '我周四打电话给您。' },
    ],
    keyPhrases: ['算一下总成本', '周四打电话'],
    keyPoints: ['先认同。'],
    tags: [],
    ...extra,
  },
});

function library(n: number, themes: DrillLibrary['themes'] = []): DrillLibrary {
  const scripts = Array.from({ length: n }, (_, i) => script(`s${String(i).padStart(4, '0')}`));
  const cards = deriveCards({
    scripts,
    glossary: [
      { id: '报价', data: { definition: '书面报价。', aliases: [] } },
      { id: 'CIF', data: { definition: '到岸价。', aliases: [] } },
      { id: '回款', data: { definition: '收回货款。', aliases: [] } },
    ],
    quizzes: [],
  });
  return libraryOf(cards, themes);
}

describe('drill dates in Shanghai', () => {
  it('gives the same date in any time zone for the same instant, changing at Shanghai midnight', () => {
    // 2026-11-26 15:59:59 UTC is 23:59:59 in Shanghai; one second later it is the 27th there.
    expect(shanghaiDate(new Date('2026-11-26T15:59:59Z'))).toBe('2026-11-26');
    expect(shanghaiDate(new Date('2026-11-26T16:00:00Z'))).toBe('2026-11-27');
    // The same instants written with other offsets (New York, Berlin, Tokyo) are the same days.
    expect(shanghaiDate(new Date('2026-11-26T10:59:59-05:00'))).toBe('2026-11-26');
    expect(shanghaiDate(new Date('2026-11-26T17:00:00+01:00'))).toBe('2026-11-27');
    expect(shanghaiDate(new Date('2026-11-27T00:30:00+09:00'))).toBe('2026-11-26');
    expect(endOfShanghaiDay('2026-11-26').toISOString()).toBe('2026-11-26T16:00:00.000Z');
  });
  it('validates, counts and formats dates', () => {
    expect(isDate('2026-02-29')).toBe(false);
    expect(isDate('2028-02-29')).toBe(true);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(formatDayOfWeek('2026-11-27')).toBe('11 月 27 日 星期五');
  });
});

describe('the day’s team drill', () => {
  const lib = library(30);

  it('is the same for the same date, whatever instant of that Shanghai day computed it', () => {
    const early = selectDay(lib, shanghaiDate(new Date('2026-11-26T16:00:00Z')));
    const late = selectDay(lib, shanghaiDate(new Date('2026-11-27T15:59:59Z')));
    expect(early).toEqual(late);
    expect(early.cards.length).toBeGreaterThan(0);
    expect(selectDay(lib, shanghaiDate(new Date('2026-11-26T15:59:59Z'))).cards).not.toEqual(early.cards);
  });

  it('rotates through every script once before any repeats', () => {
    // 30 scripts at 2 a day: a cycle is 15 days; check several cycles from an arbitrary date.
    const start = dayNumber('2026-03-04');
    const seen: string[] = [];
    for (let d = 0; d < 150; d++) seen.push(...selectDay(lib, addDays('2026-03-04', d)).scripts);
    expect(seen).toHaveLength(300);
    // Count from the start of the cycle containing the first day: positions are global.
    const offset = ((start - dayNumber('2024-01-01')) * 2) % 30;
    const aligned = seen.slice(30 - offset);
    for (let c = 0; c + 30 <= aligned.length; c += 30) expect(new Set(aligned.slice(c, c + 30)).size).toBe(30);
  });

  it('never drills the same script twice in a day, even across a cycle boundary', () => {
    for (let d = 0; d < 400; d++) {
      const { scripts } = selectDay(library(7), addDays('2026-01-01', d));
      expect(new Set(scripts).size).toBe(scripts.length);
    }
  });

  it('gives every card of the day’s scripts, then terms and a question', () => {
    const day = selectDay(lib, '2026-11-27');
    const [first] = day.scripts;
    expect(day.cards.slice(0, 3)).toEqual([`script:${first}`, `cloze:${first}:1`, `cloze:${first}:2`]);
    expect(day.cards.filter((id) => id.startsWith('term:'))).toHaveLength(2);
  });

  it('leans to the week’s theme and still covers the whole library', () => {
    const themes = [{ id: 'price', title: '价格异议周', from: '2026-12-07', to: '2026-12-13', scripts: ['s0001', 's0002', 's0003'] }];
    const themed = library(30, themes);
    for (let d = 0; d < 7; d++) {
      const day = selectDay(themed, addDays('2026-12-07', d));
      expect(day.theme?.title).toBe('价格异议周');
      expect(themes[0]?.scripts).toContain(day.scripts[0]);
      expect(day.themed).toEqual([day.scripts[0]]);
    }
    expect(selectDay(themed, '2026-12-14').theme).toBeUndefined();
    // Over 60 days around the theme, the rotation (non-theme picks) still shows every script.
    const rotated = new Set<string>();
    for (let d = 0; d < 60; d++) {
      const day = selectDay(themed, addDays('2026-11-20', d));
      day.scripts.filter((id) => !day.themed.includes(id)).forEach((id) => rotated.add(id));
    }
    expect(rotated.size).toBe(30);
  });

  it('keeps ids of other cards when a script is added', () => {
    const before = deriveCards({ scripts: [script('a'), script('c')], glossary: [], quizzes: [] }).map((c) => c.id);
    const after = deriveCards({ scripts: [script('a'), script('b'), script('c')], glossary: [], quizzes: [] }).map((c) => c.id);
    expect(after.filter((id) => !id.includes(':b'))).toEqual(before);
  });

  it('practises just the scripts asked for, skipping unknown ids', () => {
    expect(practiceCards(lib, ['s0003', 'nope'])).toEqual(['script:s0003', 'cloze:s0003:1', 'cloze:s0003:2']);
  });

  it('handles tiny libraries', () => {
    expect(rotation([], 'x', 0, 2)).toEqual([]);
    expect(selectDay(library(1), '2026-11-27').scripts).toEqual(['s0000']);
  });
});

describe('what the drill page shows for its address', () => {
  const lib = library(30);
  const plan = (query: string) => drillPlan(lib, new URLSearchParams(query), '2026-12-08');

  it('is today’s team drill by default, or the date asked for; a bad date means today', () => {
    expect(plan('')).toMatchObject({ date: '2026-12-08', deck: selectDay(lib, '2026-12-08').cards, practiceMissing: false });
    expect(plan('date=2026-12-09').deck).toEqual(selectDay(lib, '2026-12-09').cards);
    expect(plan('date=2026-02-30').date).toBe('2026-12-08');
  });
  it('counts down ?minutes= from 1 to 60, and anything else from 10 minutes with the rejected text kept', () => {
    expect(plan('')).toMatchObject({ minutes: 10 });
    expect(plan('')).not.toHaveProperty('minutesRejected');
    expect(plan('minutes=15')).toMatchObject({ minutes: 15 });
    expect(plan('minutes=７.5')).toMatchObject({ minutes: 7.5 });
    // Read like a fill-in quiz answer: Chinese numerals too.
    expect(plan(`minutes=${encodeURIComponent('十五')}`)).toMatchObject({ minutes: 15 });
    expect(plan(`minutes=${encodeURIComponent('两')}`)).toMatchObject({ minutes: 2 });
    expect(plan('minutes=60').minutes).toBe(60);
    expect(plan('minutes=1').minutes).toBe(1);
    for (const bad of ['0.001', '1e9', '-5', 'x', '61', '0', 'Infinity', '10min']) {
      expect(plan(`minutes=${encodeURIComponent(bad)}`), bad).toMatchObject({ minutes: 10, minutesRejected: bad });
    }
  });
  it('reviews the day’s cards first, then the whole library, under the daily cap', () => {
    const { deck, review } = plan('');
    expect(review.ids.slice(0, deck.length)).toEqual(deck);
    expect(new Set(review.ids).size).toBe(review.ids.length);
    expect(review.ids).toHaveLength(Object.values(lib.scriptCards).flat().length + lib.terms.length + lib.questions.length);
    expect(review.options).toEqual({});
  });
  it('practises a path step’s scripts with no cap, or says none of them exists any more', () => {
    const practice = plan('scripts=s0003,gone,s0001');
    expect(practice.practice).toEqual(['s0003', 's0001']);
    expect(practice.deck).toEqual(practiceCards(lib, ['s0003', 's0001']));
    expect(practice.review).toEqual({ ids: practice.deck, options: { uncapped: true } });
    expect(plan('scripts=gone')).toMatchObject({ practiceMissing: true, deck: selectDay(lib, '2026-12-08').cards });
  });
});

describe('cards derived from content', () => {
  it('makes recite, cloze and objection cards from a script', () => {
    const cards = deriveCards({ scripts: [script('price', { objection: '你们的价格太高了。' })], glossary: [], quizzes: [] });
    expect(cards.map((c) => c.id)).toEqual(['script:price', 'cloze:price:1', 'cloze:price:2', 'objection:price']);
    expect(cards[1]).toMatchObject({
      kind: 'cloze',
      cue: '你们的价格太高了，比我预想的贵。',
      before: '理解。我们一起',
      phrase: '算一下总成本',
      after: '吧。',
    });
    expect(cards[3]).toMatchObject({ kind: 'objection', response: '理解。我们一起算一下总成本吧。' });
  });
  it('makes a card of each quiz question with its answer written out', () => {
    const q = questionSchema(idRef);
    const questions = [
      q.parse({
        id: 'one',
        kind: 'single',
        prompt: '几点？',
        options: ['8:30', '8:50'],
        answer: 'B',
        explanation: '因为。',
        section: 'a/b',
      }),
      q.parse({ id: 'tf', kind: 'truefalse', prompt: '对吗？', answer: '错', explanation: '因为。', section: 'a/b' }),
      q.parse({ id: 'fill', kind: 'fill', prompt: '当天 ___ 建档', answer: ['当天', '当日'], explanation: '因为。', section: 'a/b' }),
    ];
    const cards = deriveCards({ scripts: [], glossary: [], quizzes: [{ id: 'daily', data: { title: '日常', questions } }] });
    expect(cards.map((c) => [c.id, c.kind === 'quiz' && c.answer])).toEqual([
      ['quiz:daily:one', ['B. 8:50']],
      ['quiz:daily:tf', ['错']],
      ['quiz:daily:fill', ['当天 ／ 当日']],
    ]);
  });
});

describe('cards and rules awaiting confirmation', () => {
  it('never blanks words inside a :pending[…] mark: the cloze uses an unmarked occurrence or is left out', () => {
    const marked = script('pay', {
      lines: [
        { speaker: 'customer', text: '什么时候付款？' },
        { speaker: 'rep', text: '签约后付 :pending[30% 预付款]，发货前付清。' },
        { speaker: 'rep', text: '余款发货前付清，30% 预付款到账就排产。' },
      ],
      keyPhrases: ['30% 预付款', '发货前付清', '只在标记里 :pending[x]'],
    });
    const cards = deriveCards({ scripts: [marked], glossary: [], quizzes: [] });
    expect(cards.filter((c) => c.kind === 'cloze').map((c) => c.kind === 'cloze' && [c.id, c.before, c.phrase, c.after])).toEqual([
      // The first line holds 30% 预付款 only inside the mark: the card takes the line where it is plain.
      ['cloze:pay:1', '余款发货前付清，', '30% 预付款', '到账就排产。'],
      // Outside the mark in the first line: the mark stays whole in the text around the blank.
      ['cloze:pay:2', '签约后付 :pending[30% 预付款]，', '发货前付清', '。'],
    ]);
  });
  it('makes no drill card of a practice question (练习题，不计分)', () => {
    const q = questionSchema(idRef);
    const questions = [
      q.parse({ id: 'sure', kind: 'truefalse', prompt: '8:30 上班？', answer: '对', explanation: '作息表。', section: 'a/b' }),
      q.parse({
        id: 'open',
        kind: 'truefalse',
        prompt: '折扣 5% 以内？',
        answer: '对',
        explanation: '待确认。',
        section: 'a/b',
        practice: true,
      }),
    ];
    const cards = deriveCards({ scripts: [], glossary: [], quizzes: [{ id: 'daily', data: { title: '日常', questions } }] });
    expect(cards.map((c) => c.id)).toEqual(['quiz:daily:sure']);
  });
});

describe('weekly themes', () => {
  const scripts = [
    { id: 'a', stage: 'proposal', tags: ['价格异议'] },
    { id: 'b', stage: 'negotiation', tags: ['价格异议'] },
    { id: 'c', stage: 'negotiation', tags: ['合同'] },
  ];
  it('matches by stage and tags together, plus hand-picked scripts', () => {
    expect(themeScripts({ stage: 'negotiation', tags: [], scripts: [] }, scripts)).toEqual(['b', 'c']);
    expect(themeScripts({ tags: ['价格异议'], scripts: [] }, scripts)).toEqual(['a', 'b']);
    expect(themeScripts({ stage: 'negotiation', tags: ['价格异议'], scripts: ['a'] }, scripts)).toEqual(['a', 'b']);
  });
  it('finds the theme of a date and reports overlaps', () => {
    const themes = resolveThemes(
      [
        { id: 'w2', title: 'B', from: '2026-12-10', to: '2026-12-20', tags: ['合同'], scripts: [] },
        { id: 'w1', title: 'A', from: '2026-12-01', to: '2026-12-10', tags: ['价格异议'], scripts: [] },
      ],
      scripts,
    );
    expect(themeOn(themes, '2026-12-05')?.id).toBe('w1');
    expect(themeOn(themes, '2026-12-21')).toBeUndefined();
    expect(overlappingThemes(themes).map(([a, b]) => [a.id, b.id])).toEqual([['w1', 'w2']]);
  });
});

describe('personal review with FSRS', () => {
  const now = new Date('2026-11-27T01:00:00Z');
  const ids = Array.from({ length: 15 }, (_, i) => `term:t${i}`);

  it('moves a graded card’s due date exactly as ts-fsrs schedules it', () => {
    const drill = emptyProgress().drill;
    const state = gradeCard(drill, 'term:t0', 3, now);
    const expected = fsrs(generatorParameters({ enable_fuzz: true, enable_short_term: true })).next(
      createEmptyCard(now),
      now,
      Rating.Good,
    ).card;
    expect(state).toEqual(fromCard(expected));
    expect(Date.parse(state.due)).toBeGreaterThan(now.getTime());
    // A second Good a day later pushes it further out, and Again brings it back sooner than Easy.
    const later = new Date(now.getTime() + 86_400_000);
    const preview = previewDue(state, later);
    expect(Date.parse(preview[1])).toBeLessThan(Date.parse(preview[4]));
    const second = gradeCard(drill, 'term:t0', 3, later);
    expect(second.due).toBe(preview[3]);
    expect(drill.days['2026-11-27']).toEqual({ reviewed: 1, remembered: 1, introduced: 1 });
    expect(drill.days['2026-11-28']).toEqual({ reviewed: 1, remembered: 1, introduced: 0 });
  });

  it('offers at most the daily cap of new cards, counting those already introduced today', () => {
    const drill = emptyProgress().drill;
    expect(reviewQueue(ids, drill, now).fresh).toHaveLength(NEW_PER_DAY);
    gradeCard(drill, 'term:t0', 4, now);
    gradeCard(drill, 'term:t1', 1, now);
    const queue = reviewQueue(ids, drill, now);
    expect(queue.fresh).toHaveLength(NEW_PER_DAY - 2);
    expect(queue.fresh).not.toContain('term:t0');
    // Again brings t1 back within minutes: it is in the queue (learn-ahead), Easy's t0 is not.
    expect(queue.due).toEqual(['term:t1']);
    expect(reviewQueue(ids, drill, now, { uncapped: true }).fresh).toHaveLength(13);
  });

  it('leaves the day’s new cards alone when a path step’s scripts are practised', () => {
    const lib = library(30);
    const practice = drillPlan(lib, new URLSearchParams('scripts=s0003,s0004'), '2026-11-27');
    const daily = drillPlan(lib, new URLSearchParams(''), '2026-11-27');
    const drill = emptyProgress().drill;
    for (const id of practice.review.ids) gradeCard(drill, id, 3, now, { practice: Boolean(practice.review.options.uncapped) });
    expect(practice.review.ids.length).toBeGreaterThan(3);
    expect(drill.days['2026-11-27']).toMatchObject({ reviewed: practice.review.ids.length, introduced: 0 });
    expect(reviewQueue(daily.review.ids, drill, now, daily.review.options).fresh).toHaveLength(NEW_PER_DAY);
    // The daily review itself still counts what it introduces.
    gradeCard(
      drill,
      daily.review.ids.find((id) => !drill.cards[id])!,
      3,
      now,
    );
    expect(drill.days['2026-11-27']?.introduced).toBe(1);
  });

  it('counts due today, reviews, retention and the streak', () => {
    const drill = emptyProgress().drill;
    drill.days['2026-11-25'] = { reviewed: 4, remembered: 3, introduced: 4 };
    drill.days['2026-11-26'] = { reviewed: 4, remembered: 4, introduced: 0 };
    expect(drillStats(ids, drill, now)).toMatchObject({ streak: 2, reviewedToday: 0, retention: 88, dueToday: 0, learned: 0 });
    gradeCard(drill, 'term:t0', 1, now);
    expect(drillStats(ids, drill, now)).toMatchObject({ streak: 3, reviewedToday: 1, dueToday: 1, learned: 1, newToday: 9 });
  });

  it('writes waits the way the grade buttons show them', () => {
    expect(formatInterval(now, new Date(now.getTime() + 600_000).toISOString())).toBe('10 分钟');
    expect(formatInterval(now, new Date(now.getTime() + 3 * 86_400_000).toISOString())).toBe('3 天');
  });
});

describe('a date in a timetable’s season (the sign-off sheet’s links to the drill agenda)', () => {
  // The timetables as content/schedule.yaml has them.
  const file = parse(readFileSync('content/schedule.yaml', 'utf8')) as Record<string, { months: number[] }>;
  const tables = Object.entries(file).map(([id, data]) => ({ id, data }));

  it('gives, for every timetable, a date on or after the given day on which the drill shows that timetable', () => {
    expect(tables.map((table) => table.id).sort()).toEqual(['summer', 'winter']);
    for (const from of ['2026-12-01', '2026-05-31', '2026-09-30', '2027-04-15']) {
      for (const table of tables) {
        const date = seasonDate(tables, table.id, from);
        expect(date && timetableFor(tables, date)?.id, `${table.id} from ${from}`).toBe(table.id);
        expect(date! >= from).toBe(true);
      }
    }
    expect(seasonDate(tables, 'winter', '2026-12-01')).toBe('2026-12-01');
    expect(seasonDate(tables, 'summer', '2026-12-01')).toBe('2027-05-01');
    expect(seasonDate(tables, 'winter', '2026-09-30')).toBe('2026-10-01');
  });

  it('gives none for a timetable no date selects', () => {
    expect(seasonDate([...tables, { id: 'spare', data: { months: [5] } }], 'spare', '2026-12-01')).toBeUndefined();
  });
});

describe('the timetable of a date', () => {
  const tables = [
    { id: 'summer', data: { months: [5, 6, 7, 8, 9] } },
    { id: 'winter', data: { months: [10, 11, 12, 1, 2, 3, 4] } },
  ];
  it('is summer or winter by month, with the block running now', () => {
    expect(timetableFor(tables, '2026-07-01')?.id).toBe('summer');
    expect(timetableFor(tables, '2026-11-27')?.id).toBe('winter');
    expect(
      currentBlock(
        [
          { start: '08:30', end: '08:50' },
          { start: '08:50', end: '09:00' },
        ],
        8 * 60 + 55,
      ),
    ).toBe(1);
  });
});
