/**
 * One row per person for the team view: path progress against their start date, quizzes, revised
 * sections awaiting their re-confirmation, drill activity and the age of their file. Built from the
 * same code as the personal report (reportData), the home page's revision list (revisedSince) and the
 * drill's own numbers (drillStats), so the manager sees what the person sees.
 */
import { addDays, dayNumber, shanghaiDate, shanghaiDay } from '../date';
import { drillStats } from '../drill/review';
import { revisedSince, type PathStep, type Revised, type SectionVersion } from '../path-progress';
import type { Progress, QuizResult, Unanswered } from '../progress/schema';
import { reportData, type ReportData } from '../report';
import type { Person } from './people';

/** A file older than this many days is flagged: its figures may be out of date. */
export const STALE_DAYS = 14;

/** What the page knows about the content: built at build time, the same for every person. */
export interface TeamContent {
  roles: { id: string; name: string }[];
  /** Each role's path steps (as /training/<role>.json carries them). */
  paths: Record<string, PathStep[]>;
  /** Every section, in handbook order, with the roles that must read it. */
  sections: (SectionVersion & { audience: string[] })[];
  /** Quiz titles by id. */
  quizzes: Record<string, string>;
}

export interface TeamContext extends TeamContent {
  now: Date;
}

export interface QuizLine {
  id: string;
  title: string;
  onPath: boolean;
  result?: QuizResult;
  /** Failed attempts, and whether that number is exact (older data may only bound it). */
  failed: { count: number; exact: boolean };
}

export interface PersonRow {
  key: string;
  name: string;
  employeeNo?: string;
  role?: string;
  roleName?: string;
  /** Their start date, or the date of their first recorded activity (estimated) when they did not set one. */
  start?: { date: string; estimated: boolean };
  path?: {
    done: number;
    total: number;
    percent: number;
    /** The week of the first step not done; undefined when the path is finished. */
    week?: number;
    weeks: number;
    /** The week they are in by the calendar, counted from their start date. */
    calendarWeek?: number;
    /** Steps not done whose week ended before today (undefined without a start date). */
    overdue?: PathStep[];
  };
  report?: ReportData<Progress>;
  quizzes: {
    /** Distinct quizzes on their path, and how many of them passed. */
    total: number;
    passed: number;
    failed: { count: number; exact: boolean };
    /** Mean best score of the quizzes taken, 0–100. */
    meanBest?: number;
    lines: QuizLine[];
  };
  awaiting: Revised[];
  /** The version of each section they confirmed. */
  reads: Progress['reads'];
  drill: {
    /** Shanghai date of the last review. */
    last?: string;
    /** Consecutive days of practice up to the file's date. */
    streak: number;
    /** Cards due by the end of today. */
    due: number;
    learned: number;
    /** Share of reviews not graded Again in the 30 days up to the file's date. */
    retention?: number;
  };
  unanswered: Unanswered[];
  /** Shanghai date of the newest file, its age in days, and whether that is stale. */
  file: { date?: string; age?: number; stale: boolean; names: string[] };
}

function failedOf(result: QuizResult): { count: number; exact: boolean } {
  if (result.failed !== undefined) return { count: result.failed, exact: true };
  // Format 2 data that could not tell: a passed quiz failed at most attempts − 1 times.
  return { count: result.best.passed ? result.attempts - 1 : result.attempts, exact: false };
}

/** The earliest date anything was recorded: the stand-in start date of someone who set none. */
function firstActivity(progress: Progress): string | undefined {
  const dates: string[] = [];
  for (const step of Object.values(progress.steps)) dates.push(shanghaiDay(step.at));
  for (const read of Object.values(progress.reads)) dates.push(shanghaiDay(read.at));
  for (const quiz of Object.values(progress.quizzes)) dates.push(shanghaiDay(quiz.best.at), shanghaiDay(quiz.latest.at));
  for (const [day, counts] of Object.entries(progress.drill.days)) if (counts.reviewed > 0) dates.push(day);
  return dates.filter(Boolean).sort()[0];
}

