/**
 * What the completion report shows for one person: their path's steps with the state and date of
 * each, and the path's quizzes with their results. The personal report (/training/report/) and the
 * manager's team view (a person's detail on /training/team/) both show exactly this.
 */
import { pathSummary, type PathStep, type PathSummary, type ProgressLike, type StepState } from './path-progress';

type QuizOf<P extends ProgressLike> = NonNullable<NonNullable<P['quizzes']>[string]>;

export interface ReportData<P extends ProgressLike = ProgressLike> {
  summary: PathSummary;
  steps: { step: PathStep; state: StepState }[];
  /** The path's quiz steps, each with the reader's result if they took it. */
  quizzes: { step: PathStep; result?: QuizOf<P> }[];
}

export function reportData<P extends ProgressLike>(steps: PathStep[], progress: P): ReportData<P> {
  const summary = pathSummary(steps, progress);
  return {
    summary,
    steps: steps.map((step, i) => ({ step, state: summary.states[i]! })),
    quizzes: steps
      .filter((step) => step.kind === 'quiz' && step.ref)
      .map((step) => {
        const result = progress.quizzes?.[step.ref!] as QuizOf<P> | undefined;
        return result ? { step, result } : { step };
      }),
  };
}
