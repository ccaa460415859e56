/**
 * Format 2 → 3, tested with what format 2 really wrote: tests/fixtures/progress/v2 holds stored
 * values and export files made by the store and export code of that version (see its README).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_KEY,
  CURRENT_VERSION,
  emptyProgress,
  exportFileName,
  exportProgress,
  importProgress,
  loadProgress,
  PROGRESS_KEY,
  readExportFile,
  recordAttempt,
  type Progress,
} from '../../src/lib/progress';
import { confirmReadLight, readLight, recordUnansweredLight } from '../../src/lib/progress/light';
import { MemoryStorage } from '../../scripts/progress-sim';

const V2 = join(import.meta.dirname, '../fixtures/progress/v2');
const text = (file: string) => readFileSync(join(V2, file), 'utf8');
const PEOPLE = ['rep', 'assistant', 'nameless'] as const;

interface V2Quiz {
  best: { passed: boolean };
  latest: { passed: boolean };
  attempts: number;
}
interface V2Progress {
  version: 2;
  profile: { name: string; role?: string };
  quizzes: Record<string, V2Quiz>;
  steps: Record<string, unknown>;
  reads: Record<string, unknown>;
  drill: { cards: Record<string, unknown>; days: Record<string, unknown> };
  updatedAt?: string;
}
const stored = (person: string) => JSON.parse(text(`${person}.stored.json`)) as V2Progress;
const exportFile = (person: string) => JSON.parse(text(`${person}.export.json`)) as { exportedAt: string; progress: V2Progress };
const exported = (person: string) => exportFile(person).progress;
const json = <T = { version: number }>(value: string | null) => JSON.parse(value ?? 'null') as T;

/** Every record of the version 2 data must come through unchanged. */
function expectKept(progress: Progress, old: V2Progress) {
  expect(progress.version).toBe(CURRENT_VERSION);
  expect(progress.profile).toEqual(old.profile);
  expect(progress.steps).toEqual(old.steps);
  expect(progress.reads).toEqual(old.reads);
  expect(progress.drill).toEqual(old.drill);
  expect(Object.keys(progress.quizzes).sort()).toEqual(Object.keys(old.quizzes).sort());
  for (const [id, quiz] of Object.entries(old.quizzes)) expect(progress.quizzes[id]).toMatchObject(quiz);
  expect(progress.unanswered).toEqual([]);
}

