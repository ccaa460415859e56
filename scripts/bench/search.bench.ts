/**
 * Search figures for the bundled content and a generated corpus (2,000 sections, 1,000 scripts),
 * each printed beside its budget (issue 16): bytes and time of a first search from a reading page's
 * header box and of a first query on /search/ for every class of query (and the CPU it takes),
 * warm-query latency, the script finder's first query and its lunr query time, and the sizes of the
 * search files.
 * Headless Chromium on loopback, gzip like a real host; medians of a few cold runs each.
 * `npm run bench -- search` (add `--bundled` to skip the 2,000-section corpus, `--reuse` to measure
 * the sites of the last run again without building).
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, resolveChromium } from '../chromium';
import { generateCorpus } from '../generate-corpus';
import { serveSite } from './site-server';
import { bundledQueries, finderFigures, GENERATED_QUERIES } from './finder.bench';

export const name = 'search (Pagefind + lunr)';

/** Where sites are built (`--out=<dir>` to keep another run's sites, e.g. a before and an after). */
const OUT = process.argv.find((arg) => arg.startsWith('--out='))?.slice('--out='.length) ?? 'bench-out';
/** `--reuse`: measure the sites an earlier run built (e.g. to compare a change's before and after). */
const REUSE = process.argv.includes('--reuse');
/** Cold runs per class of query, warm queries. */
const COLD = 3;
const WARM = 30;

const BUDGET = {
  firstSearchKb: 100,
  firstQueryKb: 150,
  firstQueryMs: 150,
  warmMs: 30,
};

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const p95 = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(0.95 * sorted.length))] ?? 0;
};
/** "value (budget ≤ limit) ok|OVER" */
const vs = (value: number, limit: number, unit: 'kB' | 'ms') =>
  `${unit === 'kB' ? kb(value) : `${value.toFixed(1)} ms`} (budget ≤ ${limit} ${unit}) ${(unit === 'kB' ? value / 1024 : value) <= limit ? 'ok' : 'OVER'}`;

