/**
 * The related suggestions' child process (src/integrations/related.ts) over the bundled content,
 * fed what the build feeds it: the content check's entries.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check';
import { searchIndexesOf, searchLexicon } from '../../src/data/search-docs';
import { computeRelated, relatedInput, warnOnFailure, type RelatedResults } from '../../src/integrations/related';
import { contentOf } from '../../src/integrations/related-content';

const root = join(import.meta.dirname, '..', '..');

/** Waits until both results are in and their handlers have run. */
async function settled({ related, indexes }: RelatedResults): Promise<void> {
  await Promise.allSettled([related, indexes]);
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('related suggestions computed beside the build', async () => {
  const { entries } = await checkContent(root);
  const ids = (collection: string) => new Set(entries.filter((e) => e.collection === collection).map((e) => e.id));
  const kinds = { section: ids('handbook'), script: ids('scripts'), case: ids('cases') };

  it('suggests, for every section, script and case, other pages that exist', { timeout: 60_000 }, async () => {
    const related = new Map((await computeRelated(root, entries).related).related);
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
    const { search, basePath } = await computeRelated(root, entries).related;
    expect(basePath).toBe('/');
    expect(search).toStrictEqual(JSON.parse(JSON.stringify(searchLexicon(contentOf(relatedInput(entries))))));
    expect(search.lexicon.words.length).toBeGreaterThan(100);
  });

  it('hands back the finder’s and the part-of-a-word indexes, as the pages would build them from the same content', { timeout: 60_000 }, async () => {
    const { indexes, basePath } = await computeRelated(root, entries).indexes;
    expect(basePath).toBe('/');
    const all = contentOf(relatedInput(entries));
    expect(indexes).toStrictEqual(JSON.parse(JSON.stringify(searchIndexesOf(all, searchLexicon(all)))));
    // Not empty: a row for every page of the site index, and the finder's shards hold the scripts.
    expect(indexes.rows.length).toBeGreaterThan(100);
    expect(JSON.stringify(indexes.scripts)).toContain(all.scripts[0]!.id);
  });

  it('builds the lexicon links under the base path of a site published under /<repo>/, as its pages do', { timeout: 60_000 }, async () => {
    const results = computeRelated(root, entries, '/sales-playbook/');
    const { search, basePath } = await results.related;
    const { indexes } = await results.indexes;
    expect(basePath).toBe('/sales-playbook/');
    expect(search.pages.length).toBeGreaterThan(0);
    for (const page of search.pages) expect(page.url).toMatch(/^\/sales-playbook\//);
    for (const [, url] of Object.values(search.lexicon.glossary)) if (url) expect(url).toMatch(/^\/sales-playbook\//);
    for (const [url] of indexes.rows) expect(url).toMatch(/^\/sales-playbook\//);
  });

  it('fails with a message, never a crash, when the child cannot run', { timeout: 30_000 }, async () => {
    const failed = computeRelated(join(root, 'no-such-project'), entries);
    await expect(failed.related).rejects.toBeInstanceOf(Error);
    await expect(failed.indexes).rejects.toBeInstanceOf(Error);
    // The build says so once: the pages compute the suggestions, and with them the indexes.
    const warned: string[] = [];
    warnOnFailure(failed, { warn: (message) => warned.push(message) });
    await settled(failed);
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatch(/^相关推荐的后台计算失败，改在生成页面时计算：/);
  });

  it('says so when the child fails after handing over the suggestions: the pages build only the indexes', async () => {
    // The child's first line arrived (the suggestions), its second did not (computeRelated rejects the indexes).
    const results: RelatedResults = {
      related: computeRelated(root, []).related,
      indexes: Promise.reject(new Error('相关推荐的后台计算只给出了 1 行结果，应为 2 行')),
    };
    const warned: string[] = [];
    warnOnFailure(results, { warn: (message) => warned.push(message) });
    await settled(results);
    expect(warned).toEqual(['搜索索引的后台计算失败，改在生成页面时计算：相关推荐的后台计算只给出了 1 行结果，应为 2 行']);
  });
});
