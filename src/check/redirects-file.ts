/**
 * content/redirects.yaml: hand-written redirects for published URLs that disappear without a
 * rename git can see (a page deleted, or merged into another). Keys are old URLs, values new ones:
 *   "/handbook/daily-work/old-name/": /handbook/daily-work/new-name/
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import type { Problem } from './problem';
import { yamlProblems } from './yaml-errors';

const REDIRECTS_FILE = 'redirects.yaml';

export interface RedirectsFile {
  entries: Record<string, string>;
  problems: Problem[];
}

/** Reads and validates content/redirects.yaml against the URLs that exist (`live`). */
export function readRedirectsFile(projectRoot: string, contentDir: string, live: Set<string>): RedirectsFile {
  const path = join(projectRoot, contentDir, REDIRECTS_FILE);
  const file = `${contentDir}/${REDIRECTS_FILE}`;
  const entries: Record<string, string> = {};
  const problems: Problem[] = [];
  if (!existsSync(path)) return { entries, problems };
  const counter = new LineCounter();
  const text = readFileSync(path, 'utf8');
  const doc = parseDocument(text, { lineCounter: counter, schema: 'core', uniqueKeys: true });
  const problem = (line: number, field: string, message: string) =>
    problems.push({ file, line, field, message, severity: 'error', kind: 'redirects' });
  if (doc.errors.length > 0) {
    for (const error of yamlProblems(doc, text, counter)) {
      problems.push({ file, line: error.line, field: error.field, message: error.message, severity: 'error', kind: error.kind });
    }
    return { entries, problems };
  }
  if (doc.contents === null) return { entries, problems };
  if (!isMap(doc.contents)) {
    problem(1, '-', '应为 旧网址: 新网址 的映射，每行一条，例如 "/handbook/a/old/": /handbook/a/new/');
    return { entries, problems };
  }
  for (const pair of doc.contents.items) {
    const from = isScalar(pair.key) ? String(pair.key.value) : '';
    const to = isScalar(pair.value) ? String(pair.value.value) : '';
    const line = counter.linePos((isScalar(pair.key) && pair.key.range?.[0]) || 0).line;
    if (!/^\/.*\/$/.test(from)) problem(line, from || '-', `旧网址“${from}”应以 / 开头并以 / 结尾，例如 /handbook/daily-work/old-name/`);
    else if (live.has(from)) problem(line, from, `网址 ${from} 现在仍有页面，不能再跳转；请删去这一行`);
    else if (!/^https?:\/\//.test(to) && !live.has(to.split('#')[0] ?? to))
      problem(line, from, `跳转目标 ${to || '（空）'} 不是现有页面；请写现有页面的网址，例如 /handbook/`);
    else entries[from] = to;
  }
  return { entries, problems };
}
