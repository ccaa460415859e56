/**
 * Build time, memory and page weight, each beside its budget (issue 16), at the bundled content
 * and at generated corpora (scripts/generate-corpus.ts): 200 sections + 100 scripts, and 2,000
 * sections + 1,000 scripts.
 *
 *   npm run bench -- build                       all three sizes
 *   npm run bench -- build --sizes=bundled,2000  some of them
 *   npm run bench -- build --once                skip the second build (determinism)
 *   npm run bench -- build --floor               also the stack's floor (below), three cold builds
 *   npm run bench -- build --starlight           also Astro Starlight on the same pages (below)
 *
 * Per size: a cold build (Astro's content cache removed first) timed as a whole process with
 * /usr/bin/time where it exists (wall, CPU, peak memory of the largest process), with the build's
 * own phase profile (src/integrations/build-profile.ts); then a second cold build of the same
 * commit into another folder, which must be byte-identical; then every page weight, measured in
 * headless Chromium against a loopback server that gzips like a real host: all bytes a first visit
 * transfers until the network is idle (HTML, CSS, JavaScript, data), and its JavaScript requests.
 *
 * The floor (--floor): what Astro itself costs here for the same pages — a bare project (this
 * checkout's astro and @astrojs/mdx through its node_modules, no integration, one route over one
 * collection) with as many pages as the build wrote HTML files, each page the body of a content file
 * (files in path order, front matter removed, again from the first when there are fewer bodies than
 * pages). The median of three cold builds is printed beside the build's own figure.
 *
 * Starlight (--starlight): issue 16's yardstick, on exactly the floor's pages — Starlight
 * (STARLIGHT_VERSION below) with the Astro version this checkout uses, installed from the npm
 * registry once into bench-out/starlight-packages/ (and reused), its docs collection in
 * src/content/docs/, zh-CN, with its default search (Pagefind) and all else as a new Starlight site
 * has it. The median of three cold builds (one with --once), in rounds between this build's own,
 * and this build's wall time as a fraction of Starlight's: ≤ 0.8× at 200, ≤ 0.5× at 2,000.
 *
 * The machine is shared and noisy: the load average is printed before and after; for a figure to
 * quote, repeat the bench and take the median.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, resolveChromium } from '../chromium';
import { generateCorpus } from '../generate-corpus';
import type { BuildProfile } from '../../src/integrations/build-profile';
import { serveSite } from './site-server';

export const name = 'build and page weight (budgets of issue 16)';

const OUT = 'bench-out';

/** The Starlight --starlight builds, pinned: 0.37 is the last line for Astro 5. */
const STARLIGHT_VERSION = '0.37.7';
/** This build's wall time as a fraction of Starlight's on the same pages (issue 16). */
const STARLIGHT_RATIO: Partial<Record<Size['key'], number>> = { 200: 0.8, 2000: 0.5 };

/**
 * Astro Starlight 0.37 building the same generated pages on this kind of machine: 200 pages as
 * measured side by side for issue 16, 2,000 pages from the comparison table in DESIGN.md.
 */
const STARLIGHT_SECONDS = { 200: 8.5, 2000: 113 };

interface Size {
  key: 'bundled' | '200' | '2000';
  label: string;
  content: string;
  generate?: [sections: number, scripts: number];
  /** A typical handbook section of this content. */
  reading: string;
}

const SIZES: Size[] = [
  { key: 'bundled', label: 'bundled', content: 'content', reading: '/handbook/daily-work/morning-routine/' },
  { key: '200', label: '200 + 100', content: `${OUT}/corpus-200`, generate: [200, 100], reading: '/handbook/gen-000/s00/' },
  { key: '2000', label: '2,000 + 1,000', content: `${OUT}/corpus-2000`, generate: [2000, 1000], reading: '/handbook/gen-000/s00/' },
];

/** The pages whose weight has a budget (or must stay light), with what a reader does there. */
const PAGES = ['reading', '/', '/search/', '/drill/', '/scripts/', '/handbook/', '/changes/'] as const;
type PageKey = (typeof PAGES)[number];

interface PageFigure {
  /** Bytes transferred by a first visit (gzip where the host compresses). */
  transferred: number;
  /** The HTML document alone, uncompressed. */
  html: number;
  scripts: number;
}

