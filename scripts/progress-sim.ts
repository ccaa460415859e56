/**
 * People's progress, simulated through the portal's own store code: the same functions the pages
 * call when a reader picks a role, confirms a section, ticks a step, finishes a quiz or grades a
 * drill card. Used for the committed previous-version fixtures (scripts/progress-fixtures.ts), the
 * team bench and the team view's tests, so that what they read is what the real export writes.
 *
 * The content (paths, sections and their versions, drill card ids) is read by the content check and
 * put through the pages' own builders, so the files name real steps, sections and cards.
 */
import { checkContent } from '../src/check';
import { deriveCards, type QuizInput, type ScriptInput, type TermInput } from '../src/lib/drill/cards';
import { buildTree } from '../src/lib/handbook';
import { teamContent } from '../src/lib/team/content';
import type { TeamContent } from '../src/lib/team/rows';
import type { PathData } from '../src/lib/training';
import { gradeCard, type GradeValue } from '../src/lib/drill/fsrs';
import { confirmReadLight, readLight, recordUnansweredLight } from '../src/lib/progress/light';
import {
  CURRENT_VERSION,
  emptyProgress,
  loadProgress,
  PROGRESS_KEY,
  recordAttempt,
  saveProgress,
  type KeyValueStorage,
  type Progress,
} from '../src/lib/progress';
import { randomFrom, hashString } from '../src/lib/random';

