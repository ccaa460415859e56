/**
 * The revision rule, applied to a pull request against its base: a section, script or case whose
 * body or rules changed must raise its version (and say why in `changes`); the effective date may
 * not go backwards; a new file starts at version 1; a published page may not disappear without a
 * redirect. Pure: git access is passed in (see src/lib/git.ts), so tests use plain data too.
 */
import { parse } from 'yaml';
import { isRevisable, publishedAt } from '../lib/content-urls';
import type { FileChange } from '../lib/git';
import { splitFrontMatter } from './load';
import type { Problem } from './problem';

/** Front-matter fields whose change is bookkeeping, not a change of the rules. */
export const BOOKKEEPING_FIELDS = ['version', 'effective', 'changes', 'order', 'tags'] as const;

export interface Revision {
  data: Record<string, unknown>;
  body: string;
}

/** Reads an MDX file's front matter and body; undefined when it cannot be read. */
export function readRevision(text: string): Revision | undefined {
  const parts = splitFrontMatter(text);
  if (!parts) return undefined;
  try {
    const data = parse(parts.yaml, { schema: 'core' }) as unknown;
    return { data: data && typeof data === 'object' ? (data as Record<string, unknown>) : {}, body: parts.body };
  } catch {
    return undefined;
  }
}

/** Stable JSON: object keys sorted, so reordering fields is not a change. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString().slice(0, 10));
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Trailing spaces and blank lines at the end are not a change. */
const normaliseBody = (body: string) =>
  body
    .replace(/\r\n/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();

/** What changed between two revisions: 'body' and/or the names of rule fields. */
export function changedParts(before: Revision, after: Revision): string[] {
  const ignored = new Set<string>(BOOKKEEPING_FIELDS);
  const keys = new Set([...Object.keys(before.data), ...Object.keys(after.data)].filter((key) => !ignored.has(key)));
  const fields = [...keys].filter((key) => canonical(before.data[key]) !== canonical(after.data[key])).sort();
  return normaliseBody(before.body) === normaliseBody(after.body) ? fields : ['body', ...fields];
}

const versionOf = (revision: Revision) => (typeof revision.data.version === 'number' ? revision.data.version : 1);
const effectiveOf = (revision: Revision) => {
  const value = revision.data.effective;
  return value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value.trim() : '';
};

function describe(parts: string[]): string {
  const fields = parts.filter((part) => part !== 'body');
  const said: string[] = [];
  if (parts.includes('body')) said.push('正文');
  if (fields.length > 0) said.push(`字段 ${fields.join('、')}`);
  return said.join('和');
}

export interface RuleInput {
  /** The ref the pull request is compared with, as given to --base (named in messages). */
  base: string;
  /** The content folder relative to the project root, e.g. content. */
  contentDir: string;
  changes: FileChange[];
  /** The file's text at the base. */
  before: (path: string) => string | undefined;
  /** The file's text now. */
  after: (path: string) => string | undefined;
  /** The line of a front-matter field now (1-based), for messages. */
  lineOf: (path: string, field: string) => number;
  /** Old URLs that content/redirects.yaml sends somewhere. */
  redirected: Set<string>;
}

export function revisionProblems(input: RuleInput): Problem[] {
  const problems: Problem[] = [];
  const file = (path: string) => `${input.contentDir}/${path}`;

  for (const change of input.changes) {
    if (change.status === 'D') {
      const page = change.from ? publishedAt(change.from) : undefined;
      if (!page || input.redirected.has(page.url)) continue;
      const chapter = page.kind === 'section' ? `/handbook/${page.id.split('/')[0]}/` : '/';
      problems.push({
        file: file(change.path),
        line: 1,
        field: '-',
        severity: 'error',
        kind: 'deleted',
        message: `此文件自 ${input.base} 以来被删除，已发布的网址 ${page.url} 将失效；请在 ${input.contentDir}/redirects.yaml 加一行 "${page.url}": 新网址（内容已并入别处就指向那里，确实停用就指向 ${chapter}）`,
      });
      continue;
    }
    if (!isRevisable(change.path)) continue;
    const nowText = input.after(change.path);
    const now = nowText === undefined ? undefined : readRevision(nowText);
    if (!now) continue; // unreadable now: the shape check reports it
    const oldPath = change.status === 'R' ? change.from : change.status === 'M' ? change.path : undefined;
    const oldText = oldPath ? input.before(oldPath) : undefined;
    const old = oldText === undefined ? undefined : readRevision(oldText);
    const version = versionOf(now);

    if (!old) {
      if (version !== 1) {
        problems.push({
          file: file(change.path),
          line: input.lineOf(change.path, 'version'),
          field: 'version',
          severity: 'error',
          kind: 'new-file',
          message: `这是新文件，version 应从 1 开始（现在是 ${version}）；请改为 version: 1，并删去 changes 中版本 1 以后的行`,
        });
      }
      continue;
    }

    const oldVersion = versionOf(old);
    const parts = changedParts(old, now);
    if (version < oldVersion) {
      problems.push({
        file: file(change.path),
        line: input.lineOf(change.path, 'version'),
        field: 'version',
        severity: 'error',
        kind: 'version',
        message: `version 从 ${oldVersion} 降到了 ${version}；版本只能升不能降，请改回 ${parts.length ? oldVersion + 1 : oldVersion}`,
      });
    } else if (parts.length > 0 && version === oldVersion) {
      const next = oldVersion + 1;
      problems.push({
        file: file(change.path),
        line: input.lineOf(change.path, 'version'),
        field: 'version',
        severity: 'error',
        kind: 'version',
        message: `自 ${input.base} 以来改了${describe(parts)}，但 version 仍是 ${oldVersion}；请把 version 改为 ${next}、effective 改为生效日期，并在 changes 中加一行 { version: ${next}, date: 生效日期, summary: 改了什么 }`,
      });
    }

    const before = effectiveOf(old);
    const after = effectiveOf(now);
    if (before && after && after < before) {
      problems.push({
        file: file(change.path),
        line: input.lineOf(change.path, 'effective'),
        field: 'effective',
        severity: 'error',
        kind: 'effective',
        message: `生效日期从 ${before} 改成了更早的 ${after}；生效日期不能倒退，请写 ${before} 或之后的日期`,
      });
    }
  }
  return problems;
}
