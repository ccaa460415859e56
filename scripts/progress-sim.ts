/**
 * People's progress, simulated through the portal's own store code: the same functions the pages
 * call when a reader picks a role, confirms a section, ticks a step, finishes a quiz or grades a
 * drill card. Used for the committed previous-version fixtures (scripts/progress-fixtures.ts), the
 * team bench and the team view's tests, so that what they read is what the real export writes.
 *
 * The content ids (paths, sections and their versions, scripts) are read from a content folder, so
 * the files name real sections and steps.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { gradeCard, type GradeValue } from '../src/lib/drill/fsrs';
import { confirmReadLight } from '../src/lib/progress/light';
import { emptyProgress, loadProgress, recordAttempt, saveProgress, type KeyValueStorage, type Progress } from '../src/lib/progress';
import { randomFrom, hashString } from '../src/lib/random';

export class MemoryStorage implements KeyValueStorage {
  items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

export interface SimStep {
  key: string;
  kind: 'read' | 'quiz' | 'drill' | 'task';
  ref?: string;
  scripts?: string[];
  week: number;
}

export interface SimContent {
  /** Steps of each role's path, in order. */
  paths: Record<string, SimStep[]>;
  /** Current version of each section. */
  sections: Record<string, number>;
  scripts: string[];
  quizzes: string[];
}

const frontmatterVersion = (text: string): number => Number(/^version:\s*(\d+)/m.exec(text)?.[1] ?? 1);

/** The ids the simulation needs, read from a content folder (the bundled one by default). */
export function readContent(dir = 'content'): SimContent {
  const paths: SimContent['paths'] = {};
  for (const file of readdirSync(join(dir, 'paths')).filter((f) => f.endsWith('.yaml'))) {
    const path = parse(readFileSync(join(dir, 'paths', file), 'utf8')) as {
      role: string;
      weeks: { week: number; steps: { id: string; kind: SimStep['kind']; section?: string; quiz?: string; scripts?: string[] }[] }[];
    };
    const id = file.replace(/\.yaml$/, '');
    paths[path.role] = path.weeks.flatMap((week) =>
      week.steps.map((step) => ({
        key: `${id}/${step.id}`,
        kind: step.kind,
        ...(step.section ? { ref: step.section } : step.quiz ? { ref: step.quiz } : {}),
        ...(step.scripts ? { scripts: step.scripts } : {}),
        week: week.week,
      })),
    );
  }
  const sections: Record<string, number> = {};
  for (const chapter of readdirSync(join(dir, 'handbook'), { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const file of readdirSync(join(dir, 'handbook', chapter.name)).filter((f) => /\.mdx?$/.test(f) && !f.startsWith('index.'))) {
      sections[`${chapter.name}/${file.replace(/\.mdx?$/, '')}`] = frontmatterVersion(
        readFileSync(join(dir, 'handbook', chapter.name, file), 'utf8'),
      );
    }
  }
  const scripts = readdirSync(join(dir, 'scripts'))
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => f.replace(/\.mdx?$/, ''));
  const quizzes = readdirSync(join(dir, 'quizzes'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/, ''));
  return { paths, sections, scripts, quizzes };
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
}

const DAY = 86_400_000;
/** 09:30 Shanghai on a date, plus some minutes. */
const at = (date: string, minutes = 0) => new Date(Date.parse(`${date}T01:30:00Z`) + minutes * 60_000);
const dateAfter = (start: string, days: number) => new Date(Date.parse(`${start}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/**
 * A person's progress after `plan.days` days, written the way the pages write it: the path step
 * ticks, quiz attempts through recordAttempt, reading confirmations through the section page's
 * writer, drill grades through the drill's FSRS grading, saved and re-read through the store at the
 * end of every simulated week.
 */
export function simulatePerson(content: SimContent, plan: PersonPlan): { progress: Progress; storage: MemoryStorage; end: Date } {
  const random = randomFrom(hashString(`${plan.name}/${plan.role}/${plan.start}`));
  const storage = new MemoryStorage();
  let progress = emptyProgress();
  progress.profile.role = plan.role;
  progress.profile.name = plan.name;
  saveProgress(storage, progress, at(plan.start));

  const steps = content.paths[plan.role] ?? [];
  const cardIds = content.scripts.flatMap((id) => [`script:${id}`, `cloze:${id}:1`, `cloze:${id}:2`, `objection:${id}`]);
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
        saveProgress(storage, progress, now);
        const stale = plan.staleReads?.includes(step.ref);
        confirmReadLight(storage, step.ref, stale ? 1 : (content.sections[step.ref] ?? 1), now);
        progress = loadProgress(storage).progress;
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
      const due = cardIds.filter((id) => progress.drill.cards[id] && Date.parse(progress.drill.cards[id]!.due) <= end).slice(0, 20);
      const fresh = cardIds.slice(introduced, introduced + 5);
      introduced += fresh.length;
      for (const id of [...due, ...fresh]) {
        const grade = (random() < 0.15 ? 1 : random() < 0.2 ? 2 : random() < 0.9 ? 3 : 4) as GradeValue;
        gradeCard(progress.drill, id, grade, now);
      }
    }

    if (weekday === 5) {
      saveProgress(storage, progress, end);
      progress = loadProgress(storage).progress;
    }
  }
  saveProgress(storage, progress, end);
  return { progress: loadProgress(storage).progress, storage, end };
}