describe('format 2 data in the browser', () => {
  it.each(PEOPLE)('loads the stored progress of %s with every record kept and saves it in the current format', (person) => {
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_KEY, text(`${person}.stored.json`));
    const { progress, recovery } = loadProgress(storage);
    expect(recovery).toBeUndefined();
    expectKept(progress, stored(person));
    expect(json(storage.getItem(PROGRESS_KEY)).version).toBe(CURRENT_VERSION);
    expect(storage.getItem(BACKUP_KEY)).toBeNull();
  });

  it('counts failed quiz attempts only where format 2 tells them exactly', () => {
    let checked = 0;
    for (const person of PEOPLE) {
      const storage = new MemoryStorage();
      storage.setItem(PROGRESS_KEY, text(`${person}.stored.json`));
      const { progress } = loadProgress(storage);
      for (const [id, old] of Object.entries(stored(person).quizzes)) {
        const failed = progress.quizzes[id]!.failed;
        if (!old.best.passed) expect(failed).toBe(old.attempts);
        else if (old.attempts === 1) expect(failed).toBe(0);
        else expect(failed).toBeUndefined();
        checked++;
      }
    }
    // The fixtures hold quizzes passed at once and passed after failing.
    expect(checked).toBeGreaterThan(10);
  });

  it('keeps counting failures from the first new attempt where the count was known, never inventing one', () => {
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_KEY, text('assistant.stored.json'));
    const progress = loadProgress(storage).progress;
    const [unknownId] = Object.entries(progress.quizzes).find(([, q]) => q.failed === undefined)!;
    const [knownId, known] = Object.entries(progress.quizzes).find(([, q]) => q.failed === 0)!;
    const fail = { correct: 2, total: 10, percent: 20, passed: false, at: '2026-11-01T02:00:00.000Z' };
    recordAttempt(progress, unknownId, fail);
    recordAttempt(progress, knownId, fail);
    expect(progress.quizzes[unknownId]!.failed).toBeUndefined();
    expect(progress.quizzes[knownId]).toMatchObject({ failed: 1, attempts: known.attempts + 1 });
  });

  it('sets aside only a damaged entry of format 2 data and keeps the rest', () => {
    const old = stored('rep');
    const [quizId] = Object.keys(old.quizzes);
    const damaged = { ...old, quizzes: { ...old.quizzes, [quizId!]: { best: 'x' } } };
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_KEY, JSON.stringify(damaged));
    const { progress, recovery } = loadProgress(storage);
    expect(recovery?.message).toBe('有 1 条进度记录无法识别，已另存备份，其余进度保留。');
    expect(progress.quizzes[quizId!]).toBeUndefined();
    expect(Object.keys(progress.quizzes)).toHaveLength(Object.keys(old.quizzes).length - 1);
    expect(progress.drill).toEqual(old.drill);
    expect(progress.reads).toEqual(old.reads);
    expect(json<{ data: unknown }[]>(storage.getItem(BACKUP_KEY))[0]!.data).toEqual({ [`quizzes.${quizId}`]: { best: 'x' } });
  });

  it('lets the light reader of the home page and section page read and write format 2 data', () => {
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_KEY, text('rep.stored.json'));
    const old = stored('rep');
    expect(readLight(storage)).toMatchObject({ version: CURRENT_VERSION, profile: old.profile, reads: old.reads });
    expect(confirmReadLight(storage, 'contracts/signing', 3, new Date('2026-11-02T02:00:00Z'))).toBe(true);
    const { progress, recovery } = loadProgress(storage);
    expect(recovery).toBeUndefined();
    expect(progress.reads['contracts/signing']).toEqual({ version: 3, at: '2026-11-02T02:00:00.000Z' });
    expect(progress.drill).toEqual(old.drill);
  });

  it('records an unanswered search over format 2 data', () => {
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_KEY, text('nameless.stored.json'));
    expect(recordUnansweredLight(storage, '样品寄送运费', 0, '2026-11-02')).toBe(true);
    const { progress } = loadProgress(storage);
    expect(progress.unanswered).toEqual([{ query: '样品寄送运费', date: '2026-11-02', count: 1, results: 0 }]);
    expect(progress.steps).toEqual(stored('nameless').steps);
  });
});

describe('format 2 export files', () => {
  it.each(PEOPLE)('imports the export file of %s, every record kept', (person) => {
    const result = importProgress(emptyProgress(), text(`${person}.export.json`));
    expect(result.ok).toBe(true);
    if (result.ok) expectKept(result.progress, exported(person));
  });

  it('imports the export of an empty browser', () => {
    const result = importProgress(emptyProgress(), text('empty.export.json'));
    expect(result.ok && result.progress).toEqual(emptyProgress());
  });

  it('reads each for the team view with its export time', () => {
    for (const person of PEOPLE) {
      const file = readExportFile(text(`${person}.export.json`));
      expect(file.ok && file.exportedAt).toBe(exportFile(person).exportedAt);
    }
  });

  it('re-exports in the current format, named with the person and the Shanghai date', () => {
    const result = importProgress(emptyProgress(), text('rep.export.json'));
    if (!result.ok) throw new Error(result.message);
    const late = new Date('2026-11-30T17:30:00.000Z'); // 01:30 on 1 December in Shanghai
    expect(exportFileName(late, result.progress.profile.name)).toBe('学习进度-张三-2026-12-01.json');
    const again = readExportFile(exportProgress(result.progress, late));
    expect(again.ok && again.progress).toEqual(result.progress);
  });

  it('refuses a file of a format newer than this portal knows', () => {
    const file = exportFile('rep');
    (file.progress as { version: number }).version = CURRENT_VERSION + 1;
    const result = importProgress(emptyProgress(), JSON.stringify(file));
    expect(result).toEqual({
      ok: false,
      message: `无法导入：数据来自更新版本的门户（第 ${CURRENT_VERSION + 1} 版格式，本门户只认识到第 ${CURRENT_VERSION} 版）；请先更新门户再导入。当前进度未做任何改动。`,
    });
  });
});

describe('export file names', () => {
  it('leaves out characters a file system refuses, and the name when there is none', () => {
    const now = new Date('2026-12-01T02:00:00.000Z');
    expect(exportFileName(now, ' 王 小/明: ')).toBe('学习进度-王小明-2026-12-01.json');
    expect(exportFileName(now, '')).toBe('学习进度-2026-12-01.json');
  });
});
