/**
 * The shape of a reader's progress, kept in one localStorage key. Every slice is keyed by a stable
 * content id, so progress survives content being added or reordered.
 */
import { datetimeRegex, z } from 'astro/zod';
import { CURRENT_VERSION } from './keys';
import { UNANSWERED_MAX } from './unanswered';

export { BACKUP_KEY, CURRENT_VERSION, PROGRESS_KEY } from './keys';

/**
 * An ISO date-time with Z or an offset: zod's own `datetime({ offset: true })` pattern, compiled once
 * (zod 3 builds a new RegExp on every check, which dominated reading 50 files of a year each).
 */
const ISO_DATE_TIME = datetimeRegex({ offset: true });
const isoDateTime = z.string().regex(ISO_DATE_TIME, '不是有效的时间');
/** A calendar date, YYYY-MM-DD (Shanghai). */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((text) => {
    const time = Date.parse(`${text}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().startsWith(text);
  }, '不是有效的日期');

/** One quiz attempt. */
export const attemptSchema = z.object({
  /** Questions answered correctly. */
  correct: z.number().int().min(0),
  total: z.number().int().min(1),
  percent: z.number().min(0).max(100),
  passed: z.boolean(),
  at: isoDateTime,
});

export const quizResultSchema = z.object({
  best: attemptSchema,
  latest: attemptSchema,
  attempts: z.number().int().min(1),
  /**
   * Attempts that did not pass. Counted from format 3 on; absent when data of an older format could
   * not tell (a quiz passed after several attempts), so nobody is shown a made-up number.
   */
  failed: z.number().int().min(0).optional(),
});

/** A path step ticked off, keyed `<path>/<step>`. */
export const stepSchema = z.object({ at: isoDateTime });

/** The version of a section the reader last read and confirmed (已阅读确认). */
export const readSchema = z.object({ version: z.number().int().min(1), at: isoDateTime });

/** FSRS scheduling state of one drill card (ts-fsrs Card, dates as ISO strings). */
export const cardStateSchema = z.object({
  due: isoDateTime,
  stability: z.number().min(0),
  difficulty: z.number().min(0),
  elapsed_days: z.number().min(0),
  scheduled_days: z.number().min(0),
  learning_steps: z.number().int().min(0).default(0),
  reps: z.number().int().min(0),
  lapses: z.number().int().min(0),
  state: z.number().int().min(0).max(3),
  last_review: isoDateTime.optional(),
});

/** Reviews on one Shanghai date: how many, how many were not "Again", and how many were new cards (for the daily cap). */
export const drillDaySchema = z.object({
  reviewed: z.number().int().min(0),
  remembered: z.number().int().min(0),
  introduced: z.number().int().min(0).default(0),
});

export const drillSchema = z.object({
  /** FSRS state by card id (ids as src/lib/drill/cards.ts builds them). */
  cards: z.record(z.string(), cardStateSchema).default({}),
  /** Reviews by Shanghai date (YYYY-MM-DD). */
  days: z.record(z.string(), drillDaySchema).default({}),
});

export const profileSchema = z.object({
  /** Set once on /training/ (or on the completion report); written into every export file and its name. */
  name: z.string().max(40).default(''),
  /** The reader's role id, to pick their onboarding path and what they must confirm. */
  role: z.string().optional(),
  /** Optional employee number: tells two people of the same name apart in the team view. */
  employeeNo: z.string().max(20).optional(),
  /** The first day of their onboarding (Shanghai date): path steps are due week by week from it. */
  startDate: isoDate.optional(),
});

/**
 * A search on /search/ that found nothing, or whose results the reader left without opening one
 * (src/client/unanswered-searches.ts defines when). Kept in the progress so it travels in the export
 * file to the manager's team view; capped at UNANSWERED_MAX, oldest dropped (src/lib/progress/unanswered.ts).
 */
export const unansweredSchema = z.object({
  /** The query as typed (cleaned). */
  query: z.string().min(1).max(100),
  /** The Shanghai date it was last asked. */
  date: isoDate,
  /** How many times it went unanswered. */
  count: z.number().int().min(1),
  /** How many results it had the last time: 0 = nothing found, more = results not opened. */
  results: z.number().int().min(0),
});

export const progressSchema = z.object({
  version: z.literal(CURRENT_VERSION),
  profile: profileSchema.default({}),
  quizzes: z.record(z.string(), quizResultSchema).default({}),
  steps: z.record(z.string(), stepSchema).default({}),
  reads: z.record(z.string(), readSchema).default({}),
  drill: drillSchema.default({}),
  unanswered: z.array(unansweredSchema).max(UNANSWERED_MAX).default([]),
  updatedAt: isoDateTime.optional(),
});

export type Attempt = z.infer<typeof attemptSchema>;
export type QuizResult = z.infer<typeof quizResultSchema>;
export type CardState = z.infer<typeof cardStateSchema>;
export type DrillState = z.infer<typeof drillSchema>;
export type Progress = z.infer<typeof progressSchema>;
export type Unanswered = z.infer<typeof unansweredSchema>;

/**
 * Every record of the progress (a map from an id to an entry), where it sits and the schema of one
 * entry. Each entry is checked on its own, so one bad entry costs only itself: a damaged drill card
 * loses that card's schedule, not the whole review history.
 */
export const RECORDS = [
  { path: 'quizzes', entry: quizResultSchema, in: (progress: Progress) => progress.quizzes },
  { path: 'steps', entry: stepSchema, in: (progress: Progress) => progress.steps },
  { path: 'reads', entry: readSchema, in: (progress: Progress) => progress.reads },
  { path: 'drill.cards', entry: cardStateSchema, in: (progress: Progress) => progress.drill.cards },
  { path: 'drill.days', entry: drillDaySchema, in: (progress: Progress) => progress.drill.days },
] as const;

export function emptyProgress(): Progress {
  return progressSchema.parse({ version: CURRENT_VERSION });
}
