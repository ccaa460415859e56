/** Phase 1, shape: every entry against its zod schema, and field names the schema does not know. */
import { z } from 'astro/zod';
import { buildSchemas } from '../../schemas';
import { idRef } from '../../schemas/common';
import { entryProblem } from '../context';
import type { Entry } from '../entries';
import type { ProblemKind } from '../kinds';
import { flattenIssue, issueMessage } from '../messages';
import type { Problem } from '../problem';

const schemas = buildSchemas(idRef);

/** The top-level keys a schema accepts, to catch misspelt field names. */
function knownKeys(schema: z.ZodTypeAny): Set<string> | undefined {
  let inner = schema;
  // zod types innerType() as any; the schema inside an effect is a zod type.
  while (inner instanceof z.ZodEffects) inner = (inner as z.ZodEffects<z.ZodTypeAny>).innerType();
  return inner instanceof z.ZodObject ? new Set(Object.keys(inner.shape as z.ZodRawShape)) : undefined;
}

/** The kind a schema gave its own issue (see DUPLICATE in src/schemas/common.ts); otherwise a format problem. */
function kindOfIssue(issue: z.ZodIssue): ProblemKind {
  return issue.code === z.ZodIssueCode.custom && issue.params?.kind === 'duplicate' ? 'duplicate' : 'format';
}

/** Parses every entry, setting `parsed` on those that pass; returns the problems of those that do not. */
export function shapeProblems(entries: Entry[]): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    const schema = schemas[entry.collection];
    const keys = knownKeys(schema);
    if (keys && entry.data && typeof entry.data === 'object') {
      for (const key of Object.keys(entry.data)) {
        if (!keys.has(key)) problems.push(entryProblem(entry, [key], `未知字段 ${key}；可用字段：${[...keys].join('、')}`, 'format'));
      }
    }
    const result = schema.safeParse(entry.data);
    if (result.success) {
      // The one place data meets its entry: the schema picked by entry.collection produced it.
      (entry as { parsed?: unknown }).parsed = result.data;
      continue;
    }
    const seen = new Set<string>();
    for (const issue of result.error.issues.flatMap(flattenIssue)) {
      const message = issueMessage(issue);
      const key = `${issue.path.join('.')}|${message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push(entryProblem(entry, issue.path, message, kindOfIssue(issue)));
    }
  }
  return problems;
}
