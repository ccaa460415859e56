/**
 * sw.js written in two steps (the worker's code generated in a child process while the build runs,
 * then the precache list of the built site put in place of the marker) precaches exactly what
 * generateSW in one go precaches, with the same code: only terser's short names may differ (it
 * picks them by how often each character occurs, which the list changes). A child that fails
 * leaves the build to generateSW in one go.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRECACHE_MARKER, precacheList, serviceWorker, workerCode } from '../../src/integrations/service-worker';

const BASE = '/sales-playbook/';
let site: string;
const files = {
  'index.html': '<h1>首页</h1>',
  'offline/index.html': '<h1>离线中</h1>',
  'scripts/price/index.html': '<h1>太贵了</h1>',
  '_astro/reading.Ab12Cd.js': 'export{}',
  'pagefind/pagefind-entry.json': '{}',
  'handbook/a/index.html': '<h1>不预先缓存</h1>',
};

/** Runs the integration as a build does, with `root` as the project root; returns sw.js and what it logged. */
async function build(root: string): Promise<{ sw: string; warnings: string[] }> {
  const warnings: string[] = [];
  const logger = { info: () => undefined, warn: (message: string) => warnings.push(message) } as unknown as AstroIntegrationLogger;
  const { hooks } = serviceWorker(BASE);
  const config = { root: pathToFileURL(`${root}/`) };
  await (hooks['astro:config:setup'] as (options: unknown) => Promise<void>)({ command: 'build', config });
  await (hooks['astro:build:done'] as (options: unknown) => Promise<void>)({ dir: pathToFileURL(`${site}/`), logger });
  return { sw: readFileSync(join(site, 'sw.js'), 'utf8'), warnings };
}

const list = (sw: string) => /\[\{url:"[^\]]*\]/.exec(sw)?.[0];
/** The code with the list cut out and every identifier replaced, so two minifications of the same code compare equal. */
const shape = (sw: string) => sw.replace(/\[\{url:"[^\]]*\]/, '[]').replace(/[A-Za-z_$][\w$]*/g, (name) => (name.length <= 2 ? 'x' : name));

beforeAll(() => {
  site = mkdtempSync(join(tmpdir(), 'service-worker-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), text);
  }
});
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('sw.js from the pre-generated code and the built site’s precache list', () => {
  it('precaches what generateSW in one go precaches, with the same code', async () => {
    const split = await build(process.cwd());
    const whole = await build(join(site, 'no-such-project'));
    // The same warnings (this small site leaves some globs unmatched), and the fallback's own.
    expect(whole.warnings).toEqual([expect.stringContaining('离线缓存代码未能预先生成'), ...split.warnings]);
    expect(list(split.sw)).toBe(list(whole.sw));
    expect(list(split.sw)).toContain(`{url:"${BASE}_astro/reading.Ab12Cd.js",revision:null}`);
    expect(list(split.sw)).toMatch(new RegExp(`\\{url:"${BASE}scripts/price/index\\.html",revision:"[0-9a-f]{32}"\\}`));
    expect(split.sw).not.toContain('handbook/a/');
    expect(split.sw).not.toContain(PRECACHE_MARKER);
    expect(shape(split.sw)).toBe(shape(whole.sw));
  }, 60_000);

  it('writes the list as generateSW’s minified code does, with the marker once in the generated code', async () => {
    expect(
      precacheList([
        { url: '/a/', revision: 'f00' },
        { url: '/_astro/b.js', revision: null },
      ]),
    ).toBe('[{url:"/a/",revision:"f00"},{url:"/_astro/b.js",revision:null}]');
    const code = await workerCode(process.cwd(), BASE);
    expect(code.split(precacheList([{ url: PRECACHE_MARKER, revision: null }]))).toHaveLength(2);
  }, 60_000);
});
