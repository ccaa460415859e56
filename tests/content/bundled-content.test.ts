/** The bundled content in content/ passes the check: what ships is valid. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/check';

describe('the bundled content', () => {
  it('has no content errors', async () => {
    const { problems } = await checkContent(join(import.meta.dirname, '..', '..'));
    expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
  });
});
