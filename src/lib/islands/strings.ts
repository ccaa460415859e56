/**
 * The UI strings each browser element needs, by element. The server picks them from the zh-CN
 * dictionary (`uiStrings` in src/lib/i18n.ts) into the element's "strings" island; the element reads them
 * by the key types below (`strings<ReadConfirmKey>(this)` in src/client/dom.ts), so no browser
 * code imports the dictionary, nor these lists.
 */
import type { UiKey } from '../i18n';

export const READ_CONFIRM_STRINGS = [
  'read.confirmed',
  'read.confirmed.short',
  'read.prompt',
  'read.again',
  'read.unread',
  'read.revised',
] as const satisfies readonly UiKey[];

export const QUIZ_STRINGS = [
  'quiz.result.score',
  'quiz.result.passed',
  'quiz.result.failed',
  'quiz.result.wrong',
  'quiz.result.allRight',
  'quiz.result.answer',
  'quiz.result.source',
  'quiz.result.unscored',
  'quiz.result.practice',
  'quiz.result.practice.allRight',
  'quiz.result.practice.wrong',
  'quiz.result.yours',
  'quiz.result.extra',
  'quiz.result.missed',
  'quiz.result.placeRight',
  'quiz.result.placeWrong',
  'quiz.result.chosenRight',
  'quiz.verdict.right',
  'quiz.verdict.wrong',
  'quiz.verdict.blank',
  'quiz.verdict.see',
  'quiz.history',
] as const satisfies readonly UiKey[];

export const PATH_STRINGS = [
  'training.progress.value',
  'training.progress.week',
  'training.step.doneAt',
  'training.step.done',
  'training.step.todo',
  'training.step.best',
] as const satisfies readonly UiKey[];

export const PATH_METER_STRINGS = ['training.progress.value'] as const satisfies readonly UiKey[];

export const PROGRESS_TOOLS_STRINGS = [
  'training.role.saved',
  'training.person.saved',
  'training.person.savedNoName',
  'training.unanswered.line',
  'training.unanswered.cleared',
  'training.tools.exported',
  'training.tools.resetConfirm',
  'training.tools.resetDone',
] as const satisfies readonly UiKey[];

export const CONTINUE_STRINGS = [
  'training.continue.next',
  'training.continue.path',
  'training.continue.all',
  'training.revised.item',
] as const satisfies readonly UiKey[];

export const REPORT_STRINGS = [
  'training.step.read',
  'training.step.quiz',
  'training.step.drill',
  'training.step.task',
  'training.report.passed',
  'training.report.failed',
  'training.report.notTaken',
  'training.report.summary',
  'training.report.noRole',
] as const satisfies readonly UiKey[];

export const REVISION_FILTER_STRINGS = [
  'publishing.changes.filter.count',
  'publishing.changes.filter.none',
] as const satisfies readonly UiKey[];

/** What the search page and the header box both say around results: count, how the query was read, glossary cards. */
export const SEARCH_RESULT_STRINGS = [
  'search.count',
  'search.empty',
  'search.fallback',
  'search.widened',
  'search.pinyin',
  'search.unknown',
  'search.error',
  'search.card.label',
  'search.card.typed',
  'search.card.section',
] as const satisfies readonly UiKey[];

export const SEARCH_BOX_STRINGS = [
  ...SEARCH_RESULT_STRINGS,
  'search.box.all',
  'search.box.none',
  'search.box.top',
  'search.corrected',
] as const satisfies readonly UiKey[];

export const SEARCH_PAGE_STRINGS = [
  ...SEARCH_RESULT_STRINGS,
  'search.prompt',
  'search.loading',
  'search.more',
  'search.emptyFiltered',
  'search.corrected',
  'search.typedInstead',
  'search.suggest',
] as const satisfies readonly UiKey[];

export const FINDER_STRINGS = [
  'finder.count',
  'finder.none',
  'finder.noneQuery',
  'finder.searchAll',
  'finder.terms',
  'search.error',
] as const satisfies readonly UiKey[];

export const DRILL_STRINGS = [
  'drill.deck.count',
  'drill.deck.empty',
  'drill.cards.failed',
  'drill.cards.loading',
  'drill.deck.page',
  'drill.deck.done',
  'drill.end.lead',
  'drill.action.reveal',
  'drill.action.next',
  'drill.action.nextPage',
  'drill.action.prev',
  'drill.action.prevPage',
  'drill.action.finish',
  'drill.action.finished',
  'drill.action.meeting',
  'drill.action.exitMeeting',
  'drill.timer.start',
  'drill.timer.pause',
  'drill.timer.up',
  'drill.timer.rejected',
  'drill.review.done',
  'drill.review.later',
  'drill.review.none',
  'drill.review.failed',
  'drill.stats.none',
  'drill.stats.days',
  'drill.practice.lead',
  'drill.practice.none',
] as const satisfies readonly UiKey[];

export type ReadConfirmKey = (typeof READ_CONFIRM_STRINGS)[number];
export type QuizKey = (typeof QUIZ_STRINGS)[number];
export type PathKey = (typeof PATH_STRINGS)[number];
export type PathMeterKey = (typeof PATH_METER_STRINGS)[number];
export type ProgressToolsKey = (typeof PROGRESS_TOOLS_STRINGS)[number];
export type ContinueKey = (typeof CONTINUE_STRINGS)[number];
export type ReportKey = (typeof REPORT_STRINGS)[number];
export type RevisionFilterKey = (typeof REVISION_FILTER_STRINGS)[number];
export type SearchResultKey = (typeof SEARCH_RESULT_STRINGS)[number];
export type SearchBoxKey = (typeof SEARCH_BOX_STRINGS)[number];
export type SearchPageKey = (typeof SEARCH_PAGE_STRINGS)[number];
export type FinderKey = (typeof FINDER_STRINGS)[number];
export type DrillKey = (typeof DRILL_STRINGS)[number];
