/**
 * Phase 9, the revision rule against the pull request's base (only with --base): git supplies
 * the changes and the old texts; the rule itself is pure (src/check/revision-rule.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { changesSince, fileAt, refExists } from '../../lib/git';
import type { CheckContext } from '../context';
import type { Problem } from '../problem';
import { readRedirectsFile } from '../redirects-file';
import { revisionProblems } from '../revision-rule';
import { livePages } from './links';

export function revisionRuleProblems(context: CheckContext): Problem[] {
  const { projectRoot, contentDir: dir, options } = context;
  const base = options.base;
  if (!base) return [];
  const problem = (message: string): Problem[] => [{ file: `${dir}/`, line: 1, field: '-', message, severity: 'error', kind: 'version' }];
  if (!refExists(projectRoot, base)) {
    return problem(`找不到 git 版本 ${base}；请先 git fetch 取得它（CI 中 actions/checkout 要设 fetch-depth: 0），或改用存在的分支名`);
  }
  const changes = changesSince(projectRoot, dir, base);
  if (!changes) return problem(`无法与 ${base} 比较（不是 git 仓库？）；请在仓库中运行，或去掉 --base`);
  const byFile = new Map(context.entries.map((entry) => [entry.file, entry]));
  const redirected = new Set(Object.keys(readRedirectsFile(projectRoot, dir, livePages(context)).entries));
  return revisionProblems({
    base,
    contentDir: dir,
    changes,
    before: (path) => fileAt(projectRoot, dir, base, path),
    after: (path) => {
      try {
        return readFileSync(join(projectRoot, dir, path), 'utf8');
      } catch {
        return undefined;
      }
    },
    lineOf: (path, field) => byFile.get(`${dir}/${path}`)?.lineOf([field]) ?? 1,
    redirected,
  });
}
