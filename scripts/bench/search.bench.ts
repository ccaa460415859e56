/**
 * Search figures for the bundled content and a generated corpus (2,000 sections, 1,000 scripts):
 * build time, Pagefind index size, bytes a first query fetches, first- and warm-query latency in
 * headless Chromium (median / p95 over 50 queries, loopback), lunr index sizes and query time.
 * Targets (issue notes): first query < 150 ms, warm < 30 ms, lunr < 5 ms at 1,000 scripts,
 * first-query bytes < 150 KB.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, resolveChromium } from '../chromium';
import { generateCorpus } from '../generate-corpus';
import { load, searchIndex, type CompactIndex } from '../../src/lib/search/lunr-index';
import { Dictionary } from '../../src/lib/search/tokenize';
import { QUALITY_QUERIES } from '../../tests/e2e/search-queries';

export const name = 'search (Pagefind + lunr)';

const OUT = 'bench-out';
const RUNS = 50;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms`;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

/** A static server for a built site on loopback, gzip for text like a real host. */
function serve(root: string): Promise<Server> {
  const server = createServer((req, res) => {
    let path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (path.endsWith('/')) path += 'index.html';
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    let body = readFileSync(file);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'content-type': type };
    if (/text|javascript|json|svg/.test(type) && String(req.headers['accept-encoding']).includes('gzip')) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    res.writeHead(200, headers).end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Runs one query on the search page and resolves with the time until results are rendered. */
const QUERY_IN_PAGE = async (query: string): Promise<number> => {
  const form = document.querySelector<HTMLFormElement>('search-page form')!;
  const status = document.querySelector('[data-status]')!;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const started = performance.now();
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

async function browserFigures(browser: Browser, origin: string, queries: string[]) {
  const first: number[] = [];
  const bytes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/search/`);
    await page.waitForLoadState('networkidle');
    let fetched = 0;
    const pending: Promise<void>[] = [];
    page.on('requestfinished', (request) =>
      pending.push(request.sizes().then((s) => void (fetched += s.responseBodySize + s.responseHeadersSize))),
    );
    first.push(await page.evaluate(QUERY_IN_PAGE, queries[i % queries.length]!));
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    bytes.push(fetched);
    await context.close();
  }
  const page = await browser.newPage();
  await page.goto(`${origin}/search/`);
  await page.evaluate(QUERY_IN_PAGE, queries[0]!);
  const warm: number[] = [];
  for (let i = 0; i < RUNS; i++) warm.push(await page.evaluate(QUERY_IN_PAGE, queries[(i + 1) % queries.length]!));
  await page.close();
  return { first, warm, bytes };
}

function lunrFigures(site: string, queries: string[]) {
  const lexicon = JSON.parse(readFileSync(join(site, 'search/lexicon.json'), 'utf8')) as { terms: string[] };
  const dictionary = new Dictionary(lexicon.terms);
  for (const file of ['scripts', 'glossary', 'pages']) {
    const raw = readFileSync(join(site, `search/${file}.json`));
    console.log(`  lunr ${file}.json: ${kb(raw.length)} raw, ${kb(gzipSync(raw).length)} gzip`);
  }
  const started = performance.now();
  const index = load(JSON.parse(readFileSync(join(site, 'search/scripts.json'), 'utf8')) as CompactIndex);
  console.log(`  lunr scripts index load: ${(performance.now() - started).toFixed(0)} ms`);
  const times = queries.slice(0, RUNS).map((query) => {
    const t0 = performance.now();
    searchIndex(index, query, dictionary);
    return performance.now() - t0;
  });
  console.log(`  lunr script query (Node): ${stats(times)}`);
}

async function measure(label: string, content: string, outDir: string, queries: string[], browser: Browser) {
  console.log(`\n### ${label}`);
  const started = performance.now();
  execSync(`npx astro build --outDir ${outDir}`, { stdio: 'ignore', env: { ...process.env, PLAYBOOK_CONTENT: content } });
  const site = join(process.cwd(), outDir);
  const pages = walk(site).filter((file) => file.endsWith('.html')).length;
  console.log(`  build: ${((performance.now() - started) / 1000).toFixed(1)} s for ${pages} pages (Pagefind and lunr included)`);
  const pagefind = walk(join(site, 'pagefind')).filter((file) => !/pagefind-(ui|modular-ui|highlight)/.test(file));
  console.log(`  Pagefind index: ${kb(pagefind.reduce((sum, file) => sum + statSync(file).size, 0))} in ${pagefind.length} files`);
  lunrFigures(site, queries);
  const server = await serve(site);
  try {
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const { first, warm, bytes } = await browserFigures(browser, origin, queries);
    console.log(`  first query (cold page, Chromium): ${stats(first)}`);
    console.log(`  warm query: ${stats(warm)}`);
    console.log(
      `  bytes a first query fetches: median ${kb([...bytes].sort((a, b) => a - b)[Math.floor(bytes.length / 2)]!)}, max ${kb(Math.max(...bytes))}`,
    );
  } finally {
    server.close();
  }
}

export async function run(): Promise<void> {
  const browser = await chromium.launch({ executablePath: resolveChromium(), args: CHROMIUM_ARGS });
  try {
    const repQueries = [
      ...QUALITY_QUERIES.map((q) => q.query),
      '晨读',
      '回款',
      '样品',
      '报价单',
      '客户档案',
      '工作计划',
      '信用',
      '展会',
      '交期',
      '投诉',
      '折扣',
      '合同',
    ];
    await measure('bundled content', 'content', `${OUT}/dist-bundled`, repQueries, browser);
    const corpus = `${OUT}/corpus`;
    generateCorpus(corpus, 2000, 1000);
    const words =
      '客户 报价 价格 订单 样品 交期 回款 拜访 合同 付款 折扣 议价 需求 方案 展会 投诉 售后 包装 运费 质量 采购 目标 考核 培训 晨读 计划 档案 信用 风险 市场 竞争 品牌 协调 生产 单证 出货 验货 返工 退换 跟进 试单 复购 预算 确认报价 核对订单 客户档案 付款 回款计划 展会跟进 样品确认'.split(
        ' ',
      );
    await measure('generated corpus: 2,000 sections + 1,000 scripts', corpus, `${OUT}/dist-corpus`, words, browser);
  } finally {
    await browser.close();
  }
}
