/**
 * Reads the content folder the way Astro's loaders do, but keeps the source positions so every
 * problem can name its line. YAML is parsed with the `yaml` package (core schema: dates stay text).
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { entryId, SOURCES } from '../schemas';
import type { Problem } from './problem';

export type CollectionKey = keyof typeof SOURCES;

export interface RawEntry {
  collection: CollectionKey;
  id: string;
  /** Path relative to the project root. */
  file: string;
  data: unknown;
  /** The MDX body (files only); empty for YAML. */
  body: string;
  /** Line of the MDX body's first line (files only). */
  bodyLine: number;
  /** The 1-based line of a field, falling back to its nearest parent. */
  lineOf: (path: readonly (string | number)[]) => number;
}

export interface LoadResult {
  entries: RawEntry[];
  problems: Problem[];
}

function lineFinder(doc: Document, counter: LineCounter, offset: number, base: readonly (string | number)[]) {
  return (path: readonly (string | number)[]): number => {
    const full = [...base, ...path];
    for (let depth = full.length; depth >= 0; depth--) {
      const node = doc.getIn(full.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      // For a map entry, point at its key rather than the value.
      if (depth > 0 && depth === full.length) {
        const parent = doc.getIn(full.slice(0, depth - 1), true);
        if (isMap(parent)) {
          const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === full[depth - 1]);
          const keyRange = pair && isScalar(pair.key) ? pair.key.range : undefined;
          if (keyRange) return counter.linePos(keyRange[0]).line + offset;
        }
      }
      if (node?.range) return counter.linePos(node.range[0]).line + offset;
    }
    return 1 + offset;
  };
}

function parseYaml(text: string, file: string, lineOffset: number, problems: Problem[]) {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, schema: 'core', uniqueKeys: true });
  for (const error of doc.errors) {
    const line = (error.linePos?.[0].line ?? 1) + lineOffset;
    const duplicate = error.code === 'DUPLICATE_KEY';
    const key = duplicate ? text.slice(error.pos[0]).split(/:\s/)[0]?.trim() : '';
    problems.push({
      file,
      line,
      field: duplicate ? (key ?? '-') : '-',
      message: duplicate
        ? `id “${key}”重复定义；每个 id 只能定义一次，请删除或改名其中一个`
        : `YAML 格式错误：${error.message.split('\n')[0]}；请检查缩进和冒号`,
      severity: 'error',
    });
  }
  return { doc, counter, ok: doc.errors.length === 0 };
}

/** Splits an MDX file into front matter (YAML text) and body, remembering where the body starts. */
export function splitFrontMatter(text: string): { yaml: string; body: string; bodyLine: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\s*(\r?\n|$)/.exec(text);
  if (!match) return undefined;
  const yaml = match[1] ?? '';
  const bodyLine = match[0].split('\n').length;
  return { yaml, body: text.slice(match[0].length), bodyLine: match[0].endsWith('\n') ? bodyLine : bodyLine + 1 };
}

export async function loadContent(projectRoot: string, contentDir: string): Promise<LoadResult> {
  const entries: RawEntry[] = [];
  const problems: Problem[] = [];
  const root = resolve(projectRoot, contentDir);
  const rel = (path: string) => relative(projectRoot, path).replace(/\\/g, '/');

  for (const [collection, source] of Object.entries(SOURCES) as [CollectionKey, (typeof SOURCES)[CollectionKey]][]) {
    if (source.source === 'files') {
      const base = join(root, source.dir);
      const files = (await glob(source.pattern, { cwd: base })).sort();
      for (const name of files) {
        const path = join(base, name);
        const file = rel(path);
        const text = readFileSync(path, 'utf8');
        if (/\.mdx?$/.test(name)) {
          const parts = splitFrontMatter(text);
          if (!parts) {
            problems.push({
              file,
              line: 1,
              field: '-',
              message: '文件开头缺少 front matter；第一行应为 ---，字段写完后再用一行 --- 结束',
              severity: 'error',
            });
            continue;
          }
          const { doc, counter, ok } = parseYaml(parts.yaml, file, 1, problems);
          if (!ok) continue;
          entries.push({
            collection,
            id: entryId(name),
            file,
            data: doc.toJS() ?? {},
            body: parts.body,
            bodyLine: parts.bodyLine,
            lineOf: lineFinder(doc, counter, 1, []),
          });
        } else {
          const { doc, counter, ok } = parseYaml(text, file, 0, problems);
          if (!ok) continue;
          entries.push({
            collection,
            id: entryId(name),
            file,
            data: doc.toJS() ?? {},
            body: '',
            bodyLine: 0,
            lineOf: lineFinder(doc, counter, 0, []),
          });
        }
      }
    } else {
      const path = join(root, source.file);
      const file = rel(path);
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch {
        if (source.optional) continue;
        problems.push({ file, line: 1, field: '-', message: `缺少文件 ${source.file}`, severity: 'error' });
        continue;
      }
      const { doc, counter, ok } = parseYaml(text, file, 0, problems);
      if (!ok) continue;
      const data = doc.toJS() as unknown;
      if (!data || typeof data !== 'object' || Array.isArray(data)) {
        problems.push({ file, line: 1, field: '-', message: '应为以 id 为键的映射（每个条目写成 “id:” 开头的一段）', severity: 'error' });
        continue;
      }
      for (const [id, value] of Object.entries(data as Record<string, unknown>)) {
        entries.push({ collection, id, file, data: value, body: '', bodyLine: 0, lineOf: lineFinder(doc, counter, 0, [id]) });
      }
    }
  }
  return { entries, problems };
}
