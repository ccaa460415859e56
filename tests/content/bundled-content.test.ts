/** The bundled content in content/ passes the check: what ships is valid. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/check';

describe('the bundled content', () => {
  // The whole content folder: a few seconds, more on a loaded CI machine.
  it('has no content errors', { timeout: 30_000 }, async () => {
    const { problems } = await checkContent(join(import.meta.dirname, '..', '..'));
    expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
  });
});