interface BuildFigure {
  wall: number;
  cpu?: number;
  /** MiB, the largest single process. */
  peak: number;
  profile?: BuildProfile;
}

/** A comparison project built with the same pages: the median of `runs` cold builds. */
interface Comparison {
  wall: number;
  cpu?: number;
  pages: number;
  runs: number;
}

export interface SizeFigures {
  cold: BuildFigure;
  /** The bare Astro project with the same number of pages (--floor): median of three cold builds. */
  floor?: Comparison;
  /** Starlight with the same pages (--starlight). */
  starlight?: Comparison;
  /** The second cold build, into another folder (the determinism check). */
  again?: BuildFigure;
  pages: Partial<Record<PageKey, PageFigure>>;
  /** Files that differ between the two builds (undefined: not compared). */
  differs?: string[];
  files: number;
}

const kb = (bytes: number) => bytes / 1024;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** One `astro build` of `content` into `outDir`, timed from outside; `cold` removes Astro's content cache first. */
function build(content: string, outDir: string, cold: boolean): BuildFigure {
  if (cold) rmSync('node_modules/.astro', { recursive: true, force: true });
  const profileFile = join(OUT, 'build-profile.json');
  const timeFile = join(OUT, 'build-time.txt');
  rmSync(profileFile, { force: true });
  const env = { ...process.env, PLAYBOOK_CONTENT: content, PLAYBOOK_BUILD_PROFILE: profileFile };
  const astro = ['node_modules/.bin/astro', 'build', '--outDir', outDir];
  const timed = existsSync('/usr/bin/time');
  const started = performance.now();
  const run = timed
    ? spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', '-o', timeFile, ...astro], { env, encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(astro[0]!, astro.slice(1), { env, encoding: 'utf8', maxBuffer: 1 << 28 });
  const wall = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`构建失败（${content}）：\n${(run.stdout + run.stderr).slice(-3000)}`);
  const profile = existsSync(profileFile) ? (JSON.parse(readFileSync(profileFile, 'utf8')) as BuildProfile) : undefined;
  if (timed) {
    const [elapsed, user, system, maxKb] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
    return { wall: elapsed!, cpu: user! + system!, peak: maxKb! / 1024, profile };
  }
  return { wall, peak: profile?.peakRss ?? NaN, profile };
}

/** Relative paths of the files that differ between two builds (missing on one side included). */
function differences(a: string, b: string): { differs: string[]; files: number } {
  const list = (dir: string) => new Set(walk(dir).map((file) => relative(dir, file)));
  const left = list(a);
  const right = list(b);
  const differs = [...new Set([...left, ...right])]
    .filter((file) => !left.has(file) || !right.has(file) || !readFileSync(join(a, file)).equals(readFileSync(join(b, file))))
    .sort();
  return { differs, files: left.size };
}

/** The bare project for `pages` pages of `content`'s bodies, in bench-out/floor-<key>/ (see the header). */
function writeFloor(dir: string, content: string, pages: number): void {
  rmSync(dir, { recursive: true, force: true });
  const docs = join(dir, 'src', 'content', 'docs');
  mkdirSync(docs, { recursive: true });
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), '{ "name": "floor", "private": true, "type": "module" }\n');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import mdx from '@astrojs/mdx';\nimport { defineConfig } from 'astro/config';\n" +
      "export default defineConfig({ integrations: [mdx()], markdown: { syntaxHighlight: false }, devToolbar: { enabled: false }, cacheDir: './.cache' });\n",
  );
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    "import { defineCollection, z } from 'astro:content';\nimport { glob } from 'astro/loaders';\n" +
      "export const collections = { docs: defineCollection({ loader: glob({ base: 'src/content/docs', pattern: '**/*.md' }), schema: z.object({ title: z.string() }) }) };\n",
  );
  writeFileSync(
    join(dir, 'src', 'pages', '[...slug].astro'),
    "---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n" +
      "  const docs = await getCollection('docs');\n  return docs.map((doc) => ({ params: { slug: doc.id }, props: { doc } }));\n}\n" +
      'const { doc } = Astro.props;\nconst { Content } = await render(doc);\n---\n' +
      '<html lang="zh-CN"><head><meta charset="utf-8" /><title>{doc.data.title}</title></head>\n' +
      '<body><main><h1>{doc.data.title}</h1><Content /></main></body></html>\n',
  );
  writeBodies(docs, content, pages);
}

