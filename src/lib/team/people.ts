/**
 * Who is who in the loaded files. A person is known by their employee number when the file has
 * one, else by their name (spaces and letter case ignored); a file with a name only joins a person
 * with a number when exactly one such person has that name. A file without a name stands alone.
 * Files of the same person merge the way an import merges: the newer state of each record, the best
 * result of each quiz; the profile (name, role) is the one of the newest file.
 */
import { mergeProgress } from '../progress/transfer';
import type { Progress } from '../progress/schema';
import type { TeamFile } from './files';

export interface Person {
  /** Stable within one load: `no:<number>`, `name:<name>` or `file:<file name>`. */
  key: string;
  progress: Progress;
  /** The files this person was built from, newest first. */
  files: { name: string; exportedAt?: string }[];
  /** The newest export time among them. */
  exportedAt?: string;
}

const fold = (text: string) => text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

function identity(file: TeamFile): string {
  const { employeeNo, name } = file.progress.profile;
  if (employeeNo && fold(employeeNo)) return `no:${fold(employeeNo)}`;
  if (fold(name)) return `name:${fold(name)}`;
  return `file:${file.name}`;
}

export function groupPeople(files: readonly TeamFile[]): Person[] {
  const newestFirst = [...files].sort((a, b) => (b.exportedAt ?? '').localeCompare(a.exportedAt ?? ''));
  const groups = new Map<string, TeamFile[]>();
  for (const file of newestFirst) {
    const key = identity(file);
    groups.set(key, [...(groups.get(key) ?? []), file]);
  }
  // Name-only files join the one numbered person of that name.
  const numberedByName = new Map<string, string[]>();
  for (const [key, list] of groups) {
    if (!key.startsWith('no:')) continue;
    for (const name of new Set(list.map((f) => fold(f.progress.profile.name)).filter(Boolean)))
      numberedByName.set(name, [...(numberedByName.get(name) ?? []), key]);
  }
  for (const [key, list] of [...groups]) {
    if (!key.startsWith('name:')) continue;
    const owners = numberedByName.get(key.slice(5));
    if (owners?.length !== 1) continue;
    const owner = owners[0]!;
    groups.set(
      owner,
      [...groups.get(owner)!, ...list].sort((a, b) => (b.exportedAt ?? '').localeCompare(a.exportedAt ?? '')),
    );
    groups.delete(key);
  }
  return [...groups].map(([key, list]) => {
    const [newest, ...older] = list as [TeamFile, ...TeamFile[]];
    const progress = older.reduce((merged, file) => mergeProgress(merged, file.progress), newest.progress);
    return {
      key,
      progress,
      files: list.map((file) => ({ name: file.name, ...(file.exportedAt ? { exportedAt: file.exportedAt } : {}) })),
      ...(newest.exportedAt ? { exportedAt: newest.exportedAt } : {}),
    };
  });
}
