/** The build's child processes (quick answers, index re-cut, related suggestions, worker code) run through one runner. */
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChild } from '../../src/integrations/build-child';

const root = process.cwd();

describe('a TypeScript module run in a child process', () => {
  it('gets its arguments and its input, and resolves to what it writes', async () => {
    const out = await runChild(root, '../../tests/fixtures/child/echo.ts', ['dist', '1', '2'], '["报价"]');
    expect(JSON.parse(out)).toEqual({ args: ['dist', '1', '2'], input: '["报价"]' });
  });
  it('starts as plain JavaScript, without tsx, and leaves no bundle behind', async () => {
    const out = JSON.parse(await runChild(root, '../../tests/fixtures/child/loader.ts', [])) as { execArgv: string[]; main: string };
    expect(out.execArgv).toEqual([]);
    expect(out.main).toMatch(/\.mjs$/);
    const cache = join(root, 'node_modules/.cache/playbook-build');
    expect(existsSync(cache) ? readdirSync(cache).filter((file) => file.includes(`-${process.pid}-`)) : []).toEqual([]);
  });
  it('hands over each line as it is written, while the child still runs, with onLine', async () => {
    // The child writes its second line only once the test has its first: were lines handed over at the end, it would never end.
    const flag = join(mkdtempSync(join(tmpdir(), 'child-lines-')), 'first-seen');
    const lines: string[] = [];
    const done = runChild(root, '../../tests/fixtures/child/lines.ts', [flag], undefined, undefined, (line) => {
      lines.push(line);
      if (lines.length === 1) writeFileSync(flag, '');
    });
    await expect(done).resolves.toBe('');
    expect(lines).toEqual(['{"first":1}', '{"second":2}']);
  }, 20_000);
  it('rejects with the message of the error it threw, not its stack', async () => {
    await expect(runChild(root, '../../tests/fixtures/child/fail.ts', [])).rejects.toThrow(
      /^TypeError: 索引文件缺失：dist\/pagefind\/pagefind-entry\.json$/,
    );
  });
  it('rejects when the module does not exist', async () => {
    await expect(runChild(root, '../../tests/fixtures/child/missing.ts', [])).rejects.toThrow(/Cannot find module|ERR_MODULE_NOT_FOUND/);
  });
});
