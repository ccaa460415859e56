/**
 * Grading a card with FSRS (ts-fsrs). The store keeps ts-fsrs Cards with ISO date strings; this file
 * converts both ways and records the day's counts. The only module of the drill that loads ts-fsrs.
 */
import { createEmptyCard, fsrs, generatorParameters, type Card } from 'ts-fsrs';
import type { CardState, DrillState } from '../progress/schema';
import { shanghaiDate } from '../date';

/** 1 Again · 2 Hard · 3 Good · 4 Easy (ts-fsrs Rating values). */
export type GradeValue = 1 | 2 | 3 | 4;

/** Default FSRS parameters (90 % target retention, short-term learning steps, interval fuzz). */
export const scheduler = fsrs(generatorParameters({ enable_fuzz: true, enable_short_term: true }));

export function toCard(state: CardState | undefined, now: Date): Card {
  if (!state) return createEmptyCard(now);
  return { ...state, due: new Date(state.due), last_review: state.last_review ? new Date(state.last_review) : undefined };
}

export function fromCard(card: Card): CardState {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.last_review ? { last_review: card.last_review.toISOString() } : {}),
  };
}

/** When each grade would bring the card back (ISO), for the labels on the grade buttons. */
export function previewDue(state: CardState | undefined, now: Date): Record<GradeValue, string> {
  const preview = scheduler.repeat(toCard(state, now), now);
  return {
    1: preview[1].card.due.toISOString(),
    2: preview[2].card.due.toISOString(),
    3: preview[3].card.due.toISOString(),
    4: preview[4].card.due.toISOString(),
  };
}

/**
 * Applies a grade: the card's next state and the day's counts, in place. Returns the new state. A
 * card first seen in `practice` (a path step's scripts) does not count against the day's new cards.
 */
export function gradeCard(drill: DrillState, cardId: string, grade: GradeValue, now: Date, { practice = false } = {}): CardState {
  const previous = drill.cards[cardId];
  const next = fromCard(scheduler.next(toCard(previous, now), now, grade).card);
  drill.cards[cardId] = next;
  const day = (drill.days[shanghaiDate(now)] ??= { reviewed: 0, remembered: 0, introduced: 0 });
  day.reviewed++;
  if (grade > 1) day.remembered++;
  if (!previous && !practice) day.introduced++;
  return next;
}
