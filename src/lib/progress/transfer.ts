/**
 * Moving progress between devices by file: export to JSON, import with validation and a merge that
 * keeps the better of each result. A file that cannot be used is refused and nothing is overwritten.
 * The manager's team view reads the same files through the same reader (readExportFile).
 */
import { shanghaiDate } from '../date';
import { migrate, NewerVersionError } from './migrate';
import { CURRENT_VERSION, progressSchema, type Attempt, type Progress, type QuizResult } from './schema';
import { mergeUnanswered } from './unanswered';

export const EXPORT_APP = 'sales-playbook';

export interface ExportFile {
  app: typeof EXPORT_APP;
  exportedAt: string;
  progress: Progress;
}

export function exportProgress(progress: Progress, now = new Date()): string {
  const file: ExportFile = { app: EXPORT_APP, exportedAt: now.toISOString(), progress };
  return JSON.stringify(file, null, 2);
}

/** A person's name as part of a file name: characters file systems refuse and spaces left out. */
export function fileNamePart(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\\/:*?"<>|\u0000-\u001f\s]+/g, '').slice(0, 40);
}

/** A file name like 学习进度-张三-2026-11-26.json (Shanghai date), or 学习进度-2026-11-26.json without a name. */
export function exportFileName(now = new Date(), name = ''): string {
  const who = fileNamePart(name);
  return `学习进度-${who ? `${who}-` : ''}${shanghaiDate(now)}.json`;
}

/** Why a file is not a usable progress file. */
export type FileProblem =
  { kind: 'json' } | { kind: 'foreign' } | { kind: 'version' } | { kind: 'newer'; detail: string } | { kind: 'shape'; where: string };

export type ReadFileResult = { ok: true; exportedAt?: string; progress: Progress } | { ok: false; problem: FileProblem };

/**
 * Reads an export file's text: JSON, written by this portal, a format this portal knows (older
 * formats migrated), every record valid. The one reader of export files: import and the team view
 * both go through it, so a file accepted by one is accepted by the other.
 */
export function readExportFile(text: string): ReadFileResult {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return { ok: false, problem: { kind: 'json' } };
  }
  const candidate = file as Partial<ExportFile> | null;
  if (
    !candidate ||
    typeof candidate !== 'object' ||
    candidate.app !== EXPORT_APP ||
    !candidate.progress ||
    typeof candidate.progress !== 'object'
  ) {
    return { ok: false, problem: { kind: 'foreign' } };
  }
  let data: Record<string, unknown>;
  try {
    data = migrate(candidate.progress, CURRENT_VERSION);
  } catch (error) {
    return { ok: false, problem: error instanceof NewerVersionError ? { kind: 'newer', detail: error.message } : { kind: 'version' } };
  }
  const parsed = progressSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problem: { kind: 'shape', where: parsed.error.issues[0]?.path.join('.') ?? '' } };
  const exportedAt =
    typeof candidate.exportedAt === 'string' && !Number.isNaN(Date.parse(candidate.exportedAt)) ? candidate.exportedAt : undefined;
  return { ok: true, progress: parsed.data, ...(exportedAt ? { exportedAt } : {}) };
}

export type ImportResult = { ok: true; progress: Progress; summary: string } | { ok: false; message: string };

const later = (a?: string, b?: string) => ((a ?? '') >= (b ?? '') ? a : b);
export const betterAttempt = (a: Attempt, b: Attempt) => (b.percent > a.percent || (b.percent === a.percent && b.at < a.at) ? b : a);
const newerAttempt = (a: Attempt, b: Attempt) => (b.at > a.at ? b : a);

function mergeQuiz(mine: QuizResult, theirs: QuizResult): QuizResult {
  return {
    best: betterAttempt(mine.best, theirs.best),
    latest: newerAttempt(mine.latest, theirs.latest),
    attempts: Math.max(mine.attempts, theirs.attempts),
    ...(mine.failed !== undefined && theirs.failed !== undefined ? { failed: Math.max(mine.failed, theirs.failed) } : {}),
  };
}

/** Combines two progress records: best and newest quiz results, every step, the highest read version. */
export function mergeProgress(current: Progress, incoming: Progress): Progress {
  const merged: Progress = structuredClone(current);
  for (const [id, result] of Object.entries(incoming.quizzes)) {
    const mine = merged.quizzes[id];
    merged.quizzes[id] = mine ? mergeQuiz(mine, result) : result;
  }
  for (const [key, step] of Object.entries(incoming.steps)) {
    const mine = merged.steps[key];
    merged.steps[key] = mine && mine.at <= step.at ? mine : step;
  }
  for (const [id, read] of Object.entries(incoming.reads)) {
    const mine = merged.reads[id];
    if (!mine || read.version > mine.version) merged.reads[id] = read;
  }
  for (const [id, card] of Object.entries(incoming.drill.cards)) {
    const mine = merged.drill.cards[id];
    if (!mine || (card.last_review ?? '') > (mine.last_review ?? '')) merged.drill.cards[id] = card;
  }
  for (const [day, counts] of Object.entries(incoming.drill.days)) {
    const mine = merged.drill.days[day];
    if (!mine || counts.reviewed > mine.reviewed) merged.drill.days[day] = counts;
  }
  if (!merged.profile.name && incoming.profile.name) merged.profile.name = incoming.profile.name;
  if (!merged.profile.role && incoming.profile.role) merged.profile.role = incoming.profile.role;
  if (!merged.profile.employeeNo && incoming.profile.employeeNo) merged.profile.employeeNo = incoming.profile.employeeNo;
  if (!merged.profile.startDate && incoming.profile.startDate) merged.profile.startDate = incoming.profile.startDate;
  merged.unanswered = mergeUnanswered(merged.unanswered, incoming.unanswered);
  merged.updatedAt = later(current.updatedAt, incoming.updatedAt);
  return merged;
}

/** What the import tells the reader about a refused file. */
export function importProblemMessage(problem: FileProblem): string {
  switch (problem.kind) {
    case 'json':
      return '无法导入：文件不是有效的 JSON。请选择从本门户“导出进度”得到的 .json 文件。';
    case 'foreign':
      return '无法导入：这不是本门户导出的进度文件。当前进度未做任何改动。';
    case 'version':
      return '无法导入：文件缺少版本号或版本无法识别。当前进度未做任何改动。';
    case 'newer':
      return `无法导入：${problem.detail}；请先更新门户再导入。当前进度未做任何改动。`;
    case 'shape':
      return `无法导入：文件中的 ${problem.where || '文件内容'} 格式不正确，可能已被改动或损坏。当前进度未做任何改动。`;
  }
}

/** Validates an imported file's text and merges it into `current`; never partially applies a bad file. */
export function importProgress(current: Progress, text: string): ImportResult {
  const file = readExportFile(text);
  if (!file.ok) return { ok: false, message: importProblemMessage(file.problem) };
  const incoming = file.progress;
  const summary = `已导入：${Object.keys(incoming.quizzes).length} 个测验成绩、${Object.keys(incoming.steps).length} 个已完成步骤、${Object.keys(incoming.drill.cards).length} 张晨练卡片，已与本机进度合并（保留更好的成绩）。`;
  return { ok: true, progress: mergeProgress(current, incoming), summary };
}
