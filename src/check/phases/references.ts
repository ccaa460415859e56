/** Phase 3, references: every reference in parsed data names an entry that exists. */
import { publishedAt } from '../../lib/content-urls';
import { changesSince, refExists, renameHistory } from '../../lib/git';
import type { Ref } from '../../schemas/common';
import { entryProblem, idsOf, mayExist, type CheckContext } from '../context';
import type { CollectionKey } from '../entries';
import type { Problem } from '../problem';

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

function isRef(value: unknown): value is Ref {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 2 && 'id' in value && 'collection' in value;
}

/** Every reference in parsed data, with its path. */
export function collectRefs(value: unknown, path: (string | number)[] = [], out: { ref: Ref; path: (string | number)[] }[] = []) {
  if (isRef(value)) out.push({ ref: value, path });
  else if (Array.isArray(value)) value.forEach((item, index) => collectRefs(item, [...path, index], out));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) collectRefs(item, [...path, key], out);
  }
  return out;
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

/** The known id most like `id`, when one is close enough to be a likely typo. */
function closest(id: string, known: string[]): string | undefined {
  let best: { id: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(id, candidate);
    if (!best || distance < best.distance) best = { id: candidate, distance };
  }
  return best && best.distance <= Math.max(3, Math.floor(id.length / 3)) ? best.id : undefined;
}

const KIND_COLLECTION: Record<string, CollectionKey> = {
  chapter: 'chapters',
  section: 'handbook',
  script: 'scripts',
  case: 'cases',
  form: 'forms',
  quiz: 'quizzes',
};

/** collection:old id → new id, from committed renames and (with --base) the ones not yet committed. */
function renamedIds(projectRoot: string, contentDir: string, base?: string): Map<string, string> {
  const pairs = renameHistory(projectRoot, contentDir);
  if (base && refExists(projectRoot, base)) {
    for (const change of changesSince(projectRoot, contentDir, base) ?? [])
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

export function referenceProblems(context: CheckContext): Problem[] {
  const problems: Problem[] = [];
  let renamed: Map<string, string> | undefined;
  for (const entry of context.entries) {
    for (const { ref, path } of collectRefs(entry.parsed)) {
      // A reference into a file that failed to parse is not reported: that file's error is the one to fix.
      if (mayExist(context, ref.collection, ref.id)) continue;
      const name = COLLECTION_NAMES[ref.collection] ?? ref.collection;
      const known = [...idsOf(context, ref.collection)];
      const guess = closest(ref.id, known);
      renamed ??= renamedIds(context.projectRoot, context.contentDir, context.options.base);
      const now = renamed.get(`${ref.collection}:${ref.id}`);
      const hint =
        now && idsOf(context, ref.collection).has(now)
          ? `它已改名为 ${now}，请改为 ${now}`
          : known.length <= 12
            ? `可选：${known.join('、')}`
            : guess
              ? `是否想写 ${guess}？`
              : `id ${WHERE[ref.collection] ?? ''}`;
      problems.push(entryProblem(entry, path, `找不到${name}“${ref.id}”；${hint}`, 'reference'));
    }
  }
  return problems;
}
