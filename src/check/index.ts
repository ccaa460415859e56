/**
 * The content check: shape (zod schemas), then cross-references, then anchors — collecting every
 * problem and reporting them all at once. Used by `npm run check` and, before every build, by the
 * content-check integration. Imports nothing from Astro's runtime.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { codeowners } from '../lib/codeowners';
import { publishedAt, STATIC_PAGES } from '../lib/content-urls';
import { staleSections } from '../lib/quiz-revisions';
import { urls } from '../lib/urls';
import { buildSchemas } from '../schemas';
import { idRef, type Ref } from '../schemas/common';
import { extractHeadings, slugOf, type Heading } from './headings';
import { loadContent, type RawEntry } from './load';
import { fieldPath, sortProblems, type Problem } from './problem';
import { flattenIssue, issueMessage } from './messages';
import { changesSince, fileAt, refExists, renameHistory } from './git';
import { checkLink, extractLinks, type Pages } from './links';
import { readRedirectsFile } from './redirects-file';
import { revisionProblems } from './revision-rule';
import { provenanceProblems, questionProblems } from './provenance';
import { overlappingThemes, themeScripts, type ScriptFacets } from '../lib/drill/themes';

export type { Problem } from './problem';
export { formatProblem } from './problem';

export interface CheckedEntry extends RawEntry {
  /** The parsed data, when the entry passed its schema. */
  parsed?: unknown;
}

export interface CheckOptions {
  /**
   * The git ref a pull request is compared with (CI passes the PR's base). Turns on the revision
   * rule: changed sections, scripts and cases must raise their version; deletions need redirects.
   */
  base?: string;
}

export interface CheckResult {
  problems: Problem[];
  entries: CheckedEntry[];
}

const schemas = buildSchemas(idRef);

const COLLECTION_NAMES: Record<string, string> = {
  roles: '角色',
  sources: '来源文件',
  chapters: '手册章节',
  handbook: '手册小节',
  scripts: '话术',
  cases: '案例',
  quizzes: '测验',
  paths: '入职路径',
  forms: '表格',
  glossary: '术语',
  drillThemes: '晨练主题',
};

const WHERE: Record<string, string> = {
  roles: '是 content/roles.yaml 中的键',
  sources: '是 content/sources.yaml 中的键',
  handbook: '形如 章节/小节，即 content/handbook/ 下去掉扩展名（.md）的路径',
  scripts: '是 content/scripts/ 下去掉扩展名（.md）的文件名',
  cases: '是 content/cases/ 下去掉扩展名（.md）的文件名',
  quizzes: '是 content/quizzes/ 下去掉 .yaml 的文件名',
  forms: '是 content/forms/ 下去掉扩展名（.md）的文件名',
};

/** The top-level keys a schema accepts, to catch misspelt field names. */
function knownKeys(schema: z.ZodTypeAny): Set<string> | undefined {
  let inner = schema;
  // zod types innerType() as any; the schema inside an effect is a zod type.
  while (inner instanceof z.ZodEffects) inner = (inner as z.ZodEffects<z.ZodTypeAny>).innerType();
  return inner instanceof z.ZodObject ? new Set(Object.keys(inner.shape as z.ZodRawShape)) : undefined;
}

function isRef(value: unknown): value is Ref {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 2 && 'id' in value && 'collection' in value;
}

/** Every reference in parsed data, with its path. */
function collectRefs(value: unknown, path: (string | number)[] = [], out: { ref: Ref; path: (string | number)[] }[] = []) {
  if (isRef(value)) out.push({ ref: value, path });
  else if (Array.isArray(value)) value.forEach((item, index) => collectRefs(item, [...path, index], out));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) collectRefs(item, [...path, key], out);
  }
  return out;
}

