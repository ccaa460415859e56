/**
 * Quizzes never score unconfirmed rules. A scored question (no `practice: true`) fails when its
 * answer rests on a rule the section only states inside :pending[…]:
 *
 * - the scope is the question's section, narrowed to the heading its `anchor` names (with that
 *   heading's subheadings) — a role name that happens to sit in a mark elsewhere in the section
 *   does not count;
 * - a figure (amount, percentage, time, deadline, count) of the correct answer — the correct
 *   option(s), the fill-in answer put into its blank, the items to order — or of the prompt
 *   (which a true/false statement is) counts when, in that scope, it appears inside a mark and
 *   nowhere outside one; figures are compared in one spelling (三个工作日 = 3 个工作日, ¥5万 = 50000 元);
 * - the text of a correct option, fill-in answer or ordering item counts when it appears, in that
 *   scope, inside a mark and nowhere outside one (compared without spaces and punctuation).
 *
 * A quiz must also keep at least one scored question, or it could never be passed.
 * Marks and headings are those remark-pending read while the body phase compiled each section as
 * the build does (src/lib/pending-marks.ts): the same marks the page shows.
 */
import { slug } from 'github-slugger';
import { normaliseNumbers } from '../../lib/numbers';
import { findFigures, normalizeFigure } from '../../lib/pending';
import { runsUnder, type PendingView } from '../../lib/pending-marks';
import type { Question } from '../../schemas/quiz';
import { entryProblem, type CheckContext } from '../context';
import { parsedOf, type Entry } from '../entries';
import type { Problem } from '../problem';

interface QuestionData {
  id: string;
  kind: 'single' | 'multiple' | 'truefalse' | 'order' | 'fill';
  prompt: string;
  practice: boolean;
  section: { id: string };
  anchor?: string;
  options?: string[];
  correct?: number | number[] | boolean;
  items?: string[];
  accepted?: string[];
}

/** What the rule reads of a question, whatever its kind. */
export function questionData(question: Question): QuestionData {
  const base = { id: question.id, kind: question.kind, prompt: question.prompt, practice: question.practice, section: question.section };
  const anchor = question.anchor ? { anchor: question.anchor } : {};
  switch (question.kind) {
    case 'single':
    case 'multiple':
      return { ...base, ...anchor, options: question.options, correct: question.correct };
    case 'truefalse':
      return { ...base, ...anchor, correct: question.correct };
    case 'order':
      return { ...base, ...anchor, items: question.items };
    case 'fill':
      return { ...base, ...anchor, accepted: question.accepted };
  }
}

/** One spelling per figure: 08:30 = 8:30, 三个工作日 = 3 工作日, ¥5万 = 50000 元, 前一天 = 1 天. */
export function figureKey(figure: string): string {
  const key = normaliseNumbers(normalizeFigure(figure)).replace(/^前/, '');
  return key.startsWith('¥') ? `${key.slice(1).replace(/元$/, '')}元` : key;
}

const figureKeys = (text: string) => new Set(findFigures(text).map((figure) => figureKey(figure.text)));

/** Text compared for containment: half-width, numbers in digits, no spaces, punctuation or symbols. */
export function textKey(text: string): string {
  return normaliseNumbers(text).replace(/[\s\p{P}\p{S}]/gu, '');
}

const BLANK = /_{3,}|＿{2,}/;

/** The figures the question states or asks for, each with the text it was read from. */
function questionFigures(question: QuestionData): string[] {
  const texts: string[] = [];
  switch (question.kind) {
    case 'single':
    case 'multiple': {
      const correct = Array.isArray(question.correct) ? question.correct : [question.correct as number];
      texts.push(question.prompt, ...correct.map((index) => question.options?.[index] ?? ''));
      break;
    }
    case 'truefalse':
      texts.push(question.prompt);
      break;
    case 'order':
      texts.push(question.prompt, ...(question.items ?? []));
      break;
    case 'fill':
      // The answer in its blank, so 到期前 ___ 天 with 七 reads 七 天.
      texts.push(...(question.accepted ?? []).map((answer) => question.prompt.replace(BLANK, answer)));
      break;
  }
  return texts.flatMap((text) => findFigures(text).map((figure) => figure.text));
}

/** The answer texts that could be quoted from the section: correct options, fill-in answers, items. */
function answerPhrases(question: QuestionData): string[] {
  switch (question.kind) {
    case 'single':
    case 'multiple': {
      const correct = Array.isArray(question.correct) ? question.correct : [question.correct as number];
      return correct.map((index) => question.options?.[index] ?? '');
    }
    case 'fill': {
      // The answer with the words after its blank (B → B 级以上), as a mark would state it.
      const after = /(?:_{3,}|＿{2,})\s*([^，。；、？！,.;?!_＿]{1,8})/.exec(question.prompt)?.[1]?.trim() ?? '';
      return (question.accepted ?? []).flatMap((answer) => (after ? [answer, `${answer} ${after}`] : [answer]));
    }
    case 'order':
      return question.items ?? [];
    case 'truefalse':
      return [];
  }
}