/**
 * `pages` Markdown pages in `docs`, the same for every comparison project: each the body of a content
 * file of `content` (files in path order, front matter removed, again from the first when there are
 * fewer bodies than pages) under a `title`, the one front matter field Starlight's docs require.
 */
export function writeBodies(docs: string, content: string, pages: number): void {
  const bodies = walk(content)
    .filter((file) => /\.mdx?$/.test(file))
    .sort()
    .map((file) => readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
  if (bodies.length === 0) throw new Error(`${content} 中没有 Markdown 正文，无法搭建对照项目`);
  for (let i = 0; i < pages; i++) {
    writeFileSync(join(docs, `p${String(i).padStart(3, '0')}.md`), `---\ntitle: 页面 ${i}\n---\n${bodies[i % bodies.length]}`);
  }
}

/**
 * Starlight's packages (STARLIGHT_VERSION and this checkout's astro) in bench-out/starlight-packages/,
 * installed from the npm registry the first time; their node_modules folder, or undefined (said why).
 */
function starlightPackages(): string | undefined {
  const dir = resolve(OUT, 'starlight-packages');
  const modules = join(dir, 'node_modules');
  const version = (name: string, root: string) =>
    existsSync(join(root, name, 'package.json'))
      ? (JSON.parse(readFileSync(join(root, name, 'package.json'), 'utf8')) as { version: string }).version
      : undefined;
  const pins = [
    ['@astrojs/starlight', STARLIGHT_VERSION],
    ['astro', version('astro', 'node_modules')],
  ] as const;
  if (pins.every(([name, pinned]) => version(name, modules) === pinned)) return modules;
  const wanted = pins.map(([name, pinned]) => `${name}@${pinned}`);
  console.log(`  installing ${wanted.join(' and ')} into ${relative(process.cwd(), dir)}/ (once)`);
  mkdirSync(dir, { recursive: true });
  // This checkout's overrides too (undici for Node 20), so that astro is installed as it is here.
  const { overrides } = JSON.parse(readFileSync('package.json', 'utf8')) as { overrides?: unknown };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ private: true, overrides }, null, 2)}\n`);
  const npm = spawnSync('npm', ['install', '--prefix', dir, '--save-exact', '--no-audit', '--no-fund', '--fetch-retries=1', ...wanted], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (npm.status === 0) return modules;
  console.log(`  Starlight skipped: ${installFailure(`${npm.stdout}${npm.stderr}${npm.error?.message ?? ''}`)}`);
  return undefined;
}

/** Why `npm install` failed, from its output: whether the registry was unreachable, and npm's own line. */
export function installFailure(output: string): string {
  const lines = output.trim().split('\n');
  // npm's first lines are `code`, `syscall` and `errno`; the one after them says what happened.
  const reason = lines.find((line) => line.startsWith('npm error') && !/^npm error (code|syscall|errno) /.test(line)) ?? lines.at(-1) ?? '';
  const unreachable = /ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNREFUSED|ECONNRESET|ENETUNREACH/.test(output);
  return `${unreachable ? 'the npm registry is unreachable' : 'npm install failed'} (${reason.trim()})`;
}

/** A new Starlight site (see the header) of `pages` pages of `content`'s bodies, in bench-out/starlight-<key>/. */
function writeStarlight(dir: string, content: string, pages: number, modules: string): void {
  rmSync(dir, { recursive: true, force: true });
  const docs = join(dir, 'src', 'content', 'docs');
  mkdirSync(docs, { recursive: true });
  symlinkSync(modules, join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), '{ "name": "starlight", "private": true, "type": "module" }\n');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import starlight from '@astrojs/starlight';\nimport { defineConfig } from 'astro/config';\n" +
      "export default defineConfig({\n  integrations: [starlight({ title: '业务手册', locales: { root: { label: '简体中文', lang: 'zh-CN' } } })],\n" +
      "  devToolbar: { enabled: false },\n  cacheDir: './.cache',\n});\n",
  );
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\n" +
      "import { docsSchema } from '@astrojs/starlight/schema';\n" +
      'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n',
  );
  writeBodies(docs, content, pages);
}

/** One cold build of a comparison project (floor or Starlight), with the astro of its own node_modules. */
function comparisonBuild(dir: string): BuildFigure {
  for (const cache of ['.cache', '.astro', 'dist']) rmSync(join(dir, cache), { recursive: true, force: true });
  const timeFile = resolve(OUT, 'comparison-time.txt');
  const astro = [resolve(dir, 'node_modules/.bin/astro'), 'build'];
  const timed = existsSync('/usr/bin/time');
  const started = performance.now();
  const result = timed
    ? spawnSync('/usr/bin/time', ['-f', '%e %U %S', '-o', timeFile, ...astro], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(astro[0]!, astro.slice(1), { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
  const wall = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`对照项目构建失败（${dir}）：\n${(result.stdout + result.stderr).slice(-3000)}`);
  if (!timed) return { wall, peak: NaN };
  const [elapsed, user, system] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  return { wall: elapsed!, cpu: user! + system!, peak: NaN };
}

/** The median wall and CPU of a comparison project's cold builds. */
function comparison(runs: BuildFigure[], pages: number): Comparison {
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const cpus = runs.flatMap((run) => (run.cpu === undefined ? [] : [run.cpu]));
  return {
    wall: median(runs.map((run) => run.wall)),
    cpu: cpus.length === runs.length ? median(cpus) : undefined,
    pages,
    runs: runs.length,
  };
}

async function pageFigures(browser: Browser, dir: string, size: Size): Promise<SizeFigures['pages']> {
  const site = await serveSite(join(process.cwd(), dir));
  const figures: SizeFigures['pages'] = {};
  try {
    for (const key of PAGES) {
      const path = key === 'reading' ? size.reading : key;
      const file = join(dir, path, 'index.html');
      if (!existsSync(file)) continue;
      // A fresh context: nothing cached, no service worker precaching the site behind the page's back.
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      const sizes: Promise<number>[] = [];
      let scripts = 0;
      page.on('requestfinished', (request) => {
        if (request.resourceType() === 'script') scripts++;
        sizes.push(request.sizes().then((s) => s.responseBodySize));
      });
      await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
      const transferred = (await Promise.all(sizes)).reduce((sum, n) => sum + n, 0);
      figures[key] = { transferred, html: statSync(file).size, scripts };
      await context.close();
    }
  } finally {
    site.close();
  }
  return figures;
}

function machine(): string {
  const [one, five, fifteen] = loadavg().map((n) => n.toFixed(1));
  return `${cpus().length} cores (${cpus()[0]?.model.trim() ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; load average ${one} / ${five} / ${fifteen}`;
}

// ---------------------------------------------------------------------------------------------
// The table: one row per figure, one column per size, then the budget and whether it is met.

type Verdict = 'ok' | 'OVER' | '';
interface Row {
  figure: string;
  values: Partial<Record<Size['key'], string>>;
  budget: string;
  verdict: Verdict;
}

const judge = (checks: boolean[]): Verdict => (checks.length === 0 ? '' : checks.every(Boolean) ? 'ok' : 'OVER');

export function rows(results: Partial<Record<Size['key'], SizeFigures>>): Row[] {
  const at = (key: Size['key']) => results[key];
  const each = <T>(pick: (figures: SizeFigures) => T | undefined, show: (value: T) => string) =>
    Object.fromEntries(
      SIZES.flatMap((size) => {
        const figures = at(size.key);
        const value = figures ? pick(figures) : undefined;
        return value === undefined ? [] : [[size.key, show(value)]];
      }),
    ) as Row['values'];
  const defined = <T>(values: (T | undefined)[]) => values.filter((value): value is T => value !== undefined);
  const rowsOut: Row[] = [];

  const wall = (key: Size['key']) => at(key)?.cold.wall;
  rowsOut.push({
    figure: 'build, cold: wall s',
    values: each(
      (f) => f.cold.wall,
      (s) => s.toFixed(1),
    ),
    budget: `≤ 6 (bundled); ≤ ${(0.8 * STARLIGHT_SECONDS[200]).toFixed(1)} (0.8× Starlight ${STARLIGHT_SECONDS[200]}); ≤ ${(0.5 * STARLIGHT_SECONDS[2000]).toFixed(0)} (0.5× Starlight ${STARLIGHT_SECONDS[2000]})`,
    verdict: judge(
      defined([
        wall('bundled') === undefined ? undefined : wall('bundled')! <= 6,
        wall('200') === undefined ? undefined : wall('200')! <= 0.8 * STARLIGHT_SECONDS[200],
        wall('2000') === undefined ? undefined : wall('2000')! <= 0.5 * STARLIGHT_SECONDS[2000],
      ]),
    ),
  });
  rowsOut.push({
    figure: 'floor: bare Astro + MDX, same pages: wall / CPU s',
    values: each(
      (f) => f.floor,
      (floor) => `${floor.wall.toFixed(1)} / ${floor.cpu?.toFixed(1) ?? '?'}`,
    ),
    budget: '(--floor: median of 3 cold builds; what the stack alone costs here)',
    verdict: '',
  });
  const starlightRuns = SIZES.map((size) => at(size.key)?.starlight?.runs).find((runs) => runs !== undefined);
  rowsOut.push({
    figure: 'Starlight, same pages: wall / CPU s',
    values: each(
      (f) => f.starlight,
      (starlight) => `${starlight.wall.toFixed(1)} / ${starlight.cpu?.toFixed(1) ?? '?'}`,
    ),
    budget: `(--starlight: ${STARLIGHT_VERSION}, zh-CN, Pagefind; ${starlightRuns === 1 ? 'one cold build' : 'median of 3 cold builds'})`,
    verdict: '',
  });
  const ratio = (figures: SizeFigures) => (figures.starlight ? figures.cold.wall / figures.starlight.wall : undefined);
  rowsOut.push({
    figure: 'build ÷ Starlight (wall)',
    values: each(ratio, (r) => `${r.toFixed(2)}×`),
    budget: `≤ ${STARLIGHT_RATIO[200]}× at 200, ≤ ${STARLIGHT_RATIO[2000]}× at 2,000`,
    verdict: judge(
      SIZES.flatMap((size) => {
        const figures = at(size.key);
        const limit = STARLIGHT_RATIO[size.key];
        const value = figures && ratio(figures);
        return limit === undefined || value === undefined ? [] : [value <= limit];
      }),
    ),
  });
  rowsOut.push({
    figure: 'build ÷ Starlight (CPU)',
    values: each(
      (f) => (f.cold.cpu !== undefined && f.starlight?.cpu ? f.cold.cpu / f.starlight.cpu : undefined),
      (r) => `${r.toFixed(2)}×`,
    ),
    budget: '(no budget; on a loaded machine it moves far less than the wall ratio)',
    verdict: '',
  });
  rowsOut.push({
    figure: 'build, cold: CPU s (user + sys)',
    values: each(
      (f) => f.cold.cpu,
      (s) => s.toFixed(1),
    ),
    budget: '(what the wall time would be on an idle core)',
    verdict: '',
  });
  rowsOut.push({
    figure: 'build, second cold build: wall s',
    values: each(
      (f) => f.again?.wall,
      (s) => s.toFixed(1),
    ),
    budget: '',
    verdict: '',
  });
  const peak2000 = at('2000')?.cold.peak;
  rowsOut.push({
    figure: 'build: peak memory, MiB',
    values: each(
      (f) => f.cold.peak,
      (m) => m.toFixed(0),
    ),
    budget: '≤ 1,229 (1.2 GiB) at 2,000',
    verdict: judge(defined([peak2000 === undefined ? undefined : peak2000 <= 1.2 * 1024])),
  });
  rowsOut.push({
    figure: 'two builds byte-identical',
    values: each(
      (f) => f.differs,
      (d) => (d.length === 0 ? 'yes' : `no: ${d.length}`),
    ),
    budget: 'yes',
    verdict: judge(SIZES.flatMap((size) => (at(size.key)?.differs ? [at(size.key)!.differs!.length === 0] : []))),
  });

  const weight = (key: PageKey) => (figures: SizeFigures) => figures.pages[key]?.transferred;
  const flat = (key: PageKey) => {
    const small = at('200')?.pages[key]?.transferred;
    const large = at('2000')?.pages[key]?.transferred;
    return small && large ? large / small : undefined;
  };
  const pageRow = (key: PageKey, figure: string, limitKb: number | undefined, budget: string, flatLimit?: number) => {
    const values = each(weight(key), (bytes) => kb(bytes).toFixed(1));
    const checks = defined(
      SIZES.map((size) => {
        const bytes = at(size.key)?.pages[key]?.transferred;
        return limitKb === undefined || bytes === undefined ? undefined : kb(bytes) <= limitKb;
      }),
    );
    const ratio = flat(key);
    if (flatLimit && ratio !== undefined) checks.push(ratio <= flatLimit);
    rowsOut.push({
      figure,
      values,
      budget: ratio === undefined || !flatLimit ? budget : `${budget}; 200→2,000 ×${ratio.toFixed(2)} (≤ ×${flatLimit})`,
      verdict: judge(checks),
    });
  };
  pageRow('reading', 'reading page, first visit: kB gzip', 15, '≤ 15, flat', 1.25);
  rowsOut.push({
    figure: 'reading page: JavaScript requests',
    values: each((f) => f.pages.reading?.scripts, String),
    budget: '< 7 (seven before issue 16)',
    verdict: judge(SIZES.flatMap((size) => (at(size.key)?.pages.reading ? [at(size.key)!.pages.reading!.scripts < 7] : []))),
  });
  pageRow('/', 'home, first visit: kB gzip', 40, '≤ 40, flat', 1.25);
  pageRow('/search/', '/search/ opened: kB gzip', 40, '≤ 40, flat', 1.25);
  pageRow('/drill/', '/drill/, first visit: kB gzip', 40, '≤ 40, flat', 1.25);
  const scripts2000 = at('2000')?.pages['/scripts/']?.transferred;
  rowsOut.push({
    figure: '/scripts/, first visit: kB gzip',
    values: each(weight('/scripts/'), (bytes) => kb(bytes).toFixed(1)),
    budget: '≤ 60 at 1,000 scripts',
    verdict: judge(defined([scripts2000 === undefined ? undefined : kb(scripts2000) <= 60])),
  });
  pageRow('/handbook/', '/handbook/, first visit: kB gzip', undefined, 'light (no fixed budget)');
  pageRow('/changes/', '/changes/, first visit: kB gzip', undefined, 'paged by month (no fixed budget)');
  for (const key of ['/', '/handbook/', '/scripts/', '/changes/'] as const) {
    rowsOut.push({
      figure: `${key === '/' ? 'home' : key} HTML, raw kB`,
      values: each(
        (f) => f.pages[key]?.html,
        (bytes) => kb(bytes).toFixed(1),
      ),
      budget: '',
      verdict: '',
    });
  }
  return rowsOut;
}

function printTable(results: Partial<Record<Size['key'], SizeFigures>>): void {
  const sizes = SIZES.filter((size) => results[size.key]);
  const table = rows(results);
  const width = Math.max(...table.map((row) => row.figure.length));
  console.log(`\n${'figure'.padEnd(width)}  ${sizes.map((size) => size.label.padStart(13)).join('  ')}  budget`);
  for (const row of table) {
    const cells = sizes.map((size) => (row.values[size.key] ?? '—').padStart(13)).join('  ');
    console.log(`${row.figure.padEnd(width)}  ${cells}  ${row.budget}${row.verdict ? `  [${row.verdict}]` : ''}`);
  }
}

function printProfile(size: Size, figure: BuildFigure): void {
  if (!figure.profile) return;
  console.log(`  phases of the cold build (this process; Pagefind's indexer runs as a child of its own):`);
  for (const phase of figure.profile.phases) {
    console.log(
      `    ${phase.phase.padEnd(48)} ${phase.wall.toFixed(1).padStart(6)} s wall ${phase.cpu.toFixed(1).padStart(6)} s CPU ${String(phase.rss).padStart(6)} MiB at the end, ${String(phase.peak).padStart(6)} MiB highest`,
    );
  }
  console.log(`    peak memory of the build process: ${figure.profile.peakRss} MiB (${size.label})`);
}

function option(name: string): string | undefined {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg?.slice(name.length + 3);
}

export async function run(): Promise<void> {
  const wanted = (option('sizes') ?? 'bundled,200,2000').split(',');
  const once = process.argv.includes('--once');
  const floor = process.argv.includes('--floor');
  mkdirSync(OUT, { recursive: true });
  console.log(`machine: ${machine()}`);
  const starlight = process.argv.includes('--starlight') ? starlightPackages() : undefined;
  const results: Partial<Record<Size['key'], SizeFigures>> = {};
  const browser = await chromium.launch({ executablePath: resolveChromium(), args: CHROMIUM_ARGS });
  try {
    for (const size of SIZES.filter((s) => wanted.includes(s.key))) {
      console.log(`\n### ${size.label}${size.generate ? ' (sections + scripts, generated)' : ''}`);
      if (size.generate) generateCorpus(size.content, ...size.generate);
      const dir = `${OUT}/dist-${size.key}`;
      const cold = build(size.content, dir, true);
      console.log(
        `  cold build: ${cold.wall.toFixed(1)} s wall${cold.cpu === undefined ? '' : `, ${cold.cpu.toFixed(1)} s CPU`}, peak ${cold.peak.toFixed(0)} MiB`,
      );
      printProfile(size, cold);
      const figures: SizeFigures = { cold, pages: {}, files: 0 };
      const pages = walk(dir).filter((file) => file.endsWith('.html')).length;
      // The comparison projects' cold builds go in rounds between this build's own, so that a change in
      // the machine's load falls on both sides.
      const comparisons: { key: 'floor' | 'starlight'; label: string; dir: string; rounds: number; runs: BuildFigure[] }[] = [];
      if (floor) {
        const floorDir = `${OUT}/floor-${size.key}`;
        writeFloor(floorDir, size.content, pages);
        comparisons.push({ key: 'floor', label: 'floor (bare Astro + MDX)', dir: floorDir, rounds: 3, runs: [] });
      }
      if (starlight) {
        const starlightDir = `${OUT}/starlight-${size.key}`;
        writeStarlight(starlightDir, size.content, pages, starlight);
        comparisons.push({ key: 'starlight', label: `Starlight ${STARLIGHT_VERSION}`, dir: starlightDir, rounds: once ? 1 : 3, runs: [] });
      }
      const round = () => {
        for (const project of comparisons) if (project.runs.length < project.rounds) project.runs.push(comparisonBuild(project.dir));
      };
      round();
      if (!once) {
        const again = `${OUT}/dist-${size.key}-again`;
        // Cold again: a warm build reuses the first one's content store, and with it the order the
        // loader happened to store entries in — the likeliest way two builds of one commit differ.
        figures.again = build(size.content, again, true);
        const { differs, files } = differences(dir, again);
        Object.assign(figures, { differs, files });
        console.log(`  second cold build: ${figures.again.wall.toFixed(1)} s wall; ${files} files, ${differs.length} differ`);
        for (const file of differs.slice(0, 20)) console.log(`    differs: ${file}`);
        rmSync(again, { recursive: true, force: true });
      }
      while (comparisons.some((project) => project.runs.length < project.rounds)) round();
      for (const project of comparisons) {
        const figure = (figures[project.key] = comparison(project.runs, pages));
        console.log(
          `  ${project.label}, ${pages} pages of these bodies: ${figure.wall.toFixed(1)} s wall${figure.cpu === undefined ? '' : `, ${figure.cpu.toFixed(1)} s CPU`} (${figure.runs === 1 ? 'one cold build' : `median of ${figure.runs} cold builds: ${project.runs.map((run) => run.wall.toFixed(1)).join(', ')} s`})`,
        );
      }
      figures.pages = await pageFigures(browser, dir, size);
      results[size.key] = figures;
    }
  } finally {
    await browser.close();
  }
  printTable(results);
  console.log(`\nmachine after: ${machine()}`);
  console.log('reading page, HTML + CSS alone, gzip (no JavaScript):', readingHtmlCss(results));
}

/** The reading page's HTML and stylesheets, gzip, per size: what a reader without JavaScript downloads. */
function readingHtmlCss(results: Partial<Record<Size['key'], SizeFigures>>): string {
  return SIZES.filter((size) => results[size.key])
    .map((size) => {
      const dir = `${OUT}/dist-${size.key}`;
      const file = join(dir, size.reading, 'index.html');
      if (!existsSync(file)) return `${size.label} —`;
      const html = readFileSync(file, 'utf8');
      const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => readFileSync(join(dir, m[1]!)));
      const bytes = gzipSync(html).length + css.reduce((sum, file) => sum + gzipSync(file).length, 0);
      return `${size.label} ${kb(bytes).toFixed(1)} kB`;
    })
    .join(', ');
}
