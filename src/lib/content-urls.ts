/**
 * Where each content file is published, and the reverse: the one mapping between the content
 * folder and the site's URLs, used by the link check, the redirect rules and the scaffolder.
 */
import { routes as urls } from './urls';

export type PublishedKind = 'chapter' | 'section' | 'script' | 'case' | 'form' | 'quiz';

export interface Published {
  kind: PublishedKind;
  /** The entry id (section ids are chapter/section). */
  id: string;
  url: string;
}

/** The page a content file (path under content/, forward slashes) becomes, if it is a page. */
export function publishedAt(path: string): Published | undefined {
  let match = /^handbook\/([^/]+)\/index\.mdx?$/.exec(path);
  if (match?.[1]) return { kind: 'chapter', id: match[1], url: urls.chapter(match[1]) };
  match = /^handbook\/([^/]+\/[^/]+)\.mdx?$/.exec(path);
  if (match?.[1]) return { kind: 'section', id: match[1], url: urls.section(match[1]) };
  match = /^scripts\/([^/]+)\.mdx?$/.exec(path);
  if (match?.[1]) return { kind: 'script', id: match[1], url: urls.script(match[1]) };
  match = /^cases\/([^/]+)\.mdx?$/.exec(path);
  if (match?.[1]) return { kind: 'case', id: match[1], url: urls.case(match[1]) };
  match = /^forms\/([^/]+)\.mdx?$/.exec(path);
  if (match?.[1]) return { kind: 'form', id: match[1], url: urls.form(match[1]) };
  match = /^quizzes\/([^/]+)\.yaml$/.exec(path);
  if (match?.[1]) return { kind: 'quiz', id: match[1], url: urls.quiz(match[1]) };
  return undefined;
}

/** Files whose body and rules are versioned (version / effective / changes). */
export function isRevisable(path: string): boolean {
  const kind = publishedAt(path)?.kind;
  return kind === 'section' || kind === 'script' || kind === 'case';
}

/** Pages that exist whatever the content: links to them are always fine. */
export const STATIC_PAGES = [
  '/',
  '/handbook/',
  '/scripts/',
  '/cases/',
  '/forms/',
  '/glossary/',
  '/changes/',
  '/guide/',
  '/print/',
  '/search/',
  '/training/',
  '/training/report/',
  '/training/calendar/',
  '/training/team/',
  '/drill/',
  '/guide/decisions/',
  '/guide/feedback/',
  // The sign-off sheet of rules awaiting confirmation (issue 10).
  '/handbook/pending/',
  // The source documents and the pages that cite each.
  '/handbook/sources/',
];
