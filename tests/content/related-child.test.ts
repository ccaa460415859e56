/**
 * The related suggestions' child process (src/integrations/related.ts) over the bundled content,
 * fed what the build feeds it: the content check's entries.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check';
import { searchLexicon } from '../../src/data/search-docs';
import { computeRelated, relatedInput } from '../../src/integrations/related';
import { contentOf } from '../../src/integrations/related-content';

const root = join(import.meta.dirname, '..', '..');

describe('related suggestions computed beside the build', async () => {
  const { entries } = await checkContent(root);
  const ids = (collection: string) => new Set(entries.filter((e) => e.collection === collection).map((e) => e.id));
  const kinds = { section: ids('handbook'), script: ids('scripts'), case: ids('cases') };

  it('suggests, for every section, script and case, other pages that exist', { timeout: 60_000 }, async () => {
    const related = new Map((await computeRelated(root, entries)).related);
    for (const [kind, set] of Object.entries(kinds)) for (const id of set) expect(related.has(`${kind}:${id}`), `${kind}:${id}`).toBe(true);
    let suggested = 0;
    for (const [key, lists] of related) {
      for (const [kind, list] of Object.entries(lists)) {
        for (const id of list) {
          expect(kinds[kind as keyof typeof kinds].has(id), `${key} → ${kind}:${id}`).toBe(true);
          expect(`${kind}:${id}`, key).not.toBe(key);
          suggested++;
        }
      }
    }
    expect(suggested).toBeGreaterThan(related.size);
  });

  it('hands back the search lexicon it computed them with, as the pages would build it from the same content', { timeout: 60_000 }, async () => {
    const { search, basePath } = await computeRelated(root, entries);
    expect(basePath).toBe('/');
    expect(search).toStrictEqual(JSON.parse(JSON.stringify(searchLexicon(contentOf(relatedInput(entries))))));
    expect(search.lexicon.words.length).toBeGreaterThan(100);
  });

  it('builds the lexicon links under the base path of a site published under /<repo>/, as its pages do', { timeout: 60_000 }, async () => {
    const { search, basePath } = await computeRelated(root, entries, '/sales-playbook/');
    expect(basePath).toBe('/sales-playbook/');
    expect(search.pages.length).toBeGreaterThan(0);
    for (const page of search.pages) expect(page.url).toMatch(/^\/sales-playbook\//);
    for (const [, url] of Object.values(search.lexicon.glossary)) if (url) expect(url).toMatch(/^\/sales-playbook\//);
  });

  it('fails with a message, never a crash, when the child cannot run', { timeout: 30_000 }, async () => {
    await expect(computeRelated(join(root, 'no-such-project'), entries)).rejects.toBeInstanceOf(Error);
  });
});
