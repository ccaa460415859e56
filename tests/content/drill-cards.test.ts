/** The bundled content makes a sound drill: unique card ids, and themes that really lean. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check';
import { cardId, deriveCards, libraryOf, parseCardId, scriptOfCard, type QuizInput, type ScriptInput, type TermInput } from '../../src/lib/drill/cards';
import { addDays } from '../../src/lib/date';
import { cardFile, cardFiles, compactLibrary, expandLibrary, scriptFile } from '../../src/lib/drill/card-files';
import { drillPlan } from '../../src/lib/drill/plan';
import { selectDay } from '../../src/lib/drill/select';
import { resolveThemes, type ThemeInput } from '../../src/lib/drill/themes';
import { urls } from '../../src/lib/urls';

describe('the drill over the bundled content', async () => {
  const { entries } = await checkContent(join(import.meta.dirname, '..', '..'));
  const of = <T>(collection: string) => entries.filter((e) => e.collection === collection && e.parsed).map((e) => ({ id: e.id, data: e.parsed }) as T);
  const scripts = of<ScriptInput>('scripts');
  const cards = deriveCards({ scripts, glossary: of<TermInput>('glossary'), quizzes: of<QuizInput>('quizzes') });
  const themes = resolveThemes(
    of<{ id: string; data: Omit<ThemeInput, 'id' | 'scripts'> & { scripts: { id: string }[] } }>('drillThemes').map((t) => ({ id: t.id, ...t.data, scripts: t.data.scripts.map((r) => r.id) })),
    scripts.map((s) => ({ id: s.id, stage: s.data.stage, tags: s.data.tags })),
  );
  const library = libraryOf(cards, themes);

  it('gives every card its own id and every script a recitation card', () => {
    expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
    for (const script of scripts) expect(library.scriptCards[script.id]?.[0]).toBe(`script:${script.id}`);
  });

  it('writes every card id in the one format that parseCardId reads back', () => {
    for (const card of cards) {
      const parsed = parseCardId(card.id);
      expect(parsed?.kind, card.id).toBe(card.kind);
      if (card.kind === 'term') expect(cardId.term(card.title)).toBe(card.id);
      else if (card.kind === 'quiz' && parsed?.kind === 'quiz') expect(cardId.quiz(card.quiz, parsed.question)).toBe(card.id);
      else if (card.kind !== 'quiz') expect(scriptOfCard(card.id), card.id).toBe(card.script);
    }
    expect(parseCardId('cold-call-opening/2')).toBeUndefined();
  });

  it('puts a script of the week’s theme into every theme day', () => {
    for (const theme of themes) {
      for (let date = theme.from; date <= theme.to; date = addDays(date, 1)) {
        const day = selectDay(library, date);
        expect(day.theme?.id, date).toBe(theme.id);
        expect(theme.scripts, date).toContain(day.scripts[0]);
      }
    }
  });

  it('finds every card the page can ask for in the file the browser fetches, from the compact library alone', () => {
    const compact = compactLibrary(library);
    const browser = expandLibrary(JSON.parse(JSON.stringify(compact)) as typeof compact);
    expect(JSON.stringify(browser)).toBe(JSON.stringify(library));
    const files = cardFiles(
      cards.map((card) => ({ id: card.id, html: card.id })),
      Object.fromEntries(scripts.map((s) => [s.id, s.data.title])),
    );
    const plan = drillPlan(browser, new URLSearchParams(), '2026-12-08');
    // The review runs over the day's deck and the whole library: every id it may show is fetchable.
    for (const id of plan.review.ids) expect(files.get(cardFile(id))?.cards[id], id).toBe(id);
    for (const s of scripts) expect(files.get(scriptFile(s.id))?.titles[s.id], s.id).toBeTruthy();
    // A day's deck is a handful of small files, not the library.
    for (let date = '2026-12-01'; date <= '2026-12-31'; date = addDays(date, 1)) {
      const deck = selectDay(browser, date).cards;
      expect(new Set(deck.map(cardFile)).size, date).toBeLessThanOrEqual(6);
    }
  });

  it('links a path step to the practice of its scripts', () => {
    expect(urls.drill({ scripts: ['a', 'b'] })).toBe('/drill/?scripts=a,b');
    expect(urls.drill({ date: '2026-12-01' })).toBe('/drill/?date=2026-12-01');
  });
});
