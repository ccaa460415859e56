import type { BrowserContext, Page } from '@playwright/test';
import { expect, test, watchConsole } from './console';
import { HOLDOUT_QUERIES } from './search-holdout';
import { QUALITY_QUERIES, TUNING_QUERIES, type QualityCase } from './search-queries';

// Runs every query through the real search page (the same ranking code reps use) and counts the
// queries whose answer is among the first 3 results (hit@3). A glossary definition card above the
// results does not count: only results do. The queries are asked one after another in the page's
// own box, as a rep searching again does: a fresh page per query (Pagefind started anew each time)
// cost three minutes of the suite. Every tab's first query arrives by address, as from the header
// box, and a sample of queries is asked on a fresh page too, which must rank them the same.

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
 * A fresh tab every 50 queries: hundreds of Pagefind loads in one tab once ran the test browser out
 * of WebAssembly memory ("WebAssembly.instantiate(): Out of memory"), and a reader never asks
 * hundreds of queries in one tab. Each new tab is watched for console errors like the first.
 */
const QUERIES_PER_TAB = 50;
/** Every this many queries, the query is also asked on a fresh page, to compare. */
const FRESH_SAMPLE_EVERY = 25;

interface Tabs {
  /** The tab for the next query, and whether that query must arrive by address (a new tab). */
  next(): Promise<{ page: Page; fresh: boolean }>;
  /** A tab of its own for the fresh-page sample. */
  sample(): Promise<Page>;
}

function tabs(context: BrowserContext, first: Page, errors: string[]): Tabs {
  let page = first;
  let asked = 0;
  let sample: Page | undefined;
  return {
    async next() {
      if (asked++ < QUERIES_PER_TAB) return { page, fresh: asked === 1 };
      const spent = page;
      page = await context.newPage();
      watchConsole(page, errors);
      await spent.close();
      asked = 1;
      return { page, fresh: true };
    },
    async sample() {
      if (!sample) {
        sample = await context.newPage();
        watchConsole(sample, errors);
      }
      return sample;
    },
  };
}

/**
 * Asks one query and reads what the page shows: on a fresh page by address, or in the page's box
 * (its value set and the form submitted, as Enter does; the page says 「正在搜索…」 at once).
 */
async function ask(page: Page, item: QualityCase, fresh: boolean): Promise<Outcome> {
  const status = page.locator('[data-status]');
  // Not a speed test (npm run bench measures that): on a loaded machine a first query may be slow,
  // so slow that the page gives up on the engine (15 s) and says search is unavailable. That is no
  // ranking miss: the query is asked again on a fresh page, and a search that never answers fails
  // the test by name.
  for (let attempt = 1; ; attempt++) {
    if (fresh || attempt > 1) await page.goto(`/search/?q=${encodeURIComponent(item.query)}`);
    else {
      await page.locator('#search-q').evaluate((input: HTMLInputElement, query) => {
        input.value = query;
        input.form!.requestSubmit();
      }, item.query);
    }
    await expect(status).not.toHaveText(/正在搜索|输入要找/, { timeout: 20_000 });
    if (!((await status.textContent()) ?? '').includes(UNAVAILABLE)) break;
    expect(attempt, `search unavailable for «${item.query}» ${attempt} times`).toBeLessThan(3);
  }
  const top = await page
    .locator('[data-results] > li > a.hit__title')
    .evaluateAll((links) => links.slice(0, 3).map((a) => a.getAttribute('href') ?? ''));
  const partial = await page.locator('[data-partial]').isVisible();
  const correction = (await page.locator('[data-correction]').isVisible())
    ? ((await page.locator('[data-correction]').textContent()) ?? '')
    : '';
  return { item, top, hit: top.some((href) => item.expect.includes(href.split('#')[0]!)), partial, correction };
}

/** What a page showed for a query, to compare a fresh page with the box. */
const shown = (o: Outcome) => `${o.item.query}: ${o.top.join(' ')} ${o.partial ? '部分' : ''} ${o.correction}`;

async function run(tabs: Tabs, list: QualityCase[], unlike: string[]): Promise<Outcome[]> {
  const out: Outcome[] = [];
  for (const [i, item] of list.entries()) {
    const { page, fresh } = await tabs.next();
    const outcome = await ask(page, item, fresh);
    out.push(outcome);
    if (i % FRESH_SAMPLE_EVERY === FRESH_SAMPLE_EVERY - 1) {
      const onFreshPage = await ask(await tabs.sample(), item, true);
      if (shown(onFreshPage) !== shown(outcome)) unlike.push(`box: ${shown(outcome)}\n    fresh page: ${shown(onFreshPage)}`);
    }
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
  const open = tabs(context, page, consoleErrors);
  const unlike: string[] = [];
  const tuning = await run(open, TUNING_QUERIES, unlike);
  const holdout = await run(open, HOLDOUT_QUERIES, unlike);
  const legacy = await run(open, QUALITY_QUERIES, unlike);
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
  // A query asked in the box after others shows what it shows on a fresh page.
  expect(unlike, 'the same query ranks alike in the box and on a fresh page').toEqual([]);
  expect(notedLines, 'queries answered as typed and as a whole say nothing of a part or a correction').toEqual([]);
});
