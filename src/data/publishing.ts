/**
 * Where a page's source lives and when it last changed: the "edit this page" link to the file in
 * the repository (REPO_URL and REPO_BRANCH, see src/site.config.ts) and the date of the file's last commit, read from
 * git once per build. Without git history (a fresh file, a tarball) the effective date stands in.
 */
import { lastCommitDates } from '../lib/git';
import { chapterOf } from '../lib/handbook';
import { t } from '../lib/i18n';
import { changesPages, revisionLog, type ChangesPage, type LogItem, type LogSource } from '../lib/revision-log';
import { editUrl } from '../lib/site-settings';
import { urls } from '../lib/urls';
import { content } from './content';
import { contentRoot } from '../schemas';
import { site } from '../site.config';

let dates: Map<string, string> | undefined;

function commitDate(filePath: string): string | undefined {
  const dir = contentRoot().replace(/^\.\//, '').replace(/\/$/, '');
  dates ??= new Map([...lastCommitDates(process.cwd(), dir)].map(([path, date]) => [`${dir}/${path}`, date]));
  return dates.get(filePath.replace(/^\.\//, ''));
}

export interface PageSource {
  /** Absent when the site has no repository. */
  editUrl?: string;
  /** YYYY-MM-DD, or undefined when neither git nor the content knows. */
  updated?: string;
}

/** `filePath` as Astro gives it (relative to the project root); `fallback` the effective date. */
export function pageSource(filePath: string | undefined, fallback?: string): PageSource | undefined {
  if (!filePath) return undefined;
  const path = filePath.replace(/^\.\//, '');
  // A site whose settings name no repository has no edit links (feedback then goes by mail).
  return { ...(site.repository ? { editUrl: editUrl(site, path) } : {}), updated: commitDate(path) ?? fallback };
}

/** A content file that is not a collection entry's own (glossary.yaml…), by its name in content/. */
export function contentFile(name: string): string {
  return `${contentRoot().replace(/^\.\//, '').replace(/\/$/, '')}/${name}`;
}

/** Every revisable page as a source of the revision log. */
export async function revisionSources(): Promise<LogSource[]> {
  const { sections, scripts, cases } = await content();
  return [
    ...sections.map((section) => ({
      kind: 'section' as const,
      id: section.id,
      title: section.data.title,
      url: urls.section(section.id),
      chapter: chapterOf(section.id),
      audience: section.data.audience.map((ref) => ref.id),
      data: section.data,
    })),
    ...scripts.map((script) => ({
      kind: 'script' as const,
      id: script.id,
      title: script.data.title,
      url: urls.script(script.id),
      data: script.data,
    })),
    ...cases.map((entry) => ({ kind: 'case' as const, id: entry.id, title: entry.data.title, url: urls.case(entry.id), data: entry.data })),
  ];
}

let log: Promise<LogItem[]> | undefined;

/** The whole portal's revision log, newest first (built once per build). */
export function portalRevisions(): Promise<LogItem[]> {
  log ??= revisionSources().then((sources) => revisionLog(sources, t('publishing.changes.first')));
  return log;
}

/** The pages of /changes/, newest month first. */
export async function changesLogPages(): Promise<ChangesPage[]> {
  return changesPages(await portalRevisions());
}