export class MemoryStorage implements KeyValueStorage {
  items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

export interface SimContent {
  /** What the team page embeds: roles, paths' steps, sections in handbook order, quiz titles. */
  team: TeamContent;
  /** Every drill card id, as the drill's card builder makes them, in library order. */
  cards: string[];
}

/**
 * The content of a project folder read by the content check (the same schemas as the build), put
 * through the team page's builder and the drill's card builder.
 */
export async function loadContent(projectRoot: string): Promise<SimContent> {
  const { entries } = await checkContent(projectRoot);
  const of = <T>(collection: string) =>
    entries.filter((e) => e.collection === collection && e.parsed).map((e) => ({ id: e.id, data: e.parsed }) as T);
  const chapters = of<{ id: string; data: { title: string; order: number } }>('chapters');
  const sections = of<Parameters<typeof teamContent>[0]['sections'][number] & { data: { order: number } }>('handbook');
  const quizzes = of<QuizInput>('quizzes');
  const scripts = of<ScriptInput>('scripts');
  const index = <T extends { id: string }>(list: T[]) => new Map(list.map((item) => [item.id, item]));
  const team = teamContent({
    roles: of<{ id: string; data: { name: string } }>('roles'),
    paths: of<PathData>('paths'),
    sections: buildTree(chapters, sections).flatMap((node) => node.sections),
    quizzes,
    titles: { sections: index(sections), quizzes: index(quizzes), scripts: index(scripts) },
  });
  const cards = deriveCards({ scripts, glossary: of<TermInput>('glossary'), quizzes }).map((card) => card.id);
  return { team, cards };
}

export interface PersonPlan {
  name: string;
  role: string;
  /** First day (YYYY-MM-DD, Shanghai). */
  start: string;
  /** Simulated calendar days from the start. */
  days: number;
  /** 0–1: how much of the path they keep up with, how often they drill. */
  diligence: number;
  /** Sections whose current version they have not re-confirmed (they confirmed only version 1). */
  staleReads?: string[];
  /** Format 3 on: set on /training/ with the name. */
  employeeNo?: string;
  startDate?: string;
  /** Format 3 on: searches that found nothing, tried now and then. */
  searches?: string[];
}

const DAY = 86_400_000;
/** 09:30 Shanghai on a date, plus some minutes. */
const at = (date: string, minutes = 0) => new Date(Date.parse(`${date}T01:30:00Z`) + minutes * 60_000);
const dateAfter = (start: string, days: number) => new Date(Date.parse(`${start}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/**
 * A person's progress after `plan.days` days, written the way the pages write it: the path step
 * ticks, quiz attempts through recordAttempt, reading confirmations through the section page's
 * writer, drill grades through the drill's FSRS grading, saved and re-read through the store every
 * fourth week and at the end.
 */
export function simulatePerson(content: SimContent, plan: PersonPlan): { progress: Progress; storage: MemoryStorage; end: Date } {
  const random = randomFrom(hashString(`${plan.name}/${plan.role}/${plan.start}`));
  const storage = new MemoryStorage();
  let progress = emptyProgress();
  progress.profile.role = plan.role;
  progress.profile.name = plan.name;
  if (plan.employeeNo) progress.profile.employeeNo = plan.employeeNo;
  if (plan.startDate) progress.profile.startDate = plan.startDate;
  saveProgress(storage, progress, at(plan.start));

  const steps = content.team.paths[plan.role] ?? [];
  const versions = new Map(content.team.sections.map((section) => [section.id, section.version]));
  const cardIds = content.cards;
  let introduced = 0;
  let end = at(plan.start);

  for (let day = 0; day < plan.days; day++) {
    const date = dateAfter(plan.start, day);
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const week = Math.floor(day / 7) + 1;
    end = at(date, 600);

    // The path: steps of the current week, done on a diligent day.
    for (const step of steps.filter((s) => s.week <= week)) {
      if (random() > plan.diligence * 0.35) continue;
      const now = at(date, Math.floor(random() * 480));
      if (step.kind === 'read' && step.ref && !progress.reads[step.ref]) {
        // The section page's writer, on a scratch store (the weekly round trip below checks the result).
        const page = new MemoryStorage();
        const stale = plan.staleReads?.includes(step.ref);
        confirmReadLight(page, step.ref, stale ? 1 : (versions.get(step.ref) ?? 1), now);
        progress.reads[step.ref] = readLight(page)!.reads![step.ref]!;
      } else if (step.kind === 'quiz' && step.ref && !progress.quizzes[step.ref]?.best.passed) {
        const total = 10;
        const correct = Math.min(total, Math.floor(5 + random() * 6 * (0.6 + plan.diligence)));
        const percent = Math.round((correct / total) * 100);
        recordAttempt(progress, step.ref, { correct, total, percent, passed: percent >= 80, at: now.toISOString() });
      } else if (step.kind === 'task' && !progress.steps[step.key]) {
        progress.steps[step.key] = { at: now.toISOString() };
      }
    }

    // The morning drill: due cards first, then a few new ones, on most working days.
    if (random() < 0.4 + plan.diligence * 0.55) {
      const now = at(date, -40);
      const end = now.getTime() + 20 * 60_000;
      const due = cardIds.filter((id) => progress.drill.cards[id] && Date.parse(progress.drill.cards[id].due) <= end).slice(0, 20);
      const fresh = cardIds.slice(introduced, introduced + 10);
      introduced += fresh.length;
      for (const id of [...due, ...fresh]) {
        const grade: GradeValue = random() < 0.15 ? 1 : random() < 0.2 ? 2 : random() < 0.9 ? 3 : 4;
        gradeCard(progress.drill, id, grade, now);
      }
    }

    // Now and then a search that finds nothing (the search page's writer, on a scratch store).
    if (plan.searches?.length && random() < 0.08) {
      const page = new MemoryStorage();
      page.setItem(PROGRESS_KEY, JSON.stringify({ version: CURRENT_VERSION, unanswered: progress.unanswered }));
      const query = plan.searches[Math.floor(random() * plan.searches.length)]!;
      recordUnansweredLight(page, query, random() < 0.5 ? 0 : 3, date, end);
      progress.unanswered = readLight(page)!.unanswered!;
    }

    // The store's own round trip once a month: save, then load (and validate) what was saved.
    if (weekday === 5 && week % 4 === 0) {
      saveProgress(storage, progress, end);
      progress = loadProgress(storage).progress;
    }
  }
  saveProgress(storage, progress, end);
  return { progress: loadProgress(storage).progress, storage, end };
}
