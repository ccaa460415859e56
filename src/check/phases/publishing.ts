/** Phase 8, publishing: the hand-written redirects file, and CODEOWNERS kept in step with the owners. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeowners } from '../../lib/codeowners';
import { anyUnreadable, type CheckContext } from '../context';
import { rawAt, type Entry } from '../entries';
import type { Problem } from '../problem';
import { readRedirectsFile } from '../redirects-file';
import { livePages } from './links';

export const CODEOWNERS_PATH = '.github/CODEOWNERS';

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/**
 * The CODEOWNERS text the content calls for. It reads owners and reviewers as written, so it
 * can be generated even while some entry fails its schema.
 */
export function expectedCodeowners(contentDir: string, entries: readonly Entry[]): string {
  const dir = contentDir.replace(/^\.\//, '').replace(/\/$/, '');
  const roles = entries
    .filter((entry) => entry.collection === 'roles')
    .map((entry) => {
      const reviewers = rawAt(entry.data, 'reviewers');
      return {
        id: entry.id,
        reviewers: Array.isArray(reviewers) ? reviewers.filter((reviewer): reviewer is string => typeof reviewer === 'string') : [],
        reportsTo: text(rawAt(entry.data, 'reportsTo')),
      };
    });
  const owned = (...collections: string[]) =>
    entries.flatMap((entry) => {
      const owner = text(rawAt(entry.data, 'owner'));
      return collections.includes(entry.collection) && owner ? [{ file: entry.file, owner }] : [];
    });
  return codeowners(dir, roles, owned('chapters'), owned('handbook', 'forms'));
}

function codeownersProblems(context: CheckContext): Problem[] {
  // Owners in a file that failed to parse are unknown: the file would look stale for that reason alone.
  if (anyUnreadable(context, ['roles', 'chapters', 'handbook', 'forms'])) return [];
  const expected = expectedCodeowners(context.contentDir, context.entries);
  const path = join(context.projectRoot, CODEOWNERS_PATH);
  const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  const anyReviewers = /^\//m.test(expected);
  if (current === expected || (current === undefined && !anyReviewers)) return [];
  return [
    {
      file: CODEOWNERS_PATH,
      line: 1,
      field: '-',
      severity: 'warning',
      kind: 'codeowners',
      message:
        current === undefined
          ? '缺少 CODEOWNERS，审核人不会被自动邀请；请运行 npm run codeowners 并提交生成的文件'
          : '与 content/roles.yaml 的 reviewers 和各文件的 owner 不一致；请运行 npm run codeowners 并提交生成的文件',
    },
  ];
}

export function publishingProblems(context: CheckContext): Problem[] {
  const redirects = readRedirectsFile(context.projectRoot, context.contentDir, livePages(context));
  return [...redirects.problems, ...codeownersProblems(context)];
}
