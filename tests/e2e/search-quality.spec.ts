import type { BrowserContext, Page } from '@playwright/test';
import { expect, test, watchConsole } from './console';
import { HOLDOUT_QUERIES } from './search-holdout';
import { QUALITY_QUERIES, TUNING_QUERIES, type QualityCase } from './search-queries';

// Runs every query through the real search page (the same ranking code reps use) and counts the
// queries whose answer is among the first 3 results (hit@3). A glossary definition card above the
// results does not count: only results do.

interface Outcome {
  item: QualityCase;
  top: string[];
  hit: boolean;
  /** The page said its results hold only part of the query (「没有找到同时包含这些词的内容…」). */
  partial: boolean;
  /** The correction line above the results, if any (「已显示“回款”的结果。…」, 「您要找的是不是：…」). */
  correction: string;
}

/** What the page says when the engine did not answer in time (src/client/search-engine.ts). */
const UNAVAILABLE = '搜索暂时不可用';

/**
 * Hundreds of Pagefind loads in one tab once ran the test browser out of WebAssembly memory
 * ("WebAssembly.instantiate(): Out of memory"; a reader never asks hundreds of queries in one tab):
 * every 50 queries the next one gets a fresh tab, watched for console errors like the first.
 */
const QUERIES_PER_TAB = 50;

function tabs(context: BrowserContext, first: Page, errors: string[]): () => Promise<Page> {
  let page = first;
  let asked = 0;
  return async () => {
    if (asked++ < QUERIES_PER_TAB) return page;
    const spent = page;
    page = await context.newPage();
    watchConsole(page, errors);
    await spent.close();
    asked = 1;
    return page;
  };
}

async function run(nextPage: () => Promise<Page>, list: QualityCase[]): Promise<Outcome[]> {
  const out: Outcome[] = [];
  for (const item of list) {
    const page = await nextPage();
    // Not a speed test (npm run bench measures that): on a loaded machine a first query may be slow,
    // so slow that the page gives up on the engine (15 s) and says search is unavailable. That is no
    // ranking miss: the query is asked again, and a search that never answers fails the test by name.
    for (let attempt = 1; ; attempt++) {
      await page.goto(`/search/?q=${encodeURIComponent(item.query)}`);
      await expect(page.locator('[data-status]')).not.toHaveText(/正在搜索|输入要找/, { timeout: 20_000 });
      if (!((await page.locator('[data-status]').textContent()) ?? '').includes(UNAVAILABLE)) break;
      expect(attempt, `search unavailable for «${item.query}» ${attempt} times`).toBeLessThan(3);
    }
    const top = await page
      .locator('[data-results] > li > a.hit__title')
      .evaluateAll((links) => links.slice(0, 3).map((a) => a.getAttribute('href') ?? ''));
    const partial = await page.locator('[data-partial]').isVisible();
    const correction = (await page.locator('[data-correction]').isVisible())
      ? ((await page.locator('[data-correction]').textContent()) ?? '')
      : '';
    out.push({ item, top, hit: top.some((href) => item.expect.includes(href.split('#')[0]!)), partial, correction });
  }
  return out;
}

const rate = (outcomes: Outcome[]) => outcomes.filter((o) => o.hit).length / Math.max(1, outcomes.length);
const pct = (outcomes: Outcome[]) =>
  `${outcomes.filter((o) => o.hit).length}/${outcomes.length} (${Math.round(rate(outcomes) * 1000) / 10} %)`;
const missLine = (o: Outcome) => `${o.item.query} → ${o.top.join(' ') || '（无结果）'}`;

function table(tuning: Outcome[], holdout: Outcome[]): string {
  const kinds = [...new Set([...tuning, ...holdout].map((o) => o.item.kind ?? 'other'))];
  const rows = kinds.map((kind) => {
    const t = tuning.filter((o) => (o.item.kind ?? 'other') === kind);
    const h = holdout.filter((o) => (o.item.kind ?? 'other') === kind);
    return `  ${kind.padEnd(11)} tuning ${pct(t).padEnd(16)} holdout ${pct(h).padEnd(16)} all ${pct([...t, ...h])}`;
  });
  return [
    ...rows,
    `  ${'overall'.padEnd(11)} tuning ${pct(tuning).padEnd(16)} holdout ${pct(holdout).padEnd(16)} all ${pct([...tuning, ...holdout])}`,
  ].join('\n');
}

test('site search puts the answer in the top 3 for reps\u2019 queries, held-out ones too', async ({ page, context, consoleErrors }) => {
  test.setTimeout(900_000);
  const nextPage = tabs(context, page, consoleErrors);
  const tuning = await run(nextPage, TUNING_QUERIES);
  const holdout = await run(nextPage, HOLDOUT_QUERIES);
  const legacy = await run(nextPage, QUALITY_QUERIES);
  const tuningMisses = tuning.filter((o) => !o.hit).map(missLine);
  // The holdout's misses are not printed: nobody tunes on them.
  const holdoutMisses = process.env.SEARCH_HOLDOUT_MISSES ? holdout.filter((o) => !o.hit).map(missLine) : [];
  const legacyMisses = legacy.filter((o) => !o.hit).map(missLine);
  // Beyond the typos, a query of the lists is answered as a whole and as typed: no partial note, no
  // correction (the holdout's are counted, not named).
  const asTyped = (o: Outcome) => o.item.kind !== 'typos';
  const noted = [...tuning, ...legacy].filter((o) => asTyped(o) && (o.partial || o.correction));
  const notedLines = noted.map((o) => `${o.item.query}: ${[o.partial ? '部分' : '', o.correction].filter(Boolean).join(' / ')}`);
  const holdoutNoted = holdout.filter((o) => asTyped(o) && (o.partial || o.correction)).length;
  console.log(
    [
      'search quality, hit@3:',
      table(tuning, holdout),
      `  first list (regression) ${pct(legacy)}`,
      `  queries (not typos) with a partial note or a correction: tuning+first list ${noted.length}, holdout ${holdoutNoted}`,
      notedLines.length ? `  ${notedLines.join('\n  ')}` : '',
      tuningMisses.length ? `tuning misses:\n  ${tuningMisses.join('\n  ')}` : '',
      legacyMisses.length ? `first-list misses:\n  ${legacyMisses.join('\n  ')}` : '',
      holdoutMisses.length ? `holdout misses:\n  ${holdoutMisses.join('\n  ')}` : '',
    ]
      .filter(Boolean)
      .join('\n'),
  );
  expect(TUNING_QUERIES.length + HOLDOUT_QUERIES.length).toBeGreaterThanOrEqual(120);
  // About a third held out: 72 of the first 216, none with the 12 tuning queries added after them, 5 of the 15 typos.
  expect(HOLDOUT_QUERIES.length / (TUNING_QUERIES.length + HOLDOUT_QUERIES.length)).toBeGreaterThanOrEqual(0.3);
  // The aim is 95 % overall and 90 % on the holdout (reported above). The gate leaves a few points
  // of headroom: the content is rewritten by its writers, who must not be blocked by a page moving
  // one place down; a real regression falls well below it.
  expect(rate([...tuning, ...holdout]), tuningMisses.join('\n')).toBeGreaterThanOrEqual(0.9);
  expect(rate(holdout), 'holdout below 85 %').toBeGreaterThanOrEqual(0.85);
  expect(rate(legacy), legacyMisses.join('\n')).toBeGreaterThanOrEqual(0.9);
  expect(notedLines, 'queries answered as typed and as a whole say nothing of a part or a correction').toEqual([]);
});
