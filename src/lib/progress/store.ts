/**
 * Reading and writing progress in localStorage without ever losing it: what cannot be read is set
 * aside under the backup key and reported, the rest is kept, and the page goes on working.
 */
import { migrate, NewerVersionError } from './migrate';
import {
  BACKUP_KEY,
  CURRENT_VERSION,
  emptyProgress,
  profileSchema,
  PROGRESS_KEY,
  progressSchema,
  RECORDS,
  unansweredSchema,
  type Progress,
} from './schema';
import type { KeyValueStorage } from './store-types';
import { UNANSWERED_MAX } from './unanswered';

export type { KeyValueStorage } from './store-types';

export interface Recovery {
  /** What was set aside, in words for the reader. */
  message: string;
  /** How many entries or slices were set aside. */
  count: number;
}

export interface LoadResult {
  progress: Progress;
  recovery?: Recovery;
}

interface BackupItem {
  at: string;
  reason: string;
  data: unknown;
}

/** Appends to the backup list; an unreadable backup is itself kept under a timestamped key. */
export function setAside(storage: KeyValueStorage, reason: string, data: unknown, now = new Date()): void {
  let list: BackupItem[] = [];
  const existing = storage.getItem(BACKUP_KEY);
  if (existing) {
    try {
      const parsed: unknown = JSON.parse(existing);
      list = Array.isArray(parsed) ? (parsed as BackupItem[]) : [{ at: now.toISOString(), reason: '旧备份', data: parsed }];
    } catch {
      storage.setItem(`${BACKUP_KEY}.${now.getTime()}`, existing);
    }
  }
  list.push({ at: now.toISOString(), reason, data });
  storage.setItem(BACKUP_KEY, JSON.stringify(list.slice(-20)));
}

/**
 * Parses stored (or imported) data leniently: migrates old versions, then keeps every valid field of
 * the profile, every valid entry of every record (quizzes, steps, reads, drill cards and days) and
 * every valid unanswered search, and returns the invalid ones separately under their path
 * (`drill.cards.script:price-too-high`, `unanswered.3`, `profile.startDate`).
 */
export function salvage(raw: unknown): { progress: Progress; rejected: Record<string, unknown> } {
  const rejected: Record<string, unknown> = {};
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { progress: emptyProgress(), rejected: { whole: raw } };
  const data = migrate(raw as Record<string, unknown>, CURRENT_VERSION);
  const whole = progressSchema.safeParse(data);
  if (whole.success) return { progress: whole.data, rejected };

  const progress = emptyProgress();
  const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);
  for (const record of RECORDS) {
    const [slice = '', field] = record.path.split('.');
    const holder = data[slice];
    const entries = field === undefined ? holder : isRecord(holder) ? holder[field] : undefined;
    if (entries === undefined) continue;
    if (!isRecord(entries)) {
      rejected[record.path] = entries;
      continue;
    }
    const target: Record<string, unknown> = record.in(progress);
    for (const [id, value] of Object.entries(entries)) {
      const parsed = record.entry.safeParse(value);
      if (parsed.success) target[id] = parsed.data;
      else rejected[`${record.path}.${id}`] = value;
    }
  }
  if (data.unanswered !== undefined) {
    if (!Array.isArray(data.unanswered)) rejected.unanswered = data.unanswered;
    else {
      data.unanswered.forEach((value: unknown, index) => {
        const parsed = unansweredSchema.safeParse(value);
        if (parsed.success) progress.unanswered.push(parsed.data);
        else rejected[`unanswered.${index}`] = value;
      });
      // Over the cap (only by hand-edited data): the oldest are set aside, not lost.
      const over = progress.unanswered.length - UNANSWERED_MAX;
      if (over > 0) rejected['unanswered.oldest'] = progress.unanswered.splice(0, over);
    }
  }
  if (data.drill !== undefined && !isRecord(data.drill)) rejected.drill = data.drill;
  if (data.profile !== undefined) {
    const parsed = profileSchema.safeParse(data.profile);
    if (parsed.success) progress.profile = parsed.data;
    else if (!isRecord(data.profile)) rejected.profile = data.profile;
    else {
      // Field by field: a mistyped start date does not cost the name and role.
      const fields = profileSchema.shape;
      for (const [field, value] of Object.entries(data.profile)) {
        if (!(field in fields)) continue;
        const one = fields[field as keyof typeof fields].safeParse(value);
        if (one.success) (progress.profile as Record<string, unknown>)[field] = one.data;
        else rejected[`profile.${field}`] = value;
      }
    }
  }
  return { progress, rejected };
}

export function loadProgress(storage: KeyValueStorage): LoadResult {
  let text: string | null;
  try {
    text = storage.getItem(PROGRESS_KEY);
  } catch {
    return { progress: emptyProgress(), recovery: { message: '浏览器不允许读取本地存储，本次进度不会保存。', count: 0 } };
  }
  if (text === null) return { progress: emptyProgress() };

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    setAside(storage, '无法解析的进度数据', text);
    const progress = emptyProgress();
    saveProgress(storage, progress);
    return { progress, recovery: { message: '保存的学习进度已损坏，已另存备份并重新开始记录。', count: 1 } };
  }

  try {
    const { progress, rejected } = salvage(raw);
    const count = Object.keys(rejected).length;
    if (count === 0 && (raw as { version?: unknown }).version === CURRENT_VERSION) return { progress };
    if (count > 0) setAside(storage, '无法识别的进度条目', rejected);
    saveProgress(storage, progress);
    return count > 0
      ? { progress, recovery: { message: `有 ${count} 条进度记录无法识别，已另存备份，其余进度保留。`, count } }
      : { progress };
  } catch (error) {
    setAside(storage, error instanceof NewerVersionError ? '来自更新版本的进度数据' : '无法识别的进度数据', raw);
    const progress = emptyProgress();
    saveProgress(storage, progress);
    const message =
      error instanceof NewerVersionError
        ? '保存的进度来自更新版本的门户，已另存备份；请使用最新版本的门户。'
        : '保存的学习进度无法识别，已另存备份并重新开始记录。';
    return { progress, recovery: { message, count: 1 } };
  }
}

export function saveProgress(storage: KeyValueStorage, progress: Progress, now = new Date()): void {
  const next: Progress = { ...progress, updatedAt: now.toISOString() };
  storage.setItem(PROGRESS_KEY, JSON.stringify(next));
}

/** Starts over; the old progress is kept in the backup so a mistaken reset can be undone by hand. */
export function resetProgress(storage: KeyValueStorage, now = new Date()): Progress {
  const text = storage.getItem(PROGRESS_KEY);
  if (text) setAside(storage, '重置前的进度', text, now);
  const progress = emptyProgress();
  saveProgress(storage, progress, now);
  return progress;
}
