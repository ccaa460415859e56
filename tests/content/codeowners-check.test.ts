/** The check warns when .github/CODEOWNERS no longer matches the owners and reviewers. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, CODEOWNERS_PATH, expectedCodeowners } from '../../src/check';
import { fixtureProject } from './fixture-site';

describe('the CODEOWNERS warning', { timeout: 30_000 }, () => {
  it('warns until npm run codeowners has written the file, then stays quiet', async () => {
    const root = fixtureProject();
    const roles = join(root, 'content/roles.yaml');
    writeFileSync(roles, readFileSync(roles, 'utf8').replace('reviewers: []', 'reviewers: ["@wang-jing"]'));
    const first = await checkContent(root);
    expect(first.problems.map((p) => [p.file, p.severity, p.kind])).toEqual([[CODEOWNERS_PATH, 'warning', 'codeowners']]);
    mkdirSync(join(root, '.github'));
    writeFileSync(join(root, CODEOWNERS_PATH), expectedCodeowners('content', first.entries));
    expect((await checkContent(root)).problems).toEqual([]);
    expect(readFileSync(join(root, CODEOWNERS_PATH), 'utf8')).toContain('/content/ @wang-jing');
  });
});
