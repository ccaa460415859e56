/**
 * The content check: every problem in the content at once, each as `file:line  field  message`
 * with the fix. Used by `npm run check` and, before every build, by the content-check
 * integration. Imports nothing from Astro's runtime.
 *
 * Phases, in order (each in src/check/phases/, each returning its problems):
 *   load        YAML and front matter; a file that does not parse is reported once and set aside
 *   shape       zod schemas (sets each entry's parsed data)
 *   body        every Markdown/MDX body compiled as the build compiles it (headings, links)
 *   references  ids that name nothing
 *   cross-file  chapters, path roles, quiz anchors, glossary aliases, drill themes
 *   links       links in bodies; sections nothing leads to
 *   quiz review quizzes written against an older version of their sections
 *   provenance  figures without a source or a :pending[…] mark; 常见问法 on two pages
 *   pending answers  scored quiz questions that test a rule awaiting confirmation
 *   publishing  content/redirects.yaml, .github/CODEOWNERS
 *   revision    the revision rule against a pull request's base (--base)
 * A problem that only follows from a file that failed to parse is not reported.
 */
import { resolve } from 'node:path';
import type { CheckContext, CheckOptions } from './context';
import type { Entry } from './entries';
import { loadContent } from './load';
import type { RenderedBody } from './markdown';
import { bodyProblems } from './phases/body';
import { crossFileProblems } from './phases/cross-file';
import { linkProblems } from './phases/links';
import { pendingAnswerProblems } from './phases/pending-answers';
import { FIGURE_SEVERITY, provenanceProblems, questionProblems } from './phases/provenance';
import { publishingProblems } from './phases/publishing';
import { quizReviewProblems } from './phases/quiz-review';
import { referenceProblems } from './phases/references';
import { revisionRuleProblems } from './phases/revision';
import { shapeProblems } from './phases/shape';
import { sortProblems, type Problem } from './problem';

export type { Problem } from './problem';
export type { CheckOptions } from './context';
export type { Entry } from './entries';
export type { RenderedBody } from './markdown';
export { formatProblem } from './problem';
export { CODEOWNERS_PATH, expectedCodeowners } from './phases/publishing';

export interface CheckResult {
  problems: Problem[];
  entries: Entry[];
  /** With `astroMarkdown`: each .md body's page as Astro's processor rendered it, by the file's absolute path. */
  rendered: Map<string, RenderedBody>;
}

export async function checkContent(projectRoot: string, contentDir = 'content', options: CheckOptions = {}): Promise<CheckResult> {
  const dir = contentDir.replace(/^\.\//, '').replace(/\/$/, '');
  const loaded = await loadContent(projectRoot, dir);
  const context: CheckContext = {
    projectRoot,
    contentDir: dir,
    options,
    entries: loaded.entries,
    unreadable: loaded.unreadable,
    bodies: new Map(),
  };
  const problems = [
    ...loaded.problems,
    ...shapeProblems(context.entries),
    ...(await bodyProblems(context)),
    ...referenceProblems(context),
    ...crossFileProblems(context),
    ...linkProblems(context),
    ...quizReviewProblems(context),
    ...provenanceProblems(context.entries, FIGURE_SEVERITY),
    ...questionProblems(context.entries),
    ...pendingAnswerProblems(context),
    ...publishingProblems(context),
    ...revisionRuleProblems(context),
  ];
  const rendered = new Map<string, RenderedBody>();
  for (const [entry, body] of context.bodies) if (body.rendered) rendered.set(resolve(projectRoot, entry.file), body.rendered);
  return { problems: sortProblems(problems), entries: context.entries, rendered };
}
