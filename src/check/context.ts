/** What every phase of the check reads: the entries, what could not be read, and the bodies. */
import type { CollectionKey, Entry } from './entries';
import type { Unreadable } from './load';
import type { AstroMarkdownProcessorOptions } from '@astrojs/markdown-remark';
import type { Body } from './markdown';
import { fieldPath, type Problem } from './problem';
import type { ProblemKind } from './kinds';

export interface CheckOptions {
  /**
   * The git ref a pull request is compared with (CI passes the PR's base). Turns on the revision
   * rule: changed sections, scripts and cases must raise their version; deletions need redirects.
   */
  base?: string;
  /**
   * A build's Markdown options, as Astro passes them to its processor (`{ image, ...markdown }`):
   * .md bodies are then compiled by Astro's own processor and their pages kept for the build to
   * reuse (src/check/markdown.ts, CheckResult.rendered).
   */
  astroMarkdown?: AstroMarkdownProcessorOptions;
}

export interface CheckContext {
  projectRoot: string;
  /** The content folder relative to the project root, without ./ or a trailing /. */
  contentDir: string;
  options: CheckOptions;
  entries: Entry[];
  /** Files that failed to parse: what only follows from them is not reported. */
  unreadable: Unreadable;
  /** The compiled body of each Markdown entry. */
  bodies: Map<Entry, Body>;
}

const idCache = new WeakMap<CheckContext, Map<CollectionKey, Set<string>>>();

/** The ids of a collection that exist, including entries whose file failed to parse. */
export function idsOf(context: CheckContext, collection: CollectionKey): Set<string> {
  let byCollection = idCache.get(context);
  if (!byCollection) idCache.set(context, (byCollection = new Map<CollectionKey, Set<string>>()));
  let ids = byCollection.get(collection);
  if (!ids) {
    ids = new Set(context.entries.filter((entry) => entry.collection === collection).map((entry) => entry.id));
    for (const key of context.unreadable.entries) {
      const colon = key.indexOf(':');
      if (key.slice(0, colon) === collection) ids.add(key.slice(colon + 1));
    }
    byCollection.set(collection, ids);
  }
  return ids;
}

/** False only when the id is known not to exist: a collection whose file failed to parse may hold it. */
export function mayExist(context: CheckContext, collection: CollectionKey, id: string): boolean {
  return context.unreadable.collections.has(collection) || idsOf(context, collection).has(id);
}

/** True when some file of these collections failed to parse, so rules over them cannot be judged. */
export function anyUnreadable(context: CheckContext, collections: readonly CollectionKey[]): boolean {
  return (
    collections.some((collection) => context.unreadable.collections.has(collection)) ||
    [...context.unreadable.entries].some((key) => collections.some((collection) => key.startsWith(`${collection}:`)))
  );
}

/** A problem at a field of an entry (the whole entry when `path` is empty). */
export function entryProblem(
  entry: Entry,
  path: readonly (string | number)[],
  message: string,
  kind: ProblemKind,
  severity: Problem['severity'] = 'error',
): Problem {
  return { file: entry.file, line: entry.lineOf(path), field: fieldPath(path), message, severity, kind };
}
