/** The swap that puts a finished build in place of dist/ (src/integrations/atomic-dist.ts). */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { stagingFolders, swapIn } from '../../src/integrations/atomic-dist';

function project() {
  const root = mkdtempSync(join(tmpdir(), 'playbook-swap-'));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  const dist = join(root, 'dist');
  const folders = stagingFolders(dist);
  mkdirSync(folders.staging);
  writeFileSync(join(folders.staging, 'index.html'), '新');
  return { root, dist, ...folders };
}

describe('swapping a finished build into dist/', () => {
  it('stages beside dist/, so the swap is a rename on the same file system', () => {
    expect(stagingFolders('/site/dist')).toEqual({ staging: '/site/.dist-building', previous: '/site/.dist-previous' });
  });

  it('replaces the old site whole and leaves nothing else behind', () => {
    const { root, dist, staging, previous } = project();
    mkdirSync(dist);
    writeFileSync(join(dist, 'index.html'), '旧');
    writeFileSync(join(dist, 'removed-page.html'), '旧');
    swapIn(staging, dist, previous);
    expect(readdirSync(dist)).toEqual(['index.html']);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('新');
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('works for a first build, with no dist/ yet', () => {
    const { dist, staging, previous } = project();
    swapIn(staging, dist, previous);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('新');
    expect(existsSync(staging)).toBe(false);
  });
});
