/**
 * The re-cut of Pagefind's index in a child process (the build's way, to keep its memory out of
 * the build process) writes the same files as in the process itself, and a child that fails
 * rejects instead of crashing the build (which then keeps Pagefind's own index).
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rechunkPagefind, removeLeft } from '../../src/integrations/pagefind-rechunk';
import { rechunkInChild } from '../../src/integrations/rechunk-child';

let dir: string;
const files = (root: string) =>
  Object.fromEntries(
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [
        relative(root, join(entry.parentPath, entry.name)),
        readFileSync(join(entry.parentPath, entry.name)).toString('base64'),
      ]),
  );

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rechunk-child-'));
  const { index } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  const words = '客户 客户档案 报价 报价单 回款 逾期 税率 样品 展会 合同 折扣 议价'.split(' ');
  for (let i = 0; i < 40; i++) {
    const content = Array.from({ length: 20 }, (_, j) => words[(i * 5 + j * 3) % words.length]).join('，');
    await index!.addCustomRecord({ url: `/p${i}/`, content, language: 'zh-cn', meta: { title: `第${i}页` } });
  }
  await index!.writeFiles({ outputPath: join(dir, 'in-process') });
  await pagefind.close();
  for (const copy of ['child', 'kept', 'waiting', 'cancelled']) cpSync(join(dir, 'in-process'), join(dir, copy), { recursive: true });
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Pagefind index re-cut in a child process', () => {
  it('writes the same files and reports the same figures as the re-cut in the build process', async () => {
    const inProcess = rechunkPagefind(join(dir, 'in-process'), 300);
    const inChild = await rechunkInChild(process.cwd(), join(dir, 'child'), 300);
    expect(inChild).toEqual(inProcess);
    expect(inChild[0]!.after.chunks).toBeGreaterThan(inChild[0]!.before.chunks);
    expect(files(join(dir, 'child'))).toEqual(files(join(dir, 'in-process')));
  }, 60_000);

  it('can leave the old index readable while it is still searched, and remove it afterwards', async () => {
    const kept = join(dir, 'kept');
    const old = files(kept);
    const oldEntry = JSON.parse(readFileSync(join(kept, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
    const reports = await rechunkInChild(process.cwd(), kept, 300, { keepOld: true });
    // Every file of the old index is still there, as Pagefind wrote it; the entry names the new one.
    const during = files(kept);
    for (const [file, bytes] of Object.entries(old)) if (file !== 'pagefind-entry.json') expect(during[file], file).toBe(bytes);
    expect(reports[0]!.left).toContain(`pagefind.${oldEntry.languages['zh-cn']!.hash}.pf_meta`);
    expect(during['pagefind-entry.json']).toBe(files(join(dir, 'in-process'))['pagefind-entry.json']);
    removeLeft(kept, reports);
    expect(files(kept)).toEqual(files(join(dir, 'in-process')));
  }, 60_000);

  it('starts before the index is ready and waits for it, or leaves the folder alone if it never is', async () => {
    let ready!: (written: boolean) => void;
    const waiting = rechunkInChild(process.cwd(), join(dir, 'waiting'), 300, { ready: new Promise((resolve) => (ready = resolve)) });
    const before = files(join(dir, 'waiting'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(files(join(dir, 'waiting'))).toEqual(before);
    ready(true);
    expect((await waiting)[0]!.after.chunks).toBeGreaterThan(1);
    expect(files(join(dir, 'waiting'))).toEqual(files(join(dir, 'in-process')));

    const cancelled = join(dir, 'cancelled');
    const untouched = files(cancelled);
    await expect(rechunkInChild(process.cwd(), cancelled, 300, { ready: Promise.resolve(false) })).rejects.toThrow(/未重新分块/);
    expect(files(cancelled)).toEqual(untouched);
    expect(existsSync(join(cancelled, 'pagefind-entry.json'))).toBe(true);
  }, 60_000);

  it('rejects with the child’s error when the folder holds no index', async () => {
    await expect(rechunkInChild(process.cwd(), join(dir, 'no-such-folder'), 300)).rejects.toThrow(/ENOENT.*pagefind-entry\.json/);
  }, 60_000);
});
