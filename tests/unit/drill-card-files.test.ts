import { describe, expect, it } from 'vitest';
import {
  cardFile,
  cardFiles,
  cardGroup,
  compactLibrary,
  compactThemes,
  expandLibrary,
  expandThemes,
  isCardFile,
  scriptFile,
} from '../../src/lib/drill/card-files';
import { deriveCards, libraryOf, type ScriptInput } from '../../src/lib/drill/cards';
import { resolveThemes } from '../../src/lib/drill/themes';
import { drillIsland } from '../../src/lib/islands/drill';
import { idRef } from '../../src/schemas/common';
import { questionSchema } from '../../src/schemas/quiz';

const script = (id: string, keyPhrases: string[], objection?: string): ScriptInput => ({
  id,
  data: {
    title: `话术 ${id}`,
    stage: 'proposal',
    scenario: '第二次面访。',
    ...(objection ? { objection } : {}),
    lines: [
      { speaker: 'customer', text: '你们的价格太高了。' },
      { speaker: 'rep', text: '理解。我们一起算一下总成本吧。' },
      { speaker: 'customer', text: '好。' },
      { speaker: 'rep', text: '我周四打电话给您。' },
    ],
    keyPhrases,
    keyPoints: ['先认同。'],
    tags: id.startsWith('price') ? ['价格'] : [],
  },
});

const scripts = [
  script('price-too-high', ['算一下总成本', '周四打电话'], '你们的价格太高了。'),
  // The second key phrase is in no rep line: no cloze card 2, but card 3 keeps its number.
  script('cold-call', ['算一下总成本', '不在对话里', '周四打电话']),
  script('price-follow-up', []),
];
const cards = deriveCards({
  scripts,
  glossary: [
    { id: '报价', data: { definition: '书面报价。', aliases: [] } },
    { id: 'CIF', data: { definition: '到岸价。', aliases: [] } },
  ],
  quizzes: [
    {
      id: 'pricing',
      data: {
        title: '报价测验',
        questions: [
          { id: 'q1', kind: 'truefalse', prompt: '报价要写有效期。', answer: '对', explanation: '必须写。', section: 'a/b' },
          { id: 'q2', kind: 'truefalse', prompt: '可以口头报价。', answer: '错', explanation: '要书面。', section: 'a/b' },
        ].map((question) => questionSchema(idRef).parse(question)),
      },
    },
  ],
});
const themes = resolveThemes(
  [{ id: 'w1', title: '价格周', from: '2026-12-07', to: '2026-12-13', tags: ['价格'], scripts: [] }],
  scripts.map((s) => ({ id: s.id, stage: s.data.stage, tags: s.data.tags })),
);
const library = libraryOf(cards, themes);