/** Substrings of `a` at least `min` long that also occur in `b`, longest first. */
function commonRuns(a: string, b: string, min: number): string[] {
  const found = new Set<string>();
  for (let i = 0; i < a.length; i++) {
    for (let j = a.length; j - i >= min; j--) {
      const part = a.slice(i, j);
      if (b.includes(part)) {
        found.add(part);
        break;
      }
    }
  }
  return [...found].sort((x, y) => y.length - x.length);
}

/** Shortest run of the prompt's words that ties it to one mark (定制打样). */
const TOPIC_MIN = 4;

/**
 * Why the question rests on marks of its scope, one sentence per reason; empty when it tests
 * text stated outside marks. Reasons, in order of strength:
 * 1. a figure of the question appears in a mark there and nowhere outside one;
 * 2. a correct option, fill-in answer or item is quoted from a mark and stated nowhere outside one;
 * 3. the answer and a run of the prompt's words (4+ characters) sit in the same mark, and those
 *    words appear nowhere outside marks there (定制打样 … 业务部经理).
 */
export function pendingEvidence(question: QuestionData, model: PendingView): string[] {
  const runs = runsUnder(model, question.anchor ? slug(question.anchor.trim()) : undefined);
  if (!runs?.some((run) => run.mark)) return [];
  const marks = new Map<string, string>();
  let outside = '';
  for (const run of runs) {
    if (run.mark) {
      marks.set(run.mark, (marks.get(run.mark) ?? '') + run.text);
      outside += '\n';
    } else outside += run.text;
  }
  const markTexts = [...marks.values()];
  const inKeys = new Set(markTexts.flatMap((text) => [...figureKeys(text)]));
  const outKeys = figureKeys(outside);
  const reasons: string[] = [];
  /** Figures already given as a reason, as written (so the option quoting them is not a second reason). */
  const flagged: string[] = [];

  for (const figure of questionFigures(question)) {
    const key = figureKey(figure);
    const text = figure.replace(/\s+/g, ' ').trim();
    if (!inKeys.has(key) || outKeys.has(key) || flagged.some((done) => figureKey(done) === key)) continue;
    reasons.push(`“${text}”只写在待确认标记里`);
    flagged.push(text);
  }

  const markKeys = markTexts.map(textKey);
  const outsideKey = textKey(outside);
  const promptKey = textKey(question.prompt.replace(BLANK, ' '));
  const flaggedText = flagged.map(textKey);
  for (const phrase of answerPhrases(question)) {
    const key = textKey(phrase);
    if (key.length < 2 || flaggedText.some((done) => key.includes(done) || done.includes(key))) continue;
    const holding = markKeys.filter((mark) => mark.includes(key));
    if (holding.length === 0) continue;
    const shown = phrase.replace(/\s+/g, ' ').trim();
    if (!outsideKey.includes(key)) {
      reasons.push(`答案“${shown}”只写在待确认标记里`);
      flaggedText.push(key);
      continue;
    }
    // The answer is stated outside marks too (a role name, say): it counts only when the mark
    // holding it is also the one the prompt is about.
    const topic = holding
      .flatMap((mark) => commonRuns(promptKey, mark.split(key).join('\u0000'), TOPIC_MIN))
      .find((run) => !outsideKey.includes(run));
    if (topic) {
      reasons.push(`题干的“${topic}”和答案“${shown}”只写在同一条待确认规则里`);
      flaggedText.push(key);
    }
  }
  return reasons;
}

export function pendingAnswerProblems(context: CheckContext): Problem[] {
  const problems: Problem[] = [];
  const sections = new Map<string, Entry>(parsedOf(context.entries, 'handbook').map((entry) => [entry.id, entry]));
  for (const entry of parsedOf(context.entries, 'quizzes')) {
    const questions = entry.parsed.questions;
    questions.forEach((question, index) => {
      if (question.practice) return;
      const section = sections.get(question.section.id);
      // A missing section is reported as a reference; a body that did not compile, as a body problem.
      const pending = section && context.bodies.get(section)?.pending;
      if (!pending) return;
      const evidence = pendingEvidence(questionData(question), pending);
      if (evidence.length === 0) return;
      const where = question.anchor ? `${question.section.id}「${question.anchor.trim()}」` : question.section.id;
      problems.push(
        entryProblem(
          entry,
          ['questions', index],
          `题目 ${question.id} 计分，却考了 ${where} 中待确认的规则：${evidence.slice(0, 2).join('；')}；请加 practice: true 改为练习题（不计分），或改考已确认的内容`,
          'pending-answer',
        ),
      );
    });
    if (questions.length > 0 && questions.every((question) => question.practice)) {
      problems.push(
        entryProblem(
          entry,
          ['questions'],
          `${questions.length} 道题全是练习题（practice: true），测验无法计分和及格；请至少保留一道考已确认内容的计分题`,
          'pending-answer',
        ),
      );
    }
  }
  return problems;
}
