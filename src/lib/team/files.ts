/**
 * The team view's files: each read with the import's own reader (readExportFile), so a file the
 * team view accepts is exactly one the import accepts; the refused ones keep their reason. Files of
 * the same person are merged into one (people.ts).
 */
import { readExportFile, type FileProblem } from '../progress/transfer';
import type { Progress } from '../progress/schema';

/** A file larger than this is refused unread (a year of progress is well under 1 MB). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface TeamFile {
  /** The file's name as the manager chose it. */
  name: string;
  /** When it was exported (ISO), if the file says. */
  exportedAt?: string;
  progress: Progress;
}

export type RefusalReason = FileProblem | { kind: 'tooBig' } | { kind: 'duplicate' };

export interface RefusedFile {
  name: string;
  reason: RefusalReason;
}

export type ReadTeamFile = { ok: true; file: TeamFile } | { ok: false; refused: RefusedFile };

/** Reads one chosen file's text. */
export function readTeamFile(name: string, text: string): ReadTeamFile {
  const result = readExportFile(text);
  if (!result.ok) return { ok: false, refused: { name, reason: result.problem } };
  return { ok: true, file: { name, progress: result.progress, ...(result.exportedAt ? { exportedAt: result.exportedAt } : {}) } };
}

export interface TeamFiles {
  files: TeamFile[];
  refused: RefusedFile[];
}

/**
 * Adds newly chosen files to those already loaded: the same file chosen again (same name and
 * export time) replaces nothing and is listed as a duplicate.
 */
export function addFiles(current: TeamFiles, chosen: { name: string; text?: string; size?: number }[]): TeamFiles {
  const files = [...current.files];
  const refused = [...current.refused];
  for (const { name, text, size } of chosen) {
    if ((size ?? text?.length ?? 0) > MAX_FILE_BYTES || text === undefined) {
      refused.push({ name, reason: { kind: 'tooBig' } });
      continue;
    }
    const result = readTeamFile(name, text);
    if (!result.ok) {
      refused.push(result.refused);
      continue;
    }
    if (files.some((file) => file.name === name && file.exportedAt === result.file.exportedAt)) {
      refused.push({ name, reason: { kind: 'duplicate' } });
      continue;
    }
    files.push(result.file);
  }
  return { files, refused };
}