describe('drill card files', () => {
  it('keeps a script’s cards together, a quiz’s questions together and each term alone', () => {
    expect(cardGroup('script:cold-call')).toBe('script:cold-call');
    expect(cardGroup('cloze:cold-call:3')).toBe('script:cold-call');
    expect(cardGroup('objection:cold-call')).toBe('script:cold-call');
    expect(cardGroup('quiz:pricing:q2')).toBe('quiz:pricing');
    expect(cardGroup('term:报价')).toBe('term:报价');
    // An id of no known format (an older one still in someone's progress) is a group of its own.
    expect(cardGroup('cold-call/2')).toBe('cold-call/2');
    expect(cardFile('cloze:cold-call:3')).toBe(scriptFile('cold-call'));
    expect(cardFile('term:报价')).toMatch(/^[0-9a-z]+$/);
    expect(cardFile('term:报价')).not.toBe(cardFile('term:CIF'));
  });

  it('puts every card the builder makes in the file the browser asks for, with its script’s title', () => {
    const files = cardFiles(
      cards.map((card) => ({ id: card.id, html: `<article data-card-id="${card.id}"></article>` })),
      Object.fromEntries(scripts.map((s) => [s.id, s.data.title])),
    );
    for (const card of cards) expect(files.get(cardFile(card.id))?.cards[card.id], card.id).toContain(card.id);
    for (const s of scripts) expect(files.get(scriptFile(s.id))?.titles[s.id]).toBe(`话术 ${s.id}`);
    // 3 scripts, 2 terms, 1 quiz.
    expect(files.size).toBe(6);
    for (const file of files.values()) expect(isCardFile(file)).toBe(true);
  });

  it('writes the same files whatever order the cards and titles come in', () => {
    const rendered = cards.map((card) => ({ id: card.id, html: `<p>${card.id}</p>` }));
    const titles = Object.fromEntries(scripts.map((s) => [s.id, s.data.title]));
    const once = JSON.stringify([...cardFiles(rendered, titles)]);
    const reversed = JSON.stringify([...cardFiles([...rendered].reverse(), Object.fromEntries(Object.entries(titles).reverse()))]);
    expect(reversed).toBe(once);
  });

  it('rejects a fetched file that is not a card file', () => {
    expect(isCardFile({ cards: { a: '<p></p>' }, titles: {} })).toBe(true);
    for (const bad of [null, [], 'x', { cards: {} }, { cards: { a: 1 }, titles: {} }, { cards: [], titles: {} }])
      expect(isCardFile(bad), JSON.stringify(bad)).toBe(false);
  });
});

describe('the compact library the pages carry', () => {
  it('gives back the card builder’s ids in the same order', () => {
    const compact = compactLibrary(library);
    expect(compact.shapes[compact.scripts.indexOf('cold-call')]).toBe('s,c1,c3');
    expect(compact.shapes[compact.scripts.indexOf('price-follow-up')]).toBe('s');
    expect(compact.shapes[compact.scripts.indexOf('price-too-high')]).toBe('s,c1,c2,o');
    expect(JSON.stringify(expandLibrary(compact))).toBe(JSON.stringify(library));
  });

  it('writes theme scripts as positions and reads them back', () => {
    const compact = compactThemes(library.themes, library.scripts);
    expect(compact[0]?.scripts).toEqual([1, 2]);
    expect(expandThemes(compact, library.scripts)).toEqual(library.themes);
    expect(() => compactThemes([{ ...library.themes[0]!, scripts: ['gone'] }], library.scripts)).toThrow(
      'Drill theme "w1" names script "gone", which has no drill cards',
    );
  });

  it('refuses a card id it cannot rebuild, naming it', () => {
    expect(() =>
      compactLibrary({ ...library, scriptCards: { ...library.scriptCards, 'cold-call': ['script:cold-call', 'cold-call/2'] } }),
    ).toThrow('Drill card "cold-call/2" of script "cold-call" has no shape');
  });
});

describe('the drill page’s island check (no zod on the first visit)', () => {
  it('accepts the library as the build writes it and gives it back whole', () => {
    const data = JSON.parse(JSON.stringify({ library: compactLibrary(library) })) as unknown;
    expect(drillIsland.parse(data)).toEqual({ library: compactLibrary(library) });
    expect(expandLibrary(drillIsland.parse(data).library)).toEqual(library);
  });

  it('refuses a library that is not the build’s, naming the field', () => {
    const good = compactLibrary(library);
    expect(() => drillIsland.parse({ library: { ...good, shapes: [...good.shapes, 's'] } })).toThrow(
      'shapes: expected one card shape per script',
    );
    expect(() => drillIsland.parse({ library: { ...good, shapes: good.shapes.map(() => 's,x') } })).toThrow('"s,x" is not a card shape');
    expect(() => drillIsland.parse({ library: { ...good, terms: 'CIF' } })).toThrow('terms:');
    expect(() => drillIsland.parse({ library: { ...good, themes: [{ id: 'w1' }] } })).toThrow('themes:');
    expect(() => drillIsland.parse({ library: { ...good, scripts: undefined } })).toThrow('scripts:');
    expect(() => drillIsland.parse([])).toThrow('expected an object');
  });
});