/** What a request is, for the breakdown of a first search. */
function kindOf(url: string): string {
  const path = new URL(url).pathname;
  if (/\/pagefind\/(pagefind\.js|wasm\.|pagefind-entry\.json)/.test(path)) return 'Pagefind code+wasm';
  if (path.endsWith('.pf_meta')) return 'Pagefind metadata';
  if (path.endsWith('.pf_index')) return 'Pagefind index chunks';
  if (path.endsWith('.pf_filter')) return 'Pagefind filters';
  if (path.endsWith('.pf_fragment')) return 'result fragments';
  if (path.includes('/search/lexicon')) return 'lexicon';
  if (/\/search\/(pinyin|glossary)\//.test(path)) return 'pinyin+glossary';
  if (/\/search\/(readings|sounds)\//.test(path)) return 'typo readings';
  if (path.includes('/search/quick/')) return 'quick answers';
  if (path.includes('/search/pages/')) return 'part-of-a-word index';
  if (path.includes('/search/scripts/')) return 'finder index';
  if (path.endsWith('.js')) return 'search code';
  return 'other';
}

/**
 * Counts the bytes a page fetches from now on, in all and by kind of request. `quiet()` waits until
 * no request has been open for half a second (Playwright's 'networkidle' is reached once per page
 * load: waiting for it again later returns at once, before the search's requests have finished).
 */
function meter(page: Page): {
  bytes: (upTo?: number) => Promise<number>;
  kinds: () => Promise<Map<string, number>>;
  quiet: () => Promise<void>;
  /** Requests finished so far: bytes(mark()) counts those only (e.g. those before the first paint). */
  mark: () => number;
  /** Result fragments among the first `upTo` requests finished. */
  fragments: (upTo: number) => Promise<number>;
} {
  const pending: Promise<[string, number]>[] = [];
  let open = 0;
  let last = performance.now();
  page.on('request', () => {
    open++;
    last = performance.now();
  });
  const closed = () => {
    open--;
    last = performance.now();
  };
  page.on('requestfailed', closed);
  page.on('requestfinished', closed);
  page.on('requestfinished', (request) =>
    pending.push(
      request
        .sizes()
        .then((s): [string, number] => [kindOf(request.url()), s.responseBodySize + s.responseHeadersSize])
        // A request still finishing when its page closes has no sizes left to read.
        .catch((): [string, number] => ['other', 0]),
    ),
  );
  return {
    quiet: async () => {
      while (open > 0 || performance.now() - last < 500) await new Promise((resolve) => setTimeout(resolve, 100));
    },
    bytes: async (upTo = Infinity) => (await Promise.all(pending.slice(0, upTo))).reduce((a, [, b]) => a + b, 0),
    mark: () => pending.length,
    fragments: async (upTo) => (await Promise.all(pending.slice(0, upTo))).filter(([kind]) => kind === 'result fragments').length,
    kinds: async () => {
      const kinds = new Map<string, number>();
      for (const [kind, bytes] of await Promise.all(pending)) kinds.set(kind, (kinds.get(kind) ?? 0) + bytes);
      return kinds;
    },
  };
}

/** "kind 12.3 kB, …", largest first. */
const breakdown = (kinds: Map<string, number>) =>
  [...kinds]
    .sort((a, b) => b[1] - a[1])
    .map(([kind, bytes]) => `${kind} ${kb(bytes)}`)
    .join(', ');

/**
 * Runs one query on the search page; resolves with the time from its submission until the first
 * results are shown. With `typingGapMs` 0 the query is submitted at once, the engine cold unless
 * an earlier query loaded it. Otherwise as a rep makes it: the box focused (which starts loading
 * the engine), the query typed as an input method commits it (two characters, or one Latin letter,
 * at a time) `typingGapMs` apart, each an input event as typing fires, then the last commit and
 * Enter together. The page searches as the rep types (after a 150 ms pause), so the last query
 * usually finds the engine loaded and some of its words searched.
 */
const QUERY_IN_PAGE = async ([query, typingGapMs]: [string, number]): Promise<number> => {
  const form = document.querySelector<HTMLFormElement>('search-page form')!;
  const status = document.querySelector('[data-status]')!;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  if (typingGapMs > 0) {
    input.focus();
    const commits = /[\u3400-\u9fff]/.test(query) ? (query.match(/[\s\S]{1,2}/g) ?? []) : [...query];
    let typed = '';
    // (No named helper functions in here: the bench's loader would name them with a function the page lacks.)
    for (const commit of commits.slice(0, -1)) {
      await new Promise((resolve) => setTimeout(resolve, typingGapMs));
      typed += commit;
      input.value = typed;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    await new Promise((resolve) => setTimeout(resolve, typingGapMs));
  }
  const started = performance.now();
  (window as { __searchStarted?: number }).__searchStarted = started;
  const done = new Promise<number>((resolve) => {
    const observer = new MutationObserver(() => {
      if (!(status.textContent ?? '').includes('正在搜索')) {
        observer.disconnect();
        resolve(performance.now() - started);
      }
    });
    observer.observe(status, { childList: true, characterData: true, subtree: true });
  });
  input.value = query;
  form.requestSubmit();
  return done;
};
/** Time between a rep's input-method commits: quick typing (a word of pinyin and its pick often takes a second). */
const TYPING_GAP_MS = 300;

type Classes = Record<string, string[]>;

/**
 * When each kind of file of the last query was fetched, from its submission: "kind start→end ms
 * (files)", in the order they started — the critical path of a first query (issue 11's profile).
 */
async function timeline(page: Page, painted: number): Promise<string> {
  const { entries, marks } = await page.evaluate(() => {
    const started = (window as { __searchStarted?: number }).__searchStarted ?? 0;
    return {
      entries: (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((entry) => entry.startTime >= started)
        .map((entry) => [entry.name, entry.startTime - started, entry.responseEnd - started] as const),
      // The search page's own marks: lexicon loaded, Pagefind ready, ranked, quick answer painted.
      marks: performance
        .getEntriesByType('mark')
        .filter((mark) => mark.name.startsWith('search:') && mark.startTime >= started)
        .map((mark) => [mark.name.slice('search:'.length), mark.startTime - started] as const),
    };
  });
  const kinds = new Map<string, { start: number; end: number; files: number }>();
  for (const [url, start, end] of entries) {
    const kind = kindOf(url);
    const seen = kinds.get(kind);
    if (seen) Object.assign(seen, { start: Math.min(seen.start, start), end: Math.max(seen.end, end), files: seen.files + 1 });
    else kinds.set(kind, { start, end, files: 1 });
  }
  return [
    ...[...kinds]
      .sort((a, b) => a[1].start - b[1].start)
      .map(([kind, { start, end, files }]) => `${kind} ${start.toFixed(0)}→${end.toFixed(0)} (${files})`),
    ...marks.map(([name, at]) => `${name} ${at.toFixed(0)}`),
    `painted ${painted.toFixed(0)}`,
  ].join(', ');
}

/**
 * CPU time the page's renderer spends from now until the returned function is called, in ms: its
 * main thread (where a query runs: Pagefind's search, ranking, rendering) and the whole process
 * (also its background threads, e.g. the WebAssembly compiler's; counted in 10 ms ticks). Chromium's
 * own counters (DevTools Performance.getMetrics: ThreadTime, ProcessTime), which other processes on
 * a busy machine move far less than the time: in paired runs of one site at a load of 4–9, the
 * main thread's CPU differed by a few ms where the time differed by tens or hundreds.
 */
async function rendererCpu(page: Page): Promise<() => Promise<{ main: number; process: number }>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const value = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? Number.NaN;
    return { main: value('ThreadTime'), process: value('ProcessTime') };
  };
  const start = await read();
  return async () => {
    const end = await read();
    await cdp.detach();
    return { main: 1000 * (end.main - start.main), process: 1000 * (end.process - start.process) };
  };
}

/** A first visit to `url` (a new context: empty cache, no service worker), once the page has loaded. */
async function freshVisit(browser: Browser, url: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  return { context, page };
}

async function browserFigures(browser: Browser, origin: string, classes: Classes, reading: string) {
  const all = Object.values(classes).flat();
  // 1. First search from a reading page's header box: everything search loads, typed key by key
  // (each pause may search), until the box shows the results of the whole query.
  const firstSearch: number[] = [];
  const firstSearchMs: number[] = [];
  let kinds = new Map<string, number>();
  for (let i = 0; i < COLD; i++) {
    const { context, page } = await freshVisit(browser, `${origin}${reading}`);
    const counter = meter(page);
    const query = all[i % all.length]!;
    await page.locator('#site-search-q').focus();
    await page.keyboard.type(query);
    const typed = performance.now();
    await page.locator(`.search-panel .search-panel__all[href$="${encodeURIComponent(query)}"]`).waitFor();
    firstSearchMs.push(performance.now() - typed);
    await counter.quiet();
    firstSearch.push(await counter.bytes());
    if (i === 0) kinds = await counter.kinds();
    await context.close();
  }
  console.log(
    `  first search, header box on a reading page (all it loads): ${vs(median(firstSearch), BUDGET.firstSearchKb, 'kB')}; ` +
      `${median(firstSearchMs).toFixed(0)} ms median from the last key to the results (the box waits 120 ms for typing to pause)`,
  );
  console.log(`    of which (query «${all[0]}»): ${breakdown(kinds)}`);

  // 2. First query on /search/, per class of query.
  for (const [kind, queries] of Object.entries(classes)) {
    const times: number[] = [];
    const bytes: number[] = [];
    const painted: number[] = [];
    const fragments: number[] = [];
    const cpu: { main: number; process: number }[] = [];
    let heaviest = { query: '', kinds: new Map<string, number>() };
    let path = '';
    for (let i = 0; i < COLD; i++) {
      const { context, page } = await freshVisit(browser, `${origin}/search/`);
      const counter = meter(page);
      const spent = await rendererCpu(page);
      times.push(await page.evaluate(QUERY_IN_PAGE, [queries[i % queries.length]!, 0] as [string, number]));
      cpu.push(await spent());
      // What arrived before the first results were shown; the rest refines the list after.
      const shown = counter.mark();
      if (i === 0) path = `«${queries[0]}»: ${await timeline(page, times[0]!)}`;
      painted.push(await counter.bytes(shown));
      fragments.push(await counter.fragments(shown));
      await counter.quiet();
      const total = await counter.bytes();
      if (total > Math.max(0, ...bytes)) heaviest = { query: queries[i % queries.length]!, kinds: await counter.kinds() };
      bytes.push(total);
      await context.close();
    }
    console.log(
      `  first query on /search/, ${kind.padEnd(10)} ${vs(median(times), BUDGET.firstQueryMs, 'ms')}, max ${Math.max(...times).toFixed(0)} ms; ` +
        `before first paint ${vs(Math.max(...painted), BUDGET.firstQueryKb, 'kB')}, ≤ ${Math.max(...fragments)} fragments; ` +
        `with the refinement after it ${vs(Math.max(...bytes), BUDGET.firstQueryKb, 'kB')} (max of ${COLD})`,
    );
    console.log(
      `    CPU from submission to the first results (median of ${COLD}; far less moved by load than the time): ` +
        `main thread ${median(cpu.map((c) => c.main)).toFixed(0)} ms, renderer process ${median(cpu.map((c) => c.process)).toFixed(0)} ms`,
    );
    console.log(`    heaviest «${heaviest.query}»: ${breakdown(heaviest.kinds)}`);
    console.log(`    ms from submission, ${path}`);
    // The same queries typed into the focused box as a rep types them, timed from Enter.
    const typed: number[] = [];
    for (let i = 0; i < COLD; i++) {
      const { context, page } = await freshVisit(browser, `${origin}/search/`);
      typed.push(await page.evaluate(QUERY_IN_PAGE, [queries[i % queries.length]!, TYPING_GAP_MS] as [string, number]));
      await context.close();
    }
    console.log(
      `    typed as a rep types it (box focused, input-method commits ${TYPING_GAP_MS} ms apart, then Enter): ` +
        `${median(typed).toFixed(1)} ms from Enter (median), max ${Math.max(...typed).toFixed(0)} ms`,
    );
  }

  // 3. Warm queries, one page.
  const warmContext = await browser.newContext({ serviceWorkers: 'block' });
  const page = await warmContext.newPage();
  await page.goto(`${origin}/search/`);
  await page.evaluate(QUERY_IN_PAGE, [all[0]!, 0] as [string, number]);
  const warm: number[] = [];
  for (let i = 0; i < WARM; i++) warm.push(await page.evaluate(QUERY_IN_PAGE, [all[(i + 1) % all.length]!, 0] as [string, number]));
  console.log(`  warm query: median ${vs(median(warm), BUDGET.warmMs, 'ms')}, p95 ${p95(warm).toFixed(1)} ms`);
  await warmContext.close();

  // 4. The script finder's first query: bytes.
  const finder: number[] = [];
  for (let i = 0; i < COLD; i++) {
    const { context, page } = await freshVisit(browser, `${origin}/scripts/`);
    const counter = meter(page);
    await page.locator('script-finder input[name="q"]').fill(all[i % all.length]!);
    await page
      .locator('script-finder [data-status]')
      .filter({ hasText: /条匹配|没有匹配/ })
      .waitFor();
    finder.push(await counter.bytes());
    await context.close();
  }
  console.log(`  script finder, first query (before its idle prefetch): ${vs(median(finder), BUDGET.firstQueryKb, 'kB')}`);
}

/** Sizes of the search files, and the finder's lunr query time in Node over the whole index (finder.bench.ts). */
function fileFigures(site: string, queries: string[]) {
  const gz = (file: string) => gzipSync(readFileSync(file)).length;
  const group = (dir: string, pattern: RegExp) => {
    const files = readdirSync(join(site, dir))
      .filter((f) => pattern.test(f))
      .map((f) => join(site, dir, f));
    const sizes = files.map(gz);
    return `${files.length} files, ${kb(sizes.reduce((a, b) => a + b, 0))} gzip in all, largest ${kb(Math.max(0, ...sizes))}`;
  };
  const pagefind = walk(join(site, 'pagefind')).filter((file) => !/pagefind-(ui|modular-ui|component-ui|highlight)/.test(file));
  console.log(`  Pagefind index: ${kb(pagefind.reduce((sum, file) => sum + statSync(file).size, 0))} in ${pagefind.length} files`);
  const chunks = readdirSync(join(site, 'pagefind/index')).map((file) => statSync(join(site, 'pagefind/index', file)).size);
  console.log(`  Pagefind word index: ${chunks.length} chunks (already gzip), largest ${kb(Math.max(0, ...chunks))}`);
  console.log(
    `  lexicon.json (script finder; site search for a query of many characters): ${kb(gz(join(site, 'search/lexicon.json')))} gzip; pinyin: ${group('search/pinyin', /\.json$/)}`,
  );
  console.log(
    `  lexicon shards (site search): ${group('search/lexicon', /^\d+\.json$/)}; core ${kb(gz(join(site, 'search/lexicon/core.json')))}`,
  );
  console.log(`  glossary card text: ${group('search/glossary', /\.json$/)}`);
  if (existsSync(join(site, 'search/readings'))) {
    console.log(`  typo readings: ${group('search/readings', /\.json$/)}; other readings ${group('search/sounds', /\.json$/)}`);
  }
  console.log(
    `  finder index (scripts): ${group('search/scripts', /^\d+\.json$/)}; manifest ${kb(gz(join(site, 'search/scripts/manifest.json')))}`,
  );
  console.log(`  part-of-a-word index (pages): ${group('search/pages', /^\d+\.json$/)}; rows ${group('search/pages', /^rows-/)}`);

  finderFigures(site, queries, 9);
}

async function measure(label: string, content: string, outDir: string, classes: Classes, reading: string, browser: Browser) {
  console.log(`\n### ${label}`);
  const started = performance.now();
  const site = resolve(outDir);
  if (REUSE && existsSync(site)) {
    console.log(`  build: reused ${outDir} (--reuse)`);
  } else {
    if (content !== 'content') generateCorpus(content, 2000, 1000);
    execSync(`npx astro build --outDir ${outDir}`, { stdio: 'ignore', env: { ...process.env, PLAYBOOK_CONTENT: content } });
    const pages = walk(site).filter((file) => file.endsWith('.html')).length;
    console.log(`  build: ${((performance.now() - started) / 1000).toFixed(1)} s for ${pages} pages (Pagefind and search data included)`);
  }
  fileFigures(site, Object.values(classes).flat());
  const server = await serveSite(site);
  try {
    console.log(`  (load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores: time figures are only meaningful near idle)`);
    await browserFigures(browser, server.origin, classes, reading);
  } finally {
    server.close();
  }
}

export async function run(): Promise<void> {
  const browser = await chromium.launch({ executablePath: resolveChromium(), args: CHROMIUM_ARGS });
  try {
    await measure('bundled content', 'content', `${OUT}/dist-bundled`, bundledQueries(), '/handbook/daily-work/morning-routine/', browser);
    if (process.argv.includes('--bundled')) return;
    const corpus = `${OUT}/corpus`;
    await measure(
      'generated corpus: 2,000 sections + 1,000 scripts',
      corpus,
      `${OUT}/dist-corpus`,
      GENERATED_QUERIES,
      '/handbook/gen-000/s00/',
      browser,
    );
  } finally {
    await browser.close();
  }
}
