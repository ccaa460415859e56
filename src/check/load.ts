/**
 * Reads the content folder the way Astro's loaders do, but keeps the source positions so every
 * problem can name its line. YAML is parsed with the `yaml` package (core schema: dates stay text).
 * A file whose YAML does not parse is reported once (src/check/yaml-errors.ts) and listed as
 * unreadable, so later phases can stay quiet about what only follows from it.
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { entryId, SOURCES } from '../schemas';
import type { CollectionKey, Entry } from './entries';
import type { Problem } from './problem';
import { yamlProblems } from './yaml-errors';

/** Files that could not be read as YAML: their entries are missing, not wrong. */
export interface Unreadable {
  /** `collection:id` of each file entry that failed to parse. */
  entries: Set<string>;
  /** Collections kept in one map file that failed to parse (all their ids are unknown). */
  collections: Set<CollectionKey>;
  /** Paths under the content folder of the files that failed. */
  paths: string[];
}

export interface LoadResult {
  entries: Entry[];
  problems: Problem[];
  unreadable: Unreadable;
}

function lineFinder(doc: Document, counter: LineCounter, offset: number, base: readonly (string | number)[]) {
  return (path: readonly (string | number)[]): number => {
    const full = [...base, ...path];
    for (let depth = full.length; depth >= 0; depth--) {
      // For a map entry, point at its key rather than the value.
      if (depth > 0 && depth === full.length) {
        const parent = doc.getIn(full.slice(0, depth - 1), true);
        if (isMap(parent)) {
          const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === full[depth - 1]);
          const keyRange = pair && isScalar(pair.key) ? pair.key.range : undefined;
          if (keyRange) return counter.linePos(keyRange[0]).line + offset;
        }
      }
      const node: unknown = doc.getIn(full.slice(0, depth), true);
      const range = node && typeof node === 'object' && 'range' in node && Array.isArray(node.range) ? node.range : undefined;
      if (typeof range?.[0] === 'number') return counter.linePos(range[0]).line + offset;
    }
    return 1 + offset;
  };
}

function parseYaml(text: string, file: string, lineOffset: number, problems: Problem[]) {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, schema: 'core', uniqueKeys: true });
  for (const problem of yamlProblems(doc, text, counter)) {
    problems.push({
      file,
      line: problem.line + lineOffset,
      field: problem.field,
      message: problem.message,
      severity: 'error',
      kind: problem.kind,
    });
  }
  return { doc, counter, ok: doc.errors.length === 0 };
}

/** Splits a Markdown file into front matter (YAML text) and body, remembering where the body starts. */
export function splitFrontMatter(text: string): { yaml: string; body: string; bodyLine: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\s*(\r?\n|$)/.exec(text);
  if (!match) return undefined;
  const yaml = match[1] ?? '';
  const bodyLine = match[0].split('\n').length;
  return { yaml, body: text.slice(match[0].length), bodyLine: match[0].endsWith('\n') ? bodyLine : bodyLine + 1 };
}

export async function loadContent(projectRoot: string, contentDir: string): Promise<LoadResult> {
  const entries: Entry[] = [];
  const problems: Problem[] = [];
  const unreadable: Unreadable = { entries: new Set(), collections: new Set(), paths: [] };
  const root = resolve(projectRoot, contentDir);
  const rel = (path: string) => relative(projectRoot, path).replace(/\\/g, '/');
  const underContent = (path: string) => relative(root, path).replace(/\\/g, '/');

  for (const [collection, source] of Object.entries(SOURCES) as [CollectionKey, (typeof SOURCES)[CollectionKey]][]) {
    if (source.source === 'files') {
      const base = join(root, source.dir);
      const files = (await glob(source.pattern, { cwd: base })).sort();
      for (const name of files) {
        const path = join(base, name);
        const file = rel(path);
        const id = entryId(name);
        const text = readFileSync(path, 'utf8');
        const failed = () => {
          unreadable.entries.add(`${collection}:${id}`);
          unreadable.paths.push(underContent(path));
        };
        if (/\.mdx?$/.test(name)) {
          const parts = splitFrontMatter(text);
          if (!parts) {
            problems.push({
              file,
              line: 1,
              field: '-',
              message: '文件开头缺少 front matter；第一行应为 ---，字段写完后再用一行 --- 结束',
              severity: 'error',
              kind: 'format',
            });
            failed();
            continue;
          }
          const { doc, counter, ok } = parseYaml(parts.yaml, file, 1, problems);
          if (!ok) {
            failed();
            continue;
          }
          entries.push({
            collection,
            id,
            file,
            path: underContent(path),
            data: doc.toJS() ?? {},
            body: parts.body,
            bodyLine: parts.bodyLine,
            lineOf: lineFinder(doc, counter, 1, []),
          });
        } else {
          const { doc, counter, ok } = parseYaml(text, file, 0, problems);
          if (!ok) {
            failed();
            continue;
          }
          entries.push({
            collection,
            id,
            file,
            path: underContent(path),
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
        problems.push({ file, line: 1, field: '-', message: `缺少文件 ${source.file}`, severity: 'error', kind: 'format' });
        unreadable.collections.add(collection);
        continue;
      }
      const { doc, counter, ok } = parseYaml(text, file, 0, problems);
      if (!ok) {
        unreadable.collections.add(collection);
        unreadable.paths.push(source.file);
        continue;
      }
      const data: unknown = doc.toJS();
      if (!data || typeof data !== 'object' || Array.isArray(data)) {
        problems.push({
          file,
          line: 1,
          field: '-',
          message: '应为以 id 为键的映射（每个条目写成 “id:” 开头的一段）',
          severity: 'error',
          kind: 'format',
        });
        unreadable.collections.add(collection);
        continue;
      }
      for (const [id, value] of Object.entries(data)) {
        entries.push({
          collection,
          id,
          file,
          path: source.file,
          data: value as unknown,
          body: '',
          bodyLine: 0,
          lineOf: lineFinder(doc, counter, 0, [id]),
        });
      }
    }
  }
  return { entries, problems, unreadable };
}
