/**
 * Builds a throwaway content folder: the valid fixture site with some files replaced. Each project
 * lives under the OS temp folder and is removed when the test that made it finishes.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** Copies tests/fixtures/valid to a temp project root, overlays `overlay` (a fixture folder), returns the root. */
export function fixtureProject(overlay?: string): string {
  const root = mkdtempSync(join(tmpdir(), 'playbook-'));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  cpSync(join(FIXTURES, 'valid'), join(root, 'content'), { recursive: true });
  if (overlay) cpSync(overlay, join(root, 'content'), { recursive: true, filter: (src) => !src.endsWith('expected.txt') });
  return root;
}
