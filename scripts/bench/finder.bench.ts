/**
 * The script finder's lunr query time in Node over the whole index of a built site (budget: p95
 * ≤ 5 ms at 1,000 scripts): each query understood as the finder understands it, each of its words
 * searched. Prints the first pass (a fresh process, as `npm run bench -- search` reports it) and the
 * p95 of further passes (min and median), with CPU time and load average.
 * `npm run bench -- finder` measures the sites an earlier `npm run bench -- search` built
 * (bench-out/dist-bundled, bench-out/dist-corpus) without building; `--site=<dir>` measures another
 * built site (`--out=<dir>` as in the search bench), `--passes=<n>` sets the number of passes (default 9).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { load, searchIndex } from '../../src/lib/search/lunr-query';
import { pinyinLetters, understandQuery, type PinyinTable } from '../../src/lib/search/query';
import { joinShards, refsOf, type Shard, type ShardManifest } from '../../src/lib/search/shards';
import { Dictionary } from '../../src/lib/search/tokenize';
import type { Lexicon } from '../../src/lib/search/vocabulary';
import { TUNING_QUERIES } from '../../tests/e2e/search-queries';

export const name = 'script finder (lunr query time)';

const FINDER_P95_MS = 5;

/** Queries by class for the bundled content: the search-quality test's tuning set, and parts of words. */
export function bundledQueries(): Record<string, string[]> {
  const classes: Record<string, string[]> = {};
  for (const { kind, query } of TUNING_QUERIES) (classes[kind ?? 'other'] ??= []).push(query);
  classes['part-word'] = ['户档', '作计', '段简'];
  return classes;
}

/** Queries by class for the generated corpus (2,000 sections + 1,000 scripts): its own vocabulary. */
export const GENERATED_QUERIES: Record<string, string[]> = {
  'two-char': ['报价', '回款', '样品', '交期', '投诉', '折扣', '合同', '展会'],
  word: ['客户档案', '确认报价', '核对订单', '回款计划', '展会跟进', '样品确认'],
  partial: ['客户档', '核对订', '样品确'],
  'part-word': ['户档', '品确', '款计'],
  initials: ['bj', 'hk', 'yp', 'jq'],
  pinyin: ['baojia', 'huikuan', 'yangpin', 'jiaoqi'],
  trade: ['CIF', 'FOB'],
  sentence: ['客户要求核对订单和付款', '展会跟进以后怎么确认报价', '样品确认以后回款计划怎么定'],
};

const p95 = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(0.95 * sorted.length))] ?? 0;
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** The finder's lunr query time over the whole index of a built site, printed beside its budget. */
export function finderFigures(site: string, queries: string[], passes = 0): void {
  const lexicon = JSON.parse(readFileSync(join(site, 'search/lexicon.json'), 'utf8')) as Lexicon;
  const pinyin: PinyinTable = {};
  for (const file of readdirSync(join(site, 'search/pinyin'))) {
    Object.assign(pinyin, JSON.parse(readFileSync(join(site, 'search/pinyin', file), 'utf8')) as PinyinTable);
  }
  const dictionary = new Dictionary(lexicon.words);
  const manifest = JSON.parse(readFileSync(join(site, 'search/scripts/manifest.json'), 'utf8')) as ShardManifest;
  const shards = Array.from(
    { length: manifest.shards },
    (_, n) => JSON.parse(readFileSync(join(site, `search/scripts/${n}.json`), 'utf8')) as Shard,
  );
  const index = load(joinShards(manifest, shards));
  const pass = () =>
    queries.map((query) => {
      const t0 = performance.now();
      const understood = understandQuery(query, lexicon, pinyinLetters(query, lexicon).length ? pinyin : undefined);
      for (const term of understood.terms) for (const { word } of term.words) searchIndex(index, word, dictionary);
      return performance.now() - t0;
    });
  const first = p95(pass());
  const scripts = refsOf(manifest).length;
  const verdict = (ms: number) => `${ms.toFixed(1)} ms (budget ≤ ${FINDER_P95_MS} ms) ${ms <= FINDER_P95_MS ? 'ok' : 'OVER'}`;
  console.log(
    `  finder lunr query (Node, whole index, ${scripts} scripts, ${queries.length} queries): p95 ${verdict(first)} ` +
      `(load average ${loadavg()[0]!.toFixed(1)})`,
  );
  if (passes === 0) return;
  const cpu = process.cpuUsage();
  const started = performance.now();
  const figures = Array.from({ length: passes }, () => p95(pass()));
  const used = process.cpuUsage(cpu);
  console.log(
    `    ${passes} further passes: p95 min ${Math.min(...figures).toFixed(2)} ms, median ${median(figures).toFixed(2)} ms ` +
      `(${((performance.now() - started) / 1000).toFixed(2)} s wall, ${((used.user + used.system) / 1e6).toFixed(2)} s CPU; ` +
      `load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores)`,
  );
}

export function run(): void {
  const option = (key: string) => process.argv.find((arg) => arg.startsWith(`--${key}=`))?.slice(key.length + 3);
  const out = option('out') ?? 'bench-out';
  const passes = Number(option('passes') ?? 9);
  const given = option('site');
  const sites = given ? [given] : [`${out}/dist-bundled`, `${out}/dist-corpus`].filter((dir) => existsSync(join(dir, 'search/scripts')));
  if (sites.length === 0) {
    console.log(`  no built site in ${out}/: run \`npm run bench -- search\` once (or pass --site=<built site>)`);
    return;
  }
  for (const site of sites) {
    // The generated corpus's scripts are gen-0000…; its queries use its own vocabulary.
    const manifest = JSON.parse(readFileSync(join(site, 'search/scripts/manifest.json'), 'utf8')) as ShardManifest;
    const generated = refsOf(manifest).includes('gen-0000');
    console.log(`\n### ${site} (${generated ? 'generated corpus' : 'bundled content'} queries)`);
    finderFigures(site, Object.values(generated ? GENERATED_QUERIES : bundledQueries()).flat(), passes);
  }
}
