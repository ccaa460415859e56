/**
 * Moving progress between devices by file: export to JSON, import with validation and a merge that
 * keeps the better of each result. A file that cannot be used is refused and nothing is overwritten.
 */
import { shanghaiDate } from '../date';
import { migrate, NewerVersionError } from './migrate';
import { CURRENT_VERSION, progressSchema, type Attempt, type Progress } from './schema';

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

/** A file name like 学习进度-2026-11-26.json. */
export function exportFileName(now = new Date()): string {
  return `学习进度-${shanghaiDate(now)}.json`;
}

export type ImportResult = { ok: true; progress: Progress; summary: string } | { ok: false; message: string };

const later = (a?: string, b?: string) => ((a ?? '') >= (b ?? '') ? a : b);
export const betterAttempt = (a: Attempt, b: Attempt) => (b.percent > a.percent || (b.percent === a.percent && b.at < a.at) ? b : a);
const newerAttempt = (a: Attempt, b: Attempt) => (b.at > a.at ? b : a);

/** Combines two progress records: best and newest quiz results, every step, the highest read version. */
export function mergeProgress(current: Progress, incoming: Progress): Progress {
  const merged: Progress = structuredClone(current);
  for (const [id, result] of Object.entries(incoming.quizzes)) {
    const mine = merged.quizzes[id];
    merged.quizzes[id] = mine
      ? {
          best: betterAttempt(mine.best, result.best),
          latest: newerAttempt(mine.latest, result.latest),
          attempts: Math.max(mine.attempts, result.attempts),
        }
      : result;
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
  merged.updatedAt = later(current.updatedAt, incoming.updatedAt);
  return merged;
}

/** Validates an imported file's text and merges it into `current`; never partially applies a bad file. */
export function importProgress(current: Progress, text: string): ImportResult {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return { ok: false, message: '无法导入：文件不是有效的 JSON。请选择从本门户“导出进度”得到的 .json 文件。' };
  }
  const candidate = file as Partial<ExportFile> | null;
  if (!candidate || typeof candidate !== 'object' || candidate.app !== EXPORT_APP || typeof candidate.progress !== 'object') {
    return { ok: false, message: '无法导入：这不是本门户导出的进度文件。当前进度未做任何改动。' };
  }
  let data: Record<string, unknown>;
  try {
    data = migrate(candidate.progress as Record<string, unknown>, CURRENT_VERSION);
  } catch (error) {
    const reason = error instanceof NewerVersionError ? `${error.message}；请先更新门户再导入` : '文件缺少版本号或版本无法识别';
    return { ok: false, message: `无法导入：${reason}。当前进度未做任何改动。` };
  }
  const parsed = progressSchema.safeParse(data);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') || '文件内容';
    return { ok: false, message: `无法导入：文件中的 ${where} 格式不正确，可能已被改动或损坏。当前进度未做任何改动。` };
  }
  const incoming = parsed.data;
  const summary = `已导入：${Object.keys(incoming.quizzes).length} 个测验成绩、${Object.keys(incoming.steps).length} 个已完成步骤、${Object.keys(incoming.drill.cards).length} 张晨练卡片，已与本机进度合并（保留更好的成绩）。`;
  return { ok: true, progress: mergeProgress(current, incoming), summary };
}
