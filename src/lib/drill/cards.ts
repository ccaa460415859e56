/**
 * Drill cards derived from the content at build time. Ids are built from content ids only
 * (`script:<id>`, `cloze:<id>:<n>`, `objection:<id>`, `term:<term>`, `quiz:<quiz>:<question>`), so a
 * card keeps its review history when other content is added, removed or reordered. The id format is
 * a contract: progress stores FSRS state under these ids, and whatever reads progress (a path's
 * drill step) parses them with `parseCardId`, never by hand.
 */
import type { Question } from '../../schemas/quiz';
import { seededShuffle } from '../random';
import type { DrillLibrary } from './select';
import type { DrillTheme } from './themes';

export interface Line {
  speaker: 'rep' | 'customer';
  text: string;
}

export interface ScriptInput {
  id: string;
  data: {
    title: string;
    stage: string;
    scenario: string;
    objection?: string;
    lines: Line[];
    keyPhrases: string[];
    keyPoints: string[];
    tags: string[];
  };
}
export interface TermInput {
  id: string;
  data: { definition: string; aliases: string[]; en?: string };
}
export interface QuizInput {
  id: string;
  data: { title: string; questions: Question[] };
}

interface CardBase {
  id: string;
  /** What the card is about, for lists (script title, term, quiz title). */
  title: string;
}

/** Recite the rep's side: the scenario and the customer's lines are shown. */
export interface ScriptCard extends CardBase {
  kind: 'script';
  script: string;
  scenario: string;
  lines: Line[];
  keyPhrases: string[];
}
/** One key phrase hidden in its rep line; the customer line before it gives the cue. */
export interface ClozeCard extends CardBase {
  kind: 'cloze';
  script: string;
  cue?: string;
  before: string;
  phrase: string;
  after: string;
}
/** The customer's objection; answer with the rep's reply and the principles. */
export interface ObjectionCard extends CardBase {
  kind: 'objection';
  script: string;
  scenario: string;
  objection: string;
  response: string;
  keyPoints: string[];
}
export interface TermCard extends CardBase {
  kind: 'term';
  en?: string;
  aliases: string[];
  definition: string;
}
export interface QuizCard extends CardBase {
  kind: 'quiz';
  quiz: string;
  /** The question's kind: single, multiple, truefalse, order or fill. */
  format: Question['kind'];
  prompt: string;
  /** What is shown under the prompt: options (A. …), items to order, or a 对/错 hint. */
  choices: string[];
  /** The right answer, written out. */
  answer: string[];
  explanation: string;
}

export type DrillCard = ScriptCard | ClozeCard | ObjectionCard | TermCard | QuizCard;

/** Builds the id of each kind of card: the only place the format is written. */
export const cardId = {
  script: (scriptId: string) => `script:${scriptId}`,
  /** `n` counts the script's key phrases from 1. */
  cloze: (scriptId: string, n: number) => `cloze:${scriptId}:${n}`,
  objection: (scriptId: string) => `objection:${scriptId}`,
  term: (term: string) => `term:${term}`,
  quiz: (quizId: string, questionId: string) => `quiz:${quizId}:${questionId}`,
};

export type ParsedCardId =
  | { kind: 'script' | 'objection'; script: string }
  | { kind: 'cloze'; script: string; n: number }
  | { kind: 'term'; term: string }
  | { kind: 'quiz'; quiz: string; question: string };

/** Reads an id built by `cardId`; undefined for anything else (an id from an older format, a typo). */
export function parseCardId(id: string): ParsedCardId | undefined {
  const colon = id.indexOf(':');
  const kind = id.slice(0, colon);
  const rest = id.slice(colon + 1);
  if (colon < 1 || !rest) return undefined;
  switch (kind) {
    case 'script':
    case 'objection':
      return { kind, script: rest };
    case 'cloze': {
      const match = /^(.+):([1-9]\d*)$/.exec(rest);
      return match ? { kind, script: match[1]!, n: Number(match[2]) } : undefined;
    }
    case 'term':
      return { kind, term: rest };
    case 'quiz': {
      const split = rest.indexOf(':');
      return split > 0 && split < rest.length - 1 ? { kind, quiz: rest.slice(0, split), question: rest.slice(split + 1) } : undefined;
    }
    default:
      return undefined;
  }
}

/** The script a card practises (recitation, cloze or objection card), if any. */
export function scriptOfCard(id: string): string | undefined {
  const parsed = parseCardId(id);
  return parsed && 'script' in parsed ? parsed.script : undefined;
}

