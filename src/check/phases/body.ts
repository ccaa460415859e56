/** Phase 2, bodies: every Markdown and MDX body compiled as the build compiles it (src/check/markdown.ts). */
import { resolve } from 'node:path';
import type { CheckContext } from '../context';
import { createBodyReader } from '../markdown';
import type { Problem } from '../problem';

/** Compiles every body into `context.bodies`; returns the problems found in them. */
export async function bodyProblems(context: CheckContext): Promise<Problem[]> {
  const read = createBodyReader(resolve(context.projectRoot, context.contentDir), context.options.astroMarkdown);
  const problems: Problem[] = [];
  for (const entry of context.entries) {
    if (!/\.mdx?$/.test(entry.file)) continue;
    const body = await read({ body: entry.body, bodyLine: entry.bodyLine, path: resolve(context.projectRoot, entry.file) });
    context.bodies.set(entry, body);
    for (const problem of body.problems) {
      problems.push({ file: entry.file, line: problem.line, field: 'body', message: problem.message, severity: 'error', kind: 'body' });
    }
  }
  return problems;
}
