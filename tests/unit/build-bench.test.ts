/**
 * The build bench's comparison with Starlight (npm run bench -- build --starlight): the pages each
 * comparison project gets, written from a corpus the bench's own generator makes, and the rows the
 * bench prints. No timing is asserted: the figures below are made up.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { installFailure, rows, writeBodies, type SizeFigures } from '../../scripts/bench/build.bench';
import { generateCorpus } from '../../scripts/generate-corpus';

const tmp = mkdtempSync(join(tmpdir(), 'build-bench-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the pages of a comparison project (the floor, Starlight)', () => {
  it('are N Markdown pages, each with the title Starlight requires and a body of the corpus, in turn', () => {
    const corpus = join(tmp, 'corpus');
    generateCorpus(corpus, 3, 2);
    const bodies = readdirSync(corpus, { recursive: true, encoding: 'utf8' }).filter((file) => /\.mdx?$/.test(file)).length;
    const docs = join(tmp, 'docs');
    mkdirSync(docs);
    writeBodies(docs, corpus, bodies + 2);

    const files = readdirSync(docs).sort();
    expect(files).toHaveLength(bodies + 2);
    expect(files.every((file) => /^p\d{3}\.md$/.test(file))).toBe(true);
    const page = (file: string) => /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(join(docs, file), 'utf8'));
    for (const [i, file] of files.entries()) {
      expect(parse(page(file)![1]!)).toEqual({ title: `页面 ${i}` });
      // The content file's own front matter is gone: one front matter per page.
      expect(page(file)![2]).not.toMatch(/^---\n/);
    }
    expect(page(files[1]!)![2]).not.toBe(page(files[0]!)![2]);
    // Past the last body, the pages start again from the first.
    expect(page(files[bodies]!)![2]).toBe(page(files[0]!)![2]);
  });
});

describe('the rows comparing the build with Starlight', () => {
  const figures = (wall: number, starlight?: number, runs = 3): SizeFigures => ({
    cold: { wall, cpu: wall + 1, peak: 500 },
    starlight: starlight === undefined ? undefined : { wall: starlight, cpu: starlight - 2, pages: 338, runs },
    pages: {},
    files: 0,
  });
  const row = (results: Parameters<typeof rows>[0], figure: string) => rows(results).find((r) => r.figure === figure);

  it("show Starlight's wall and CPU time and the build's as a fraction of it, against 0.8× at 200 and 0.5× at 2,000", () => {
    const results = { '200': figures(14.8, 11.6), '2000': figures(40, 113) };
    expect(row(results, 'Starlight, same pages: wall / CPU s')).toMatchObject({
      values: { '200': '11.6 / 9.6', '2000': '113.0 / 111.0' },
      budget: expect.stringContaining('median of 3 cold builds') as string,
    });
    expect(row(results, 'build ÷ Starlight (wall)')).toEqual({
      figure: 'build ÷ Starlight (wall)',
      values: { '200': '1.28×', '2000': '0.35×' },
      budget: '≤ 0.8× at 200, ≤ 0.5× at 2,000',
      verdict: 'OVER',
    });
    expect(row({ '200': figures(9, 11.6), '2000': figures(40, 113) }, 'build ÷ Starlight (wall)')?.verdict).toBe('ok');
    // CPU: (14.8 + 1) ÷ (11.6 − 2), shown without a verdict.
    expect(row(results, 'build ÷ Starlight (CPU)')).toMatchObject({ values: { '200': '1.65×' }, verdict: '' });
  });

  it('say when Starlight was built once (--once), and judge nothing without a budget or without Starlight', () => {
    expect(row({ '200': figures(14.8, 11.6, 1) }, 'Starlight, same pages: wall / CPU s')?.budget).toContain('one cold build');
    expect(row({ bundled: figures(6, 5) }, 'build ÷ Starlight (wall)')).toMatchObject({ values: { bundled: '1.20×' }, verdict: '' });
    expect(row({ '200': figures(14.8) }, 'build ÷ Starlight (wall)')).toMatchObject({ values: {}, verdict: '' });
  });
});

describe('a Starlight install that fails', () => {
  it('says the registry is unreachable, with the line npm gives the reason on', () => {
    // The head of what npm 11 prints when the registry refuses the connection.
    const output = [
      'npm error code ECONNREFUSED',
      'npm error syscall connect',
      'npm error errno ECONNREFUSED',
      'npm error FetchError: request to http://127.0.0.1:9/@astrojs%2fstarlight failed, reason: connect ECONNREFUSED 127.0.0.1:9',
      'npm error     at ClientRequest.<anonymous> (/usr/lib/node_modules/npm/node_modules/minipass-fetch/lib/index.js:130:14)',
    ].join('\n');
    expect(installFailure(output)).toBe(
      'the npm registry is unreachable (npm error FetchError: request to http://127.0.0.1:9/@astrojs%2fstarlight failed, reason: connect ECONNREFUSED 127.0.0.1:9)',
    );
  });
  it('says the install failed otherwise', () => {
    expect(installFailure('npm error code ETARGET\nnpm error notarget No matching version found for @astrojs/starlight@0.37.99.')).toBe(
      'npm install failed (npm error notarget No matching version found for @astrojs/starlight@0.37.99.)',
    );
  });
});
