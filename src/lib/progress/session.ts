/**
 * One page's use of the progress store: loaded and repaired once, so every element on the page
 * sees the same recovery notice (a second load would find the data already clean); then read fresh
 * on each use (another tab may have changed it) and written back in one step. `notify` tells the
 * page's elements after every change. The browser reaches this through src/client/progress.ts.
 */
import { isDate } from '../date';
import { recordAttempt } from './record';
import type { Attempt, Progress } from './schema';
import { loadProgress, resetProgress, saveProgress, type KeyValueStorage, type Recovery } from './store';
import { exportFileName, exportProgress, importProgress, type ImportResult } from './transfer';

export interface ProgressSession {
  /** What the first load on this page set aside or could not do, if anything. */
  readonly recovery?: Recovery;
  /** The progress now. */
  current(): Progress;
  /** Reads, changes, saves and notifies. */
  change(edit: (progress: Progress) => void): Progress;
  recordAttempt(quizId: string, attempt: Attempt): void;
  setRole(role: string | undefined): void;
  setName(name: string): void;
  /** The person in every export: name, employee number, start date (each trimmed; empty clears it). */
  setPerson(person: { name: string; employeeNo: string; startDate: string }): void;
  /** Forgets the unanswered searches recorded on /search/. */
  clearUnanswered(): void;
  /** Ticks a path step done by hand (`<path>/<step>`), or removes the tick. */
  tickStep(key: string, done: boolean, now?: Date): void;
  /** The export file: its name and JSON text. */
  exportFile(now?: Date): { name: string; text: string };
  /** Merges an export file into the progress; nothing changes when the file is refused. */
  importFile(text: string): ImportResult;
  /** Starts over (the old progress is kept in the backup). */
  reset(): void;
}

/** `refused`: the browser did not allow local storage; `storage` is then a stand-in for this visit. */
export function openSession(storage: KeyValueStorage, notify: () => void, refused?: string): ProgressSession {
  const first = loadProgress(storage);
  const recovery = refused ? { message: refused, count: 0 } : first.recovery;
  const change = (edit: (progress: Progress) => void): Progress => {
    const { progress } = loadProgress(storage);
    edit(progress);
    saveProgress(storage, progress);
    notify();
    return progress;
  };
  return {
    ...(recovery ? { recovery } : {}),
    current: () => loadProgress(storage).progress,
    change,
    recordAttempt: (quizId, attempt) => void change((progress) => recordAttempt(progress, quizId, attempt)),
    setRole: (role) => void change((progress) => (progress.profile.role = role === '' ? undefined : role)),
    setName: (name) => void change((progress) => (progress.profile.name = name.trim().slice(0, 40))),
    setPerson: ({ name, employeeNo, startDate }) =>
      void change((progress) => {
        const profile = progress.profile;
        profile.name = name.trim().slice(0, 40);
        const number = employeeNo.trim().slice(0, 20);
        if (number) profile.employeeNo = number;
        else delete profile.employeeNo;
        if (isDate(startDate)) profile.startDate = startDate;
        else delete profile.startDate;
      }),
    clearUnanswered: () => void change((progress) => (progress.unanswered = [])),
    tickStep: (key, done, now = new Date()) =>
      void change((progress) => {
        if (done) progress.steps[key] = { at: now.toISOString() };
        else delete progress.steps[key];
      }),
    exportFile: (now = new Date()) => {
      const { progress } = loadProgress(storage);
      return { name: exportFileName(now, progress.profile.name), text: exportProgress(progress, now) };
    },
    importFile: (text) => {
      const result = importProgress(loadProgress(storage).progress, text);
      if (result.ok) {
        saveProgress(storage, result.progress);
        notify();
      }
      return result;
    },
    reset: () => {
      resetProgress(storage);
      notify();
    },
  };
}
