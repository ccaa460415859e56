/**
 * The re-cut of Pagefind's index in a child process (the build's way, to keep its memory out of
 * the build process) writes the same files as in the process itself, and a child that fails
 * rejects instead of crashing the build (which then keeps Pagefind's own index).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rechunkPagefind } from '../../src/integrations/pagefind-rechunk';
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
  cpSync(join(dir, 'in-process'), join(dir, 'child'), { recursive: true });
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

  it('rejects with the child’s error when the folder holds no index', async () => {
    await expect(rechunkInChild(process.cwd(), join(dir, 'no-such-folder'), 300)).rejects.toThrow(/ENOENT.*pagefind-entry\.json/);
  }, 60_000);
});
