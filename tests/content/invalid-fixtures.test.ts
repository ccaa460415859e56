/**
 * Each folder under tests/fixtures/invalid replaces files of the valid fixture site with a broken
 * one; expected.txt holds the exact lines the content check must print. Error text is API.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownConfigDefaults } from '@astrojs/markdown-remark';
import { checkContent, formatProblem } from '../../src/check';
import { markdownPlugins } from '../../src/plugins/markdown';
import { FIXTURES, fixtureProject } from './fixture-site';

const invalid = join(FIXTURES, 'invalid');

describe('the content check', () => {
  it('passes the valid fixture site', async () => {
    const { problems } = await checkContent(fixtureProject());
    expect(problems.map(formatProblem)).toEqual([]);
  });

  for (const name of readdirSync(invalid)) {
    it(`reports ${name} with file, line, field and fix`, async () => {
      const expected = readFileSync(join(invalid, name, 'expected.txt'), 'utf8').trim().split('\n');
      const { problems } = await checkContent(fixtureProject(join(invalid, name)));
      expect(problems.map(formatProblem)).toEqual(expected);
    });
  }

  // A build's check compiles .md bodies with Astro's own processor (to reuse the pages): the same lines.
  for (const name of readdirSync(invalid)) {
    it(`reports ${name} the same way in a build`, async () => {
      const expected = readFileSync(join(invalid, name, 'expected.txt'), 'utf8').trim().split('\n');
      const root = fixtureProject(join(invalid, name));
      const astroMarkdown = { ...markdownConfigDefaults, syntaxHighlight: false as const, ...markdownPlugins(join(root, 'content'), '/') };
      const { problems } = await checkContent(root, 'content', { astroMarkdown });
      expect(problems.map(formatProblem)).toEqual(expected);
    });
  }

  it('collects every problem at once instead of stopping at the first', async () => {
    const root = fixtureProject(join(invalid, 'missing-title'));
    const { cpSync } = await import('node:fs');
    cpSync(join(invalid, 'bad-date'), join(root, 'content'), { recursive: true, filter: (src) => !src.endsWith('.txt') });
    const { problems } = await checkContent(root);
    expect(problems.map((p) => p.field)).toEqual(['effective', 'title']);
  });
});
