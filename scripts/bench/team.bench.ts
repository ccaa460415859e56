/**
 * The team view with 50 people's files of a year's progress each (issue 13: loading stays under
 * 1 s). The files are made by the real store and export code (scripts/progress-sim.ts) over the
 * bundled content, and kept in bench-out/team/ until the content, the simulator or the format
 * changes. Measured: the page's whole load step in Node (validate every file with the import's
 * reader, merge people, build rows, sort, the confirmation view and the unanswered searches), then
 * the CSV export; and, when dist/ has the team page, the same 50 files chosen on the real page in
 * headless Chromium, until the table shows 50 rows.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, resolveChromium } from '../chromium';
import { loadContent, simulatePerson, type PersonPlan } from '../progress-sim';
import { addDays, shanghaiDate } from '../../src/lib/date';
import { CURRENT_VERSION, exportFileName, exportProgress, type ExportFile } from '../../src/lib/progress';
import { hashString, randomFrom } from '../../src/lib/random';
import { addFiles, confirmations, groupGaps, groupPeople, peopleCsv, quizCsv, sortRows, teamRows, csvLabels } from '../../src/lib/team';
import { t } from '../../src/lib/i18n';

export const name = 'team (50 files of a year’s progress)';

const PEOPLE = 50;
const RUNS = 7;
const NOW = new Date();
const SEARCHES = ['样品寄送运费', '展会补贴', '出差住宿标准', '客户生日礼物', '报价单模板英文', '年假怎么算', '加班餐补', '退货运费谁出'];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '磊',
  '洋',
  '艳',
  '勇',
  '军',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '桂英',
  '建华',
  '晓东',
  '丽',
];

function plans(roles: string[]): PersonPlan[] {
  const random = randomFrom(hashString('team-bench'));
  const today = shanghaiDate(NOW);
  return Array.from({ length: PEOPLE }, (_, i) => {
    const start = addDays(today, -365 - Math.floor(random() * 30));
    return {
      name: `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 7) % GIVEN.length]}`,
      role: roles[i % roles.length]!,
      employeeNo: `S${String(1001 + i)}`,
      start,
      startDate: start,
      days: 365,
      diligence: 0.3 + random() * 0.7,
      searches: SEARCHES.filter(() => random() < 0.4),
    };
  });
}

async function teamFiles(): Promise<{ name: string; text: string }[]> {
  const content = await loadContent('.');
  const key = hashString(
    [
      readFileSync('scripts/progress-sim.ts', 'utf8'),
      CURRENT_VERSION,
      shanghaiDate(NOW),
      content.cards.join(),
      JSON.stringify(content.team.paths),
      content.team.sections.map((s) => `${s.id}@${s.version}`).join(),
    ].join('\n'),
  ).toString(36);
  const dir = join('bench-out', 'team', key);
  if (existsSync(join(dir, 'done'))) {
    console.log(`files: reused ${dir}`);
    return readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));
  }
  mkdirSync(dir, { recursive: true });
  const started = performance.now();
  const files = plans(Object.keys(content.team.paths).sort()).map((plan) => {
    const { progress, end } = simulatePerson(content, plan);
    const name = exportFileName(end, `${plan.name}${plan.employeeNo}`);
    const text = exportProgress(progress, end);
    writeFileSync(join(dir, name), text);
    return { name, text };
  });
  writeFileSync(join(dir, 'done'), '');
  console.log(
    `files: simulated ${PEOPLE} people × 365 days through the store in ${((performance.now() - started) / 1000).toFixed(0)} s (${dir})`,
  );
  return files;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};
function serveDist(): Promise<Server> {
  const server = createServer((request, response) => {
    let path = normalize(join('dist', decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
    if (existsSync(join(path, 'index.html'))) path = join(path, 'index.html');
    if (!existsSync(path) || !path.startsWith('dist')) return void response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  return new Promise((resolve) => server.listen(0, () => resolve(server)));
}

export async function run(): Promise<void> {
  const files = await teamFiles();
  const bytes = files.reduce((sum, f) => sum + Buffer.byteLength(f.text), 0);
  const progressOf = (text: string) => (JSON.parse(text) as ExportFile).progress;
  const cards = files.map((f) => Object.keys(progressOf(f.text).drill.cards).length);
  const days = files.map((f) => Object.keys(progressOf(f.text).drill.days).length);
  console.log(
    `${files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB; per file: ${median(cards)} drill cards, ${median(days)} drill days (medians)`,
  );

  const { team } = await loadContent('.');
  const times: number[] = [];
  const cpu: number[] = [];
  let rows: ReturnType<typeof teamRows> = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const loaded = addFiles({ files: [], refused: [] }, files);
    rows = sortRows(teamRows(groupPeople(loaded.files), { ...team, now: NOW }), 'name');
    confirmations(rows, team.sections);
    groupGaps(rows, (row) => row.name);
    times.push(performance.now() - started);
    const used = process.cpuUsage(cpuStarted);
    cpu.push((used.user + used.system) / 1000);
    if (loaded.refused.length) throw new Error(`refused: ${JSON.stringify(loaded.refused)}`);
  }
  console.log(
    `load ${files.length} files in Node (validate, merge, rows, sort, confirmations, gaps): median ${median(times).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms over ${RUNS} runs (budget 1,000 ms); CPU time median ${median(cpu).toFixed(0)} ms`,
  );
  console.log(`  (load average while measuring: ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores)`);
  const labels = csvLabels((key) => t(key));
  const csvStarted = performance.now();
  const csv = peopleCsv(rows, labels).length + quizCsv(rows, labels).length;
  console.log(`CSV (people + person × quiz): ${(performance.now() - csvStarted).toFixed(0)} ms, ${(csv / 1024).toFixed(0)} kB`);

  if (!existsSync('dist/training/team/index.html')) {
    console.log('in the browser: run `npx astro build` first to measure the page itself');
    return;
  }
  const dir = join('bench-out', 'team', 'chosen');
  mkdirSync(dir, { recursive: true });
  const paths = files.map((f) => {
    const path = join(dir, f.name);
    writeFileSync(path, f.text);
    return path;
  });
  const server = await serveDist();
  const browser = await chromium.launch({ executablePath: resolveChromium(), args: CHROMIUM_ARGS });
  try {
    const browserTimes: number[] = [];
    const cpuTimes: number[] = [];
    for (let run = 0; run < 5; run++) {
      const page = await browser.newPage();
      await page.goto(`http://localhost:${(server.address() as AddressInfo).port}/training/team/`);
      await page.locator('team-view[data-ready]').waitFor();
      // Timed in the page from the moment the files are chosen (the input's change event) until
      // the table shows every person: reading, validating, merging, rendering.
      await page.evaluate((n) => {
        const clock = window as unknown as { chosenAt: number; shownAt: number };
        const input = document.querySelector('input[type=file]')!;
        input.addEventListener('change', () => (clock.chosenAt = performance.now()), { capture: true });
        const body = document.querySelector('[data-people]')!;
        new MutationObserver(() => {
          if (!clock.shownAt && body.children.length === n) clock.shownAt = performance.now();
        }).observe(body, { childList: true });
      }, PEOPLE);
      // Main-thread CPU time (Chrome's ThreadTime) as well: on a machine shared with other work the
      // wall time waits for the CPU, the CPU time does not.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      const threadTime = async () =>
        (await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'ThreadTime')?.value ?? 0;
      const cpuBefore = await threadTime();
      await page.locator('input[type=file]').setInputFiles(paths);
      await page.waitForFunction(() => (window as unknown as { shownAt?: number }).shownAt);
      cpuTimes.push((await threadTime()) - cpuBefore);
      const [started, ended] = await page.evaluate(() => {
        const clock = window as unknown as { chosenAt: number; shownAt: number };
        return [clock.chosenAt, clock.shownAt];
      });
      browserTimes.push(ended - started);
      await page.close();
    }
    console.log(
      `load ${files.length} files on /training/team/ in Chromium (files chosen → table of ${PEOPLE} rows): median ${median(browserTimes).toFixed(0)} ms, max ${Math.max(...browserTimes).toFixed(0)} ms over 5 runs (budget 1,000 ms)`,
    );
    console.log(
      `  main-thread CPU time for the same (choosing included): median ${(median(cpuTimes) * 1000).toFixed(0)} ms, max ${(Math.max(...cpuTimes) * 1000).toFixed(0)} ms`,
    );
  } finally {
    await browser.close();
    server.close();
  }
}
