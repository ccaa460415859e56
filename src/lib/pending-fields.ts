/**
 * The YAML text fields that may carry :pending[…], where each is shown with ids (its home page)
 * and the scope that keeps its mark ids unique on that page. Components render these fields with
 * `renderPendingText(text, { scope: pendingScope.… })`; the sign-off sheet enumerates the same
 * fields with the same scopes (yamlPendingTexts), so its links land on the marks the page shows.
 * Pure.
 */

/** The scope of each field on its home page: one builder per field, used by both sides. */
export const pendingScope = {
  /** /scripts/<id>/ */
  scriptScenario: () => 'scenario',
  scriptObjection: () => 'objection',
  scriptLine: (index: number) => `lines.${index}`,
  scriptKeyPoint: (index: number) => `keyPoints.${index}`,
  scriptPitfall: (index: number) => `pitfalls.${index}`,
  /** /cases/<id>/ */
  caseSituation: () => 'situation',
  caseAction: (index: number) => `actions.${index}`,
  caseResult: () => 'result',
  caseLesson: (index: number) => `lessons.${index}`,
  caseFigure: (index: number) => `figures.${index}`,
  /** /glossary/: every term on one page. */
  glossaryDefinition: (term: string) => `glossary.${term}.definition`,
  /** /training/<role>/ */
  pathStepTitle: (step: string) => `steps.${step}.title`,
  pathStepNote: (step: string) => `steps.${step}.note`,
  pathWeekGoal: (week: number) => `weeks.${week}.goal`,
  /** /training/calendar/ */
  trainingTopic: (month: string) => `training.${month}.topic`,
  trainingSummary: (month: string) => `training.${month}.summary`,
  trainingPlace: (month: string) => `training.${month}.place`,
  /** /drill/ (the agenda of the morning meeting) */
  scheduleLabel: (timetable: string) => `schedule.${timetable}.label`,
  scheduleBlock: (timetable: string, block: number) => `schedule.${timetable}.${block}.title`,
  scheduleItem: (timetable: string, block: number, item: number) => `schedule.${timetable}.${block}.${item}`,
} as const;

/** Where a field sits, for the sign-off sheet: a label key and its values. */
export type FieldLabel =
  | { key: 'pending.where.scenario' | 'pending.where.objection' | 'pending.where.keyPoints' | 'pending.where.pitfalls' }
  | { key: 'pending.where.line'; n: number }
  | { key: 'pending.where.situation' | 'pending.where.actions' | 'pending.where.result' | 'pending.where.lessons' }
  | { key: 'pending.where.field'; label: string }
  | { key: 'pending.where.term'; term: string }
  | { key: 'pending.where.step'; step: string }
  | { key: 'pending.where.goal'; week: number }
  | { key: 'pending.where.training'; month: string }
  | { key: 'pending.where.schedule'; label: string; block: string };

export interface YamlText {
  scope: string;
  text: string;
  label: FieldLabel;
}

interface ScriptData {
  scenario: string;
  objection?: string;
  lines: { text: string }[];
  keyPoints: string[];
  pitfalls: string[];
}
interface CaseData {
  figures: { label: string; value: string }[];
  situation: string;
  actions: string[];
  result: string;
  lessons: string[];
}
interface PathData {
  weeks: { week: number; goal?: string; steps: { id: string; kind: string; title?: string; note?: string }[] }[];
}
interface TrainingData {
  topic: string;
  summary: string;
  place: string;
}
interface ScheduleData {
  label: string;
  blocks: { title: string; items: string[] }[];
}

const PENDING = ':pending[';

/** Only the fields that contain a mark (the rest cannot add to the sheet). */
const marked = (texts: YamlText[]) => texts.filter((entry) => entry.text.includes(PENDING));

export const yamlPendingTexts = {
  script: (data: ScriptData): YamlText[] =>
    marked([
      { scope: pendingScope.scriptScenario(), text: data.scenario, label: { key: 'pending.where.scenario' } },
      ...(data.objection
        ? [{ scope: pendingScope.scriptObjection(), text: data.objection, label: { key: 'pending.where.objection' } } as const]
        : []),
      ...data.lines.map((line, index) => ({
        scope: pendingScope.scriptLine(index),
        text: line.text,
        label: { key: 'pending.where.line', n: index + 1 } as const,
      })),
      ...data.keyPoints.map((text, index) => ({
        scope: pendingScope.scriptKeyPoint(index),
        text,
        label: { key: 'pending.where.keyPoints' } as const,
      })),
      ...data.pitfalls.map((text, index) => ({
        scope: pendingScope.scriptPitfall(index),
        text,
        label: { key: 'pending.where.pitfalls' } as const,
      })),
    ]),
  case: (data: CaseData): YamlText[] =>
    marked([
      { scope: pendingScope.caseSituation(), text: data.situation, label: { key: 'pending.where.situation' } },
      ...data.actions.map((text, index) => ({
        scope: pendingScope.caseAction(index),
        text,
        label: { key: 'pending.where.actions' } as const,
      })),
      { scope: pendingScope.caseResult(), text: data.result, label: { key: 'pending.where.result' } },
      ...data.lessons.map((text, index) => ({
        scope: pendingScope.caseLesson(index),
        text,
        label: { key: 'pending.where.lessons' } as const,
      })),
      ...data.figures.map((figure, index) => ({
        scope: pendingScope.caseFigure(index),
        text: figure.value,
        label: { key: 'pending.where.field', label: figure.label } as const,
      })),
    ]),
  glossary: (term: string, data: { definition: string }): YamlText[] =>
    marked([{ scope: pendingScope.glossaryDefinition(term), text: data.definition, label: { key: 'pending.where.term', term } }]),
  path: (data: PathData): YamlText[] =>
    marked(
      data.weeks.flatMap((week): YamlText[] => [
        ...(week.goal
          ? [
              {
                scope: pendingScope.pathWeekGoal(week.week),
                text: week.goal,
                label: { key: 'pending.where.goal', week: week.week } as const,
              },
            ]
          : []),
        ...week.steps.flatMap((step) => {
          const label = { key: 'pending.where.step', step: step.title ?? step.id } as const;
          return [
            ...(step.kind === 'task' || step.kind === 'drill'
              ? [{ scope: pendingScope.pathStepTitle(step.id), text: step.title ?? '', label }]
              : []),
            ...(step.note ? [{ scope: pendingScope.pathStepNote(step.id), text: step.note, label }] : []),
          ];
        }),
      ]),
    ),
  training: (month: string, data: TrainingData): YamlText[] =>
    marked([
      { scope: pendingScope.trainingTopic(month), text: data.topic, label: { key: 'pending.where.training', month } },
      { scope: pendingScope.trainingSummary(month), text: data.summary, label: { key: 'pending.where.training', month } },
      { scope: pendingScope.trainingPlace(month), text: data.place, label: { key: 'pending.where.training', month } },
    ]),
  schedule: (timetable: string, data: ScheduleData): YamlText[] =>
    marked([
      { scope: pendingScope.scheduleLabel(timetable), text: data.label, label: { key: 'pending.where.field', label: data.label } },
      ...data.blocks.flatMap((block, b): YamlText[] => {
        const label = { key: 'pending.where.schedule', label: data.label, block: block.title } as const;
        return [
          { scope: pendingScope.scheduleBlock(timetable, b), text: block.title, label },
          ...block.items.map((text, i) => ({ scope: pendingScope.scheduleItem(timetable, b, i), text, label })),
        ];
      }),
    ]),
};