export function personRow(person: Person, context: TeamContext): PersonRow {
  const { progress } = person;
  const today = shanghaiDate(context.now);
  const role = progress.profile.role;
  const steps = role ? context.paths[role] : undefined;
  const startDate = progress.profile.startDate;
  const estimated = startDate ? undefined : firstActivity(progress);
  const start = startDate ? { date: startDate, estimated: false } : estimated ? { date: estimated, estimated: true } : undefined;

  let path: PersonRow['path'];
  let report: PersonRow['report'];
  if (steps?.length) {
    report = reportData(steps, progress);
    const { summary } = report;
    const weeks = Math.max(...steps.map((s) => s.week));
    const overdue = start
      ? steps.filter((step, i) => !summary.states[i]!.done && addDays(start.date, step.week * 7 - 1) < today)
      : undefined;
    path = {
      done: summary.done,
      total: summary.total,
      percent: summary.percent,
      ...(summary.next ? { week: summary.next.week } : {}),
      weeks,
      ...(start ? { calendarWeek: Math.floor((dayNumber(today) - dayNumber(start.date)) / 7) + 1 } : {}),
      ...(overdue ? { overdue } : {}),
    };
  }

  const pathQuizzes = new Set((steps ?? []).filter((s) => s.kind === 'quiz' && s.ref).map((s) => s.ref!));
  const ids = [...new Set([...pathQuizzes, ...Object.keys(progress.quizzes)])];
  const lines: QuizLine[] = ids.map((id) => {
    const result = progress.quizzes[id];
    return {
      id,
      title: context.quizzes[id] ?? id,
      onPath: pathQuizzes.has(id),
      ...(result ? { result } : {}),
      failed: result ? failedOf(result) : { count: 0, exact: true },
    };
  });
  const taken = lines.filter((line) => line.result);
  const failed = taken.reduce((sum, line) => ({ count: sum.count + line.failed.count, exact: sum.exact && line.failed.exact }), {
    count: 0,
    exact: true,
  });

  const sections = role ? context.sections.filter((s) => s.audience.includes(role)) : context.sections;
  const fileDay = person.exportedAt ? shanghaiDay(person.exportedAt) : undefined;
  const fileTime = person.exportedAt ? new Date(person.exportedAt) : context.now;
  const cardIds = Object.keys(progress.drill.cards);
  // Streak and retention read only the days: no cards needed for the figures as of the file's date.
  const asOfFile = drillStats([], progress.drill, fileTime);
  const asOfToday = drillStats(cardIds, progress.drill, context.now);
  const last = Object.entries(progress.drill.days)
    .filter(([, counts]) => counts.reviewed > 0)
    .map(([day]) => day)
    .sort()
    .at(-1);
  const age = fileDay ? dayNumber(today) - dayNumber(fileDay) : undefined;

  return {
    key: person.key,
    name: progress.profile.name,
    ...(progress.profile.employeeNo ? { employeeNo: progress.profile.employeeNo } : {}),
    ...(role ? { role, roleName: context.roles.find((r) => r.id === role)?.name ?? role } : {}),
    ...(start ? { start } : {}),
    ...(path ? { path } : {}),
    ...(report ? { report } : {}),
    quizzes: {
      total: pathQuizzes.size,
      passed: [...pathQuizzes].filter((id) => progress.quizzes[id]?.best.passed).length,
      failed,
      ...(taken.length ? { meanBest: Math.round(taken.reduce((sum, line) => sum + line.result!.best.percent, 0) / taken.length) } : {}),
      lines,
    },
    awaiting: revisedSince(sections, progress),
    reads: progress.reads,
    drill: {
      ...(last ? { last } : {}),
      streak: asOfFile.streak,
      due: asOfToday.dueToday,
      learned: asOfToday.learned,
      ...(asOfFile.retention !== undefined ? { retention: asOfFile.retention } : {}),
    },
    unanswered: progress.unanswered,
    file: {
      ...(fileDay ? { date: fileDay } : {}),
      ...(age !== undefined ? { age } : {}),
      stale: age === undefined || age > STALE_DAYS,
      names: person.files.map((f) => f.name),
    },
  };
}

/** Every person's row. */
export function teamRows(people: readonly Person[], context: TeamContext): PersonRow[] {
  return people.map((person) => personRow(person, context));
}