/** The known id most like `id`, when one is close enough to be a likely typo. */
function closest(id: string, known: string[]): string | undefined {
  let best: { id: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(id, candidate);
    if (!best || distance < best.distance) best = { id: candidate, distance };
  }
  return best && best.distance <= Math.max(3, Math.floor(id.length / 3)) ? best.id : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Fixed headings of the script and case pages (src/pages/…), which links may point at too. */
const PAGE_ANCHORS: Record<string, string[]> = {
  handbook: ['related', 'revisions'],
  scripts: ['scenario', 'dialogue', 'key-points', 'pitfalls', 'why', 'revisions'],
  cases: ['situation', 'actions', 'result', 'lessons', 'comment', 'revisions'],
};

export async function checkContent(projectRoot: string, contentDir = 'content', options: CheckOptions = {}): Promise<CheckResult> {
  const { entries: raw, problems } = await loadContent(projectRoot, contentDir);
  const entries: CheckedEntry[] = raw;
  const error = (entry: RawEntry, path: (string | number)[], message: string) =>
    problems.push({ file: entry.file, line: entry.lineOf(path), field: fieldPath(path), message, severity: 'error' });

  // 1. Shape.
  for (const entry of entries) {
    const schema = schemas[entry.collection];
    const keys = knownKeys(schema);
    if (keys && entry.data && typeof entry.data === 'object') {
      for (const key of Object.keys(entry.data)) {
        if (!keys.has(key)) error(entry, [key], `未知字段 ${key}；可用字段：${[...keys].join('、')}`);
      }
    }
    const result = schema.safeParse(entry.data);
    if (result.success) entry.parsed = result.data;
    else {
      const seen = new Set<string>();
      for (const issue of result.error.issues.flatMap(flattenIssue)) {
        const message = issueMessage(issue);
        const key = `${issue.path.join('.')}|${message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        error(entry, issue.path, message);
      }
    }
  }

  // 2. Cross-references.
  const ids = new Map<string, Set<string>>();
  for (const entry of entries) {
    if (!ids.has(entry.collection)) ids.set(entry.collection, new Set());
    ids.get(entry.collection)?.add(entry.id);
  }
  const byKey = new Map(entries.map((entry) => [`${entry.collection}:${entry.id}`, entry]));
  let renamed: Map<string, string> | undefined;
  for (const entry of entries) {
    for (const { ref, path } of collectRefs(entry.parsed)) {
      if (!ids.get(ref.collection)?.has(ref.id)) {
        const name = COLLECTION_NAMES[ref.collection] ?? ref.collection;
        const known = [...(ids.get(ref.collection) ?? [])];
        const guess = closest(ref.id, known);
        renamed ??= renamedIds(projectRoot, contentDir, options.base);
        const now = renamed.get(`${ref.collection}:${ref.id}`);
        const hint =
          now && ids.get(ref.collection)?.has(now)
            ? `它已改名为 ${now}，请改为 ${now}`
            : known.length <= 12
              ? `可选：${known.join('、')}`
              : guess
                ? `是否想写 ${guess}？`
                : `id ${WHERE[ref.collection] ?? ''}`;
        error(entry, path, `找不到${name}“${ref.id}”；${hint}`);
      }
    }
  }

  // 3. Rules that span files.
  const headingsOf = new Map<string, Heading[]>();
  const sectionHeadings = (id: string) => {
    const section = byKey.get(`handbook:${id}`);
    if (!section) return undefined;
    if (!headingsOf.has(id)) headingsOf.set(id, extractHeadings(section.body, section.bodyLine));
    return headingsOf.get(id);
  };

  for (const entry of entries) {
    if (entry.collection === 'handbook') {
      const chapter = entry.id.split('/')[0] ?? '';
      if (!ids.get('chapters')?.has(chapter)) {
        error(entry, [], `所在章节 ${chapter} 没有 index.md；请新建 content/handbook/${chapter}/index.md 写明章节标题、简介和顺序`);
      }
    }
    if (entry.collection === 'paths' && entry.parsed) {
      const role = (entry.parsed as { role: Ref }).role.id;
      if (role !== entry.id) error(entry, ['role'], `文件名是 ${entry.id}.yaml，但 role 是 ${role}；入职路径的文件名应与角色 id 相同`);
    }
    if (entry.collection === 'quizzes' && entry.parsed) {
      const quiz = entry.parsed as { questions: { section: Ref; anchor?: string }[] };
      quiz.questions.forEach((question, index) => {
        if (!question.anchor) return;
        const headings = sectionHeadings(question.section.id);
        if (!headings) return; // reported as a missing reference already
        const slug = slugOf(question.anchor);
        if (!headings.some((heading) => heading.slug === slug)) {
          error(
            entry,
            ['questions', index, 'anchor'],
            `小节 ${question.section.id} 中没有标题“${question.anchor}”；可选：${
              headings
                .filter((h) => h.depth > 1)
                .map((h) => h.text)
                .join('、') || '（该小节没有二级标题）'
            }`,
          );
        }
      });
    }
  }

  // Glossary: an alias may not be another term, nor belong to two terms.
  const glossary = entries.filter((entry) => entry.collection === 'glossary' && entry.parsed);
  const owner = new Map<string, string>();
  for (const entry of glossary) owner.set(entry.id, entry.id);
  for (const entry of glossary) {
    (entry.parsed as { aliases: string[] }).aliases.forEach((alias, index) => {
      const other = owner.get(alias);
      if (other && other !== entry.id) {
        error(
          entry,
          ['aliases', index],
          `同义词“${alias}”已经是术语“${other}”${other === alias ? '本身' : '的同义词'}；一个词只能属于一个术语`,
        );
      } else owner.set(alias, entry.id);
    });
  }

  // Drill themes: each must lean to at least one script, and two themes may not share a day.
  const scriptFacets: ScriptFacets[] = entries
    .filter((entry) => entry.collection === 'scripts' && entry.parsed)
    .map((entry) => ({ id: entry.id, ...(entry.parsed as { stage: string; tags: string[] }) }));
  const allTags = new Set(scriptFacets.flatMap((script) => script.tags));
  const themes = entries.filter((entry) => entry.collection === 'drillThemes' && entry.parsed);
  for (const entry of themes) {
    const theme = entry.parsed as { stage?: string; tags: string[]; scripts: Ref[] };
    theme.tags.forEach((tag, index) => {
      if (!allTags.has(tag))
        problems.push({
          file: entry.file,
          line: entry.lineOf(['tags', index]),
          field: fieldPath(['tags', index]),
          message: `没有话术带标签“${tag}”；请检查拼写，或先给话术加上这个标签`,
          severity: 'warning',
        });
    });
    if (themeScripts({ ...theme, scripts: theme.scripts.map((ref) => ref.id) }, scriptFacets).length === 0) {
      error(entry, [], '这个主题没有匹配到任何话术（stage 与 tags 需同时满足）；请放宽条件，或用 scripts 直接列出话术 id');
    }
  }
  const dated = themes.map((entry) => ({ entry, id: entry.id, ...(entry.parsed as { from: string; to: string }) }));
  for (const [first, second] of overlappingThemes(dated)) {
    error(second.entry, ['from'], `与主题 ${first.id}（${first.from} 至 ${first.to}）的日期重叠；同一天只能有一个晨练主题`);
  }

  // 4. Links in bodies, and sections nothing leads to.
  const contentPath = (entry: RawEntry) => entry.file.slice(contentDir.replace(/^\.\//, '').replace(/\/$/, '').length + 1);
  const pages: Pages = new Map(STATIC_PAGES.map((url) => [url, null]));
  const pageOf = new Map<RawEntry, string>();
  for (const entry of entries) {
    const page = publishedAt(contentPath(entry));
    if (!page) continue;
    pageOf.set(entry, page.url);
    const anchors =
      entry.collection === 'quizzes'
        ? null
        : new Set([...extractHeadings(entry.body).map((h) => h.slug), ...(PAGE_ANCHORS[entry.collection] ?? [])]);
    pages.set(page.url, anchors);
  }
  pages.set(urls.glossary(), new Set(entries.filter((entry) => entry.collection === 'glossary').map((entry) => entry.id)));
  for (const entry of entries.filter((entry) => entry.collection === 'paths')) pages.set(`/training/${entry.id}/`, null);

  const linkedSections = new Set<string>();
  for (const entry of entries) {
    const url = pageOf.get(entry);
    if (!url || !entry.body) continue;
    for (const link of extractLinks(entry.body, entry.bodyLine)) {
      const found = checkLink(link, url, pages, contentPath(entry));
      if (found)
        problems.push({ file: entry.file, line: found.line, field: 'body', message: found.message, severity: 'error', kind: 'link' });
      else {
        const target = /^\/handbook\/([^/]+\/[^/]+)\//.exec(decodeURI(new URL(link.href, `http://site${url}`).pathname));
        if (target?.[1] && `/handbook/${target[1]}/` !== url) linkedSections.add(target[1]);
      }
    }
  }
  for (const entry of entries) {
    for (const { ref } of collectRefs(entry.parsed)) {
      if (ref.collection === 'handbook' && !(entry.collection === 'handbook' && entry.id === ref.id)) linkedSections.add(ref.id);
    }
  }
  for (const entry of entries) {
    if (entry.collection !== 'handbook' || linkedSections.has(entry.id) || !entry.parsed) continue;
    problems.push({
      file: entry.file,
      line: 1,
      field: '-',
      severity: 'warning',
      kind: 'orphan',
      message: `没有任何内容引用这一节（其他小节的 related、话术或案例的 sections、测验、入职路径、术语、正文链接都没有）；请在相关小节的 related 中加上 ${entry.id}，或在正文中链接 ${urls.section(entry.id)}`,
    });
  }

  // 5. Quizzes reviewed against older versions of their sections.
  const sectionVersions = new Map(
    entries
      .filter((entry) => entry.collection === 'handbook' && entry.parsed)
      .map((entry) => [entry.id, { id: entry.id, data: entry.parsed as { title: string; version: number } }]),
  );
  for (const entry of entries) {
    if (entry.collection !== 'quizzes' || !entry.parsed) continue;
    for (const stale of staleSections({ data: entry.parsed as Parameters<typeof staleSections>[0]['data'] }, sectionVersions)) {
      problems.push({
        file: entry.file,
        // Point at the version written down, or at the sections list when none was.
        line: (entry.data as { reviewedAgainst?: unknown })?.reviewedAgainst
          ? entry.lineOf(['reviewedAgainst', stale.id])
          : entry.lineOf(['sections']),
        field: `reviewedAgainst.${stale.id}`,
        severity: 'warning',
        kind: 'quiz-review',
        message: `小节 ${stale.id} 已更新到第 ${stale.current} 版，本测验按第 ${stale.reviewed} 版出题；请对照新版核对题目，然后在 reviewedAgainst 中写 ${stale.id}: ${stale.current}`,
      });
    }
  }

  // 6. Provenance: figures rest on a cited source or carry :pending[…]; 常见问法 belong to one page.
  // Figures are warnings until the bundled content has been brought in line (issue 10).
  problems.push(...provenanceProblems(entries, 'warning'), ...questionProblems(entries, contentDir));

  // 7. Redirects written by hand, and CODEOWNERS kept in step with the owners.
  const live = new Set(pages.keys());
  const redirects = readRedirectsFile(projectRoot, contentDir, live);
  problems.push(...redirects.problems);
  problems.push(...codeownersProblems(projectRoot, contentDir, entries));

  // 8. The revision rule, against the pull request's base.
  if (options.base) problems.push(...revisionRule(projectRoot, contentDir, options.base, entries, new Set(Object.keys(redirects.entries))));

  return { problems: sortProblems(problems), entries };
}

const KIND_COLLECTION: Record<string, string> = {
  chapter: 'chapters',
  section: 'handbook',
  script: 'scripts',
  case: 'cases',
  form: 'forms',
  quiz: 'quizzes',
};

/** collection:old id → new id, from committed renames and (with --base) the ones not yet committed. */
function renamedIds(projectRoot: string, contentDir: string, base?: string): Map<string, string> {
  const dir = contentDir.replace(/^\.\//, '').replace(/\/$/, '');
  const pairs = renameHistory(projectRoot, dir);
  if (base && refExists(projectRoot, base)) {
    for (const change of changesSince(projectRoot, dir, base) ?? [])
      if (change.status === 'R' && change.from) pairs.push([change.from, change.path]);
  }
  const map = new Map<string, string>();
  for (const [from, to] of pairs) {
    const [old, now] = [publishedAt(from), publishedAt(to)];
    if (old && now?.kind === old.kind) map.set(`${KIND_COLLECTION[old.kind]}:${old.id}`, now.id);
  }
  // Follow chains (a → b → c) to the latest name.
  for (const [key, id] of map) {
    let latest = id;
    const collection = key.split(':')[0];
    for (let hops = 0; map.has(`${collection}:${latest}`) && hops < 20; hops++) latest = map.get(`${collection}:${latest}`) ?? latest;
    map.set(key, latest);
  }
  return map;
}

function revisionRule(projectRoot: string, contentDir: string, base: string, entries: RawEntry[], redirected: Set<string>): Problem[] {
  const dir = contentDir.replace(/^\.\//, '').replace(/\/$/, '');
  const problem = (message: string): Problem[] => [{ file: `${dir}/`, line: 1, field: '-', message, severity: 'error', kind: 'version' }];
  if (!refExists(projectRoot, base)) {
    return problem(`找不到 git 版本 ${base}；请先 git fetch 取得它（CI 中 actions/checkout 要设 fetch-depth: 0），或改用存在的分支名`);
  }
  const changes = changesSince(projectRoot, dir, base);
  if (!changes) return problem(`无法与 ${base} 比较（不是 git 仓库？）；请在仓库中运行，或去掉 --base`);
  const byFile = new Map(entries.map((entry) => [entry.file, entry]));
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

export const CODEOWNERS_PATH = '.github/CODEOWNERS';

/** The CODEOWNERS text the content calls for. */
export function expectedCodeowners(contentDir: string, entries: RawEntry[]): string {
  const dir = contentDir.replace(/^\.\//, '').replace(/\/$/, '');
  const roles = entries
    .filter((entry) => entry.collection === 'roles')
    .map((entry) => {
      const data = (entry.data ?? {}) as { reviewers?: string[]; reportsTo?: string };
      return { id: entry.id, reviewers: Array.isArray(data.reviewers) ? data.reviewers : [], reportsTo: data.reportsTo };
    });
  const owned = (collection: string) =>
    entries
      .filter((entry) => entry.collection === collection && typeof (entry.data as { owner?: unknown })?.owner === 'string')
      .map((entry) => ({ file: entry.file, owner: (entry.data as { owner: string }).owner }));
  return codeowners(dir, roles, owned('chapters'), [...owned('handbook'), ...owned('forms')]);
}

function codeownersProblems(projectRoot: string, contentDir: string, entries: RawEntry[]): Problem[] {
  const expected = expectedCodeowners(contentDir, entries);
  const path = join(projectRoot, CODEOWNERS_PATH);
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