const LETTERS = 'ABCDEFGH';
const normalise = (text: string) => text.replace(/[\s，。！？、“”"',.!?]/g, '');

/** The rep's reply to the objection: the rep line after the customer line that voices it. */
function objectionResponse(lines: Line[], objection: string): string {
  const wanted = normalise(objection);
  let at = lines.findIndex(
    (line) => line.speaker === 'customer' && (normalise(line.text).includes(wanted) || wanted.includes(normalise(line.text))),
  );
  if (at < 0) at = lines.findIndex((line) => line.speaker === 'customer');
  const reply = lines.slice(at + 1).find((line) => line.speaker === 'rep') ?? lines.find((line) => line.speaker === 'rep');
  return reply?.text ?? '';
}

export function scriptCards(script: ScriptInput): DrillCard[] {
  const { id, data } = script;
  const cards: DrillCard[] = [
    {
      id: cardId.script(id),
      kind: 'script',
      title: data.title,
      script: id,
      scenario: data.scenario,
      lines: data.lines,
      keyPhrases: data.keyPhrases,
    },
  ];
  data.keyPhrases.forEach((phrase, n) => {
    const index = data.lines.findIndex((line) => line.speaker === 'rep' && line.text.includes(phrase));
    const line = data.lines[index];
    if (!line) return;
    const cue = data.lines
      .slice(0, index)
      .reverse()
      .find((l) => l.speaker === 'customer')?.text;
    const at = line.text.indexOf(phrase);
    cards.push({
      id: cardId.cloze(id, n + 1),
      kind: 'cloze',
      title: data.title,
      script: id,
      ...(cue ? { cue } : {}),
      before: line.text.slice(0, at),
      phrase,
      after: line.text.slice(at + phrase.length),
    });
  });
  if (data.objection) {
    cards.push({
      id: cardId.objection(id),
      kind: 'objection',
      title: data.title,
      script: id,
      scenario: data.scenario,
      objection: data.objection,
      response: objectionResponse(data.lines, data.objection),
      keyPoints: data.keyPoints,
    });
  }
  return cards;
}

export function termCard(term: TermInput): TermCard {
  return {
    id: cardId.term(term.id),
    kind: 'term',
    title: term.id,
    ...(term.data.en ? { en: term.data.en } : {}),
    aliases: term.data.aliases,
    definition: term.data.definition,
  };
}

export function quizCard(quizId: string, quizTitle: string, question: Question): QuizCard {
  const base = {
    id: cardId.quiz(quizId, question.id),
    kind: 'quiz' as const,
    title: quizTitle,
    quiz: quizId,
    format: question.kind,
    prompt: question.prompt,
    explanation: question.explanation,
  };
  switch (question.kind) {
    case 'single':
      return {
        ...base,
        choices: question.options.map((o, i) => `${LETTERS[i]}. ${o}`),
        answer: [`${LETTERS[question.correct]}. ${question.options[question.correct]}`],
      };
    case 'multiple':
      return {
        ...base,
        choices: question.options.map((o, i) => `${LETTERS[i]}. ${o}`),
        answer: question.correct.map((i) => `${LETTERS[i]}. ${question.options[i]}`),
      };
    case 'truefalse':
      return { ...base, choices: [], answer: [question.correct ? '对' : '错'] };
    case 'order':
      // Shown in a fixed shuffled order (seeded by the card id), so the projector and phones agree.
      return { ...base, choices: seededShuffle(question.items, base.id), answer: question.items.map((item, i) => `${i + 1}. ${item}`) };
    case 'fill':
      return { ...base, choices: [], answer: [question.accepted.join(' ／ ')] };
  }
}

/** Every card of the library, in library order: scripts (by id), then terms, then quiz questions. */
export function deriveCards(input: {
  scripts: readonly ScriptInput[];
  glossary: readonly TermInput[];
  quizzes: readonly QuizInput[];
}): DrillCard[] {
  const byId = <T extends { id: string }>(list: readonly T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return [
    ...byId(input.scripts).flatMap(scriptCards),
    ...byId(input.glossary).map(termCard),
    ...byId(input.quizzes).flatMap((quiz) => quiz.data.questions.map((question) => quizCard(quiz.id, quiz.data.title, question))),
  ];
}

/** What the browser needs to choose cards: ids only, grouped (see select.ts). */
export function libraryOf(cards: readonly DrillCard[], themes: DrillTheme[]): DrillLibrary {
  const scriptCards: Record<string, string[]> = {};
  const terms: string[] = [];
  const questions: string[] = [];
  for (const card of cards) {
    if (card.kind === 'term') terms.push(card.id);
    else if (card.kind === 'quiz') questions.push(card.id);
    else (scriptCards[card.script] ??= []).push(card.id);
  }
  return { scripts: Object.keys(scriptCards).sort(), scriptCards, terms: terms.sort(), questions: questions.sort(), themes };
}
