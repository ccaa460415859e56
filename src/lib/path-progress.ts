/**
 * Which steps of an onboarding path are done, computed from the stored progress. Pure and free of
 * zod: the home page runs it on a light read of the store (src/lib/progress/light.ts).
 */
import { scriptOfCard } from './drill/cards';

/** A path step as pages embed it for the browser: what completes it, and where it leads. */
export interface PathStep {
  /** `<path>/<step>`: the key of a hand-ticked step in the `steps` slice. */
  key: string;
  kind: 'read' | 'quiz' | 'drill' | 'task';
  /** Section id (read), quiz id (quiz) or script ids (drill). */
  ref?: string;
  scripts?: string[];
  title: string;
  href?: string;
  week: number;
}

/** The parts of the progress record this needs (the zod-typed Progress fits it). */
export interface ProgressLike {
  steps?: Record<string, { at: string } | undefined>;
  reads?: Record<string, { version: number; at: string } | undefined>;
  quizzes?: Record<string, { best: { passed: boolean; percent: number; at: string }; latest: { percent: number; at: string } } | undefined>;
  drill?: { cards?: Record<string, { reps?: number; last_review?: string } | undefined> };
}

export interface StepState {
  done: boolean;
  /** When it was done (ISO), if known. */
  at?: string;
  /** How: ticked by hand, confirmed reading, passed quiz, practised in the drill. */
  how?: 'ticked' | 'read' | 'passed' | 'drilled';
}

/** When each script was last practised in the drill (card ids as src/lib/drill/cards.ts builds them). */
function lastPractised(progress: ProgressLike): Map<string, string> {
  const latest = new Map<string, string>();
  for (const [id, card] of Object.entries(progress.drill?.cards ?? {})) {
    const script = card?.reps ? scriptOfCard(id) : undefined;
    if (!script) continue;
    const at = card?.last_review ?? '';
    const seen = latest.get(script);
    if (seen === undefined || at > seen) latest.set(script, at);
  }
  return latest;
}

/** The state of one step. A tick by hand always counts; otherwise the kind's own evidence does. */
export function stepState(step: PathStep, progress: ProgressLike, practised?: Map<string, string>): StepState {
  const ticked = progress.steps?.[step.key];
  if (step.kind === 'quiz' && step.ref) {
    const result = progress.quizzes?.[step.ref];
    if (result?.best.passed) return { done: true, at: result.best.at, how: 'passed' };
    return { done: false };
  }
  if (ticked) return { done: true, at: ticked.at, how: 'ticked' };
  if (step.kind === 'read' && step.ref) {
    const read = progress.reads?.[step.ref];
    if (read) return { done: true, at: read.at, how: 'read' };
  }
  if (step.kind === 'drill' && step.scripts?.length) {
    const last = practised ?? lastPractised(progress);
    const dates = step.scripts.map((id) => last.get(id));
    const latest = dates.sort().at(-1);
    if (dates.every(Boolean)) return { done: true, ...(latest ? { at: latest } : {}), how: 'drilled' };
  }
  return { done: false };
}

export interface PathSummary {
  done: number;
  total: number;
  percent: number;
  states: StepState[];
  /** The first step not done (where to continue), if any. */
  next?: PathStep;
  /** Per week: done and total. */
  weeks: { week: number; done: number; total: number }[];
}

export function pathSummary(steps: PathStep[], progress: ProgressLike): PathSummary {
  // Scanned once for all drill steps (a year of drilling holds hundreds of cards).
  const practised = steps.some((step) => step.kind === 'drill') ? lastPractised(progress) : undefined;
  const states = steps.map((step) => stepState(step, progress, practised));
  const done = states.filter((s) => s.done).length;
  const weeks: PathSummary['weeks'] = [];
  steps.forEach((step, i) => {
    let week = weeks.find((w) => w.week === step.week);
    if (!week) weeks.push((week = { week: step.week, done: 0, total: 0 }));
    week.total++;
    if (states[i]!.done) week.done++;
  });
  const nextIndex = states.findIndex((s) => !s.done);
  return {
    done,
    total: steps.length,
    percent: steps.length ? Math.round((done / steps.length) * 100) : 0,
    states,
    next: nextIndex >= 0 ? steps[nextIndex] : undefined,
    weeks,
  };
}

/** A revision the reader has not confirmed: the section's current version and the changes since they read it. */
export interface Revised {
  id: string;
  title: string;
  href: string;
  version: number;
  readVersion: number;
  changes: { version: number; date: string; summary: string }[];
}

export interface SectionVersion {
  id: string;
  title: string;
  href: string;
  version: number;
  changes: { version: number; date: string; summary: string }[];
}

/**
 * Sections revised since the reader confirmed reading them. Sections never confirmed are not
 * "revised" for this reader: they are simply unread, which the path shows.
 */
export function revisedSince(sections: SectionVersion[], progress: ProgressLike): Revised[] {
  const out: Revised[] = [];
  for (const section of sections) {
    const read = progress.reads?.[section.id];
    if (!read || read.version >= section.version) continue;
    out.push({
      ...section,
      readVersion: read.version,
      changes: section.changes.filter((c) => c.version > read.version).sort((a, b) => b.version - a.version),
    });
  }
  return out;
}
