/**
 * Build pipeline helpers: the phase clock of the build profile (src/integrations/build-profile.ts)
 * and the check's summary of many sections nothing leads to (src/check/report.ts). The content
 * store as JSON is tested over a real Astro build in tests/content/content-store.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem, type Problem } from '../../src/check';
import { orphanSummary, ORPHAN_LINES, reportLines } from '../../src/check/report';
import { phaseClock } from '../../src/integrations/build-profile';
import { inIdOrder } from '../../src/lib/order';

describe('the build profile', () => {
  it('gives each phase the wall and CPU time since the mark before it', () => {
    let wall = 10;
    let cpu = 0;
    const clock = phaseClock(
      () => wall,
      () => ({ user: cpu, system: cpu / 2 }),
      { wall, cpu: { user: cpu, system: cpu } },
    );
    wall = 12.5;
    cpu = 2e6;
    clock.sample(3 * 2 ** 30);
    clock.mark('content check');
    wall = 13;
    cpu = 3e6;
    clock.mark('pages');
    expect(clock.phases.map(({ phase, wall, cpu }) => ({ phase, wall, cpu }))).toEqual([
      { phase: 'content check', wall: 2.5, cpu: 3 },
      { phase: 'pages', wall: 0.5, cpu: 1.5 },
    ]);
    expect(clock.phases[0]!.rss).toBeGreaterThan(0);
    // The highest memory sampled during a phase, then the next phase starts afresh.
    expect(clock.phases[0]!.peak).toBe(3072);
    expect(clock.phases[1]!.peak).toBe(clock.phases[1]!.rss);
  });

  it('counts the first phase from the start of the process (Node, the astro CLI, loading the config)', () => {
    // performance.now() and process.cpuUsage() both count from the process's start.
    const clock = phaseClock(
      () => 2.4,
      () => ({ user: 1.2e6, system: 0.3e6 }),
    );
    clock.mark('start-up: Node, Astro, config');
    expect(clock.phases.map(({ phase, wall, cpu }) => ({ phase, wall, cpu }))).toEqual([
      { phase: 'start-up: Node, Astro, config', wall: 2.4, cpu: 1.5 },
    ]);
  });
});

describe('the check report', () => {
  const orphan = (n: number): Problem => ({
    file: `content/handbook/gen/s${n}.md`,
    line: 1,
    field: '-',
    message: `没有任何内容引用这一节；请在相关小节的 related 中加上 gen/s${n}`,
    severity: 'warning',
    kind: 'orphan',
  });
  const error: Problem = { file: 'content/scripts/a.md', line: 3, field: 'title', message: '缺少标题', severity: 'error', kind: 'format' };

  it('prints a few orphan warnings one by one', () => {
    const problems = [error, ...Array.from({ length: ORPHAN_LINES }, (_, i) => orphan(i))];
    expect(reportLines(problems).map((line) => line.text)).toEqual(problems.map(formatProblem));
  });

  it('summarises many in one line with the count and the first files, after every other problem', () => {
    const orphans = Array.from({ length: 2000 }, (_, i) => orphan(i));
    const lines = reportLines([orphans[0]!, error, ...orphans.slice(1)]);
    expect(lines).toEqual([
      { text: formatProblem(error), severity: 'error' },
      {
        text:
          '警告 2000 个小节没有任何内容引用（孤立小节），例如 content/handbook/gen/s0.md、content/handbook/gen/s1.md、content/handbook/gen/s2.md 等；' +
          '请在相关小节的 related 中加上它们，或在正文中链接它们。逐条列出：npm run check -- --all',
        severity: 'warning',
      },
    ]);
    expect(orphanSummary(orphans)).toBe(lines[1]!.text);
  });

  it('lists every one when asked', () => {
    const orphans = Array.from({ length: 50 }, (_, i) => orphan(i));
    expect(reportLines(orphans, { all: true })).toHaveLength(50);
  });
});

describe('deterministic builds', () => {
  it('lists folder collections in id order, whatever order the loader stored them in', () => {
    const read = [{ id: 'price-too-high' }, { id: 'cold-call-opening' }, { id: 'Zebra' }, { id: '报价' }, { id: 'gatekeeper' }];
    const once = inIdOrder(read).map((entry) => entry.id);
    expect(once).toEqual(['Zebra', 'cold-call-opening', 'gatekeeper', 'price-too-high', '报价']);
    expect(inIdOrder([...read].reverse()).map((entry) => entry.id)).toEqual(once);
    // The input is left as it was.
    expect(read[0]?.id).toBe('price-too-high');
  });
});
