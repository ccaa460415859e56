/**
 * The content store handed to Rollup as one JSON string (src/integrations/content-store.ts), over
 * what Astro really emits: a small project (tests/fixtures/content-store: two Markdown notes with
 * quotes, backslashes, a line separator, a date and `</script>`) is built once with the installed
 * Astro and the integration, and the module Astro wrote for `astro:data-layer-content` is kept
 * before the integration replaces it. If a later Astro writes the store another way, the first test
 * fails here, and a real build warns instead of silently building the slow way.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { AstroIntegration } from 'astro';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compactContentStore, notReplacedWarning, storeModule } from '../../src/integrations/content-store';

const PROJECT = join(import.meta.dirname, '..', '..');
const STORE_ID = '\0astro:data-layer-content';

/** Evaluates an ES module's source and returns its default export. */
async function defaultExport(code: string): Promise<unknown> {
  const module = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as { default: unknown };
  return module.default;
}

/** Builds the fixture in a temp root with the integration; keeps Astro's own store module in astro-store.js. */
async function buildFixture(root: string): Promise<string> {
  const script = `
    import { writeFileSync } from 'node:fs';
    import { build } from 'astro';
    import { compactContentStore } from ${JSON.stringify(join(PROJECT, 'src/integrations/content-store.ts'))};
    const keep = {
      name: 'test:keep-astro-store-module',
      enforce: 'pre',
      transform(code, id) {
        if (id === ${JSON.stringify(STORE_ID)}) writeFileSync('astro-store.js', code);
      },
    };
    await build({ root: process.cwd(), configFile: false, cacheDir: './.cache', logLevel: 'warn', integrations: [compactContentStore()], vite: { plugins: [keep] } });
  `;
  const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  return `${stdout}${stderr}`;
}

describe('the content store as JSON, in a real Astro build', () => {
  let root = '';
  let output = '';
  const read = (file: string) => readFileSync(join(root, file), 'utf8');

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'playbook-store-'));
    cpSync(join(PROJECT, 'tests/fixtures/content-store'), root, { recursive: true });
    symlinkSync(join(PROJECT, 'node_modules'), join(root, 'node_modules'), 'dir');
    output = await buildFixture(root);
  }, 240_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('Astro writes the store file’s value as a module literal, the form the integration replaces', async () => {
    const astro = read('astro-store.js');
    expect(astro.startsWith('export default[')).toBe(true);
    expect(await defaultExport(astro)).toEqual(JSON.parse(read('.cache/data-store.json')));
  });

  it('the replacement exports the same value as Astro’s module, as one string for the bundler', async () => {
    const code = storeModule(read('.cache/data-store.json'));
    expect(code.split('\n')).toHaveLength(1);
    expect(await defaultExport(code)).toEqual(await defaultExport(read('astro-store.js')));
  });

  it('pages built with it read every entry as written, and the build does not warn', () => {
    const notes = JSON.parse(read('dist/notes.json')) as { id: string; data: Record<string, unknown>; html: string }[];
    expect(notes.map((note) => [note.id, note.data.title])).toEqual([
      ['quote', '报价 “CIF” 与 "FOB" \\ 反斜杠 </script>'],
      ['reminder', '回款提醒'],
    ]);
    expect(notes[0]!.data).toMatchObject({ order: 1, tags: ['报价', '价格'], due: '2026-12-02T00:00:00.000Z' });
    expect(notes[0]!.html).toContain('<strong>太贵</strong>');
    expect(notes[0]!.html).toContain('<code>&#x3C;/script></code>');
    expect(notes[1]!.html).toContain('行分隔符\u2028之后、制表符\t之后');
    expect(output).not.toContain('内容存储模块没有改写');
  });

  it('warns, naming why, when Astro wrote the module another way or not at all', () => {
    const run = (transform?: string) => {
      const integration = compactContentStore();
      const hooks = integration.hooks as Required<AstroIntegration['hooks']>;
      let plugin: { transform: (code: string, id: string) => unknown } | undefined;
      const setup = {
        command: 'build',
        config: { cacheDir: new URL(`file://${root}/.cache/`) },
        updateConfig: (config: { vite: { plugins: (typeof plugin)[] } }) => (plugin = config.vite.plugins[0]),
      };
      void hooks['astro:config:setup'](setup as unknown as Parameters<(typeof hooks)['astro:config:setup']>[0]);
      const replaced = transform === undefined ? undefined : plugin!.transform(transform, STORE_ID);
      const warnings: string[] = [];
      void hooks['astro:build:done']({ logger: { warn: (message: string) => warnings.push(message) } } as unknown as Parameters<
        (typeof hooks)['astro:build:done']
      >[0]);
      return { replaced, warnings };
    };
    // Astro's own module: replaced, no warning.
    const real = run(read('astro-store.js'));
    expect(real.replaced).toMatchObject({ code: storeModule(read('.cache/data-store.json')) });
    expect(real.warnings).toEqual([]);
    // Another form: left as it is, and said so.
    expect(run('export default new Map()')).toEqual({
      replaced: undefined,
      warnings: [notReplacedWarning('模块的开头是 "export default new Map()"，不是预期的 "export default["')],
    });
    // A build that never loaded the module.
    expect(run().warnings).toEqual([notReplacedWarning('构建没有加载 astro:data-layer-content 模块')]);
  });
});
