/**
 * The thin layer over git that publishing needs: the revision rule and renamed ids (src/check/),
 * redirects from renames (src/integrations/redirects.ts) and "last updated" dates (src/data/).
 * Every function runs one git command (reading `-z` output where paths may hold any character)
 * and returns plain data; the rules themselves are pure and tested without git. Paths returned
 * are relative to the content folder. Node only: no Astro imports.
 */
import { execFileSync } from 'node:child_process';
import { join, relative } from 'node:path';

function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/** The content folder as git sees it (relative to the repository root, forward slashes, trailing /). */
function contentPrefix(projectRoot: string, contentDir: string): string | undefined {
  const top = git(projectRoot, ['rev-parse', '--show-toplevel'])?.trim();
  if (!top) return undefined;
  const prefix = relative(top, join(projectRoot, contentDir)).replace(/\\/g, '/');
  return prefix ? `${prefix}/` : '';
}

/** True when `ref` names a commit git knows. */
export function refExists(projectRoot: string, ref: string): boolean {
  return git(projectRoot, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]) !== undefined;
}

export interface FileChange {
  status: 'A' | 'M' | 'D' | 'R';
  /** Path under the content folder now (for D: the deleted path). */
  path: string;
  /** The path at the base, for R (renamed) and D. */
  from?: string;
}

/**
 * Content files changed between `base` and the working tree (committed or not; new untracked
 * files count as added). Renames are detected as git does (-M, 50 % similar).
 */
export function changesSince(projectRoot: string, contentDir: string, base: string): FileChange[] | undefined {
  const prefix = contentPrefix(projectRoot, contentDir);
  if (prefix === undefined) return undefined;
  const top = git(projectRoot, ['rev-parse', '--show-toplevel'])?.trim() ?? projectRoot;
  const out = git(top, ['diff', '--name-status', '-M', '-z', base, '--', prefix || '.']);
  if (out === undefined) return undefined;
  const changes: FileChange[] = [];
  const strip = (path: string) => path.slice(prefix.length);
  const parts = out.split('\0').filter(Boolean);
  for (let i = 0; i < parts.length;) {
    const status = parts[i++] ?? '';
    if (status.startsWith('R')) {
      const from = parts[i++] ?? '';
      const to = parts[i++] ?? '';
      changes.push({ status: 'R', path: strip(to), from: strip(from) });
    } else {
      const path = parts[i++] ?? '';
      const kind = status.startsWith('A') ? 'A' : status.startsWith('D') ? 'D' : 'M';
      changes.push({ status: kind, path: strip(path), ...(kind === 'D' ? { from: strip(path) } : {}) });
    }
  }
  // Files git does not track yet count as added — unless the base has them, which `git diff`
  // then reports as deleted: the file is there, so it is a modification.
  const untracked = (git(top, ['ls-files', '--others', '--exclude-standard', '-z', '--', prefix || '.']) ?? '')
    .split('\0')
    .filter(Boolean)
    .map(strip);
  const deleted = new Map(changes.filter((change) => change.status === 'D').map((change) => [change.path, change]));
  for (const path of untracked) {
    const change = deleted.get(path);
    if (change) {
      change.status = 'M';
      delete change.from;
    } else changes.push({ status: 'A', path });
  }
  return changes;
}

/** The text of a content file at `ref`, or undefined when it did not exist there. */
export function fileAt(projectRoot: string, contentDir: string, ref: string, path: string): string | undefined {
  const prefix = contentPrefix(projectRoot, contentDir);
  if (prefix === undefined) return undefined;
  const top = git(projectRoot, ['rev-parse', '--show-toplevel'])?.trim() ?? projectRoot;
  return git(top, ['show', `${ref}:${prefix}${path}`]);
}

/** renameHistory's answers by repository, commit and folder: a build asks twice (the content check, the redirects). */
const renamesAt = new Map<string, [string, string][]>();

/** Every rename of a content file in the history, oldest first: [from, to] under the content folder. */
export function renameHistory(projectRoot: string, contentDir: string): [string, string][] {
  const [top, head] = git(projectRoot, ['rev-parse', '--show-toplevel', 'HEAD'])?.trim().split('\n') ?? [];
  if (!top || !head) return [];
  const folder = relative(top, join(projectRoot, contentDir)).replace(/\\/g, '/');
  const prefix = folder ? `${folder}/` : '';
  const key = `${top}\0${head}\0${prefix}`;
  let renames = renamesAt.get(key);
  if (!renames) {
    const out = git(top, ['log', '--reverse', '--diff-filter=R', '--name-status', '-M', '--format=', '-z', '--', prefix || '.']);
    renames = [];
    const parts = (out ?? '')
      .split('\0')
      .map((part) => part.replace(/^\n+/, ''))
      .filter(Boolean);
    for (let i = 0; i < parts.length;) {
      const status = parts[i++] ?? '';
      if (!status.startsWith('R')) continue;
      const from = parts[i++] ?? '';
      const to = parts[i++] ?? '';
      if (from.startsWith(prefix) && to.startsWith(prefix)) renames.push([from.slice(prefix.length), to.slice(prefix.length)]);
    }
    if (out !== undefined) renamesAt.set(key, renames);
  }
  // A copy: callers add the renames not yet committed to it.
  return [...renames];
}

/** The date (YYYY-MM-DD) of the last commit touching each content file, in one git call. */
export function lastCommitDates(projectRoot: string, contentDir: string): Map<string, string> {
  const dates = new Map<string, string>();
  const prefix = contentPrefix(projectRoot, contentDir);
  if (prefix === undefined) return dates;
  const top = git(projectRoot, ['rev-parse', '--show-toplevel'])?.trim() ?? projectRoot;
  const out = git(top, ['log', '--format=%x01%cs', '--name-only', '--no-renames', '--', prefix || '.']);
  if (!out) return dates;
  let date = '';
  for (const line of out.split('\n')) {
    if (line.startsWith('\x01')) date = line.slice(1).trim();
    else if (line.trim() && line.startsWith(prefix)) {
      const path = line.trim().slice(prefix.length);
      if (!dates.has(path)) dates.set(path, date);
    }
  }
  return dates;
}
