/**
 * A build compiles each Markdown body once: the content check renders it with Astro's own
 * processor and the content sync reuses that page (src/integrations/rendered-bodies.ts). Here the
 * consumer is Astro's real .md entry type, fed the files as Astro's loader reads them, and every
 * bundled body must come out exactly as Astro renders it itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownConfigDefaults } from '@astrojs/markdown-remark';
import type { AstroConfig } from 'astro';
import { describe, expect, it } from 'vitest';
// Astro's entry type for .md content (not exported by the package: its file, as Astro's glob loader uses it).
import { markdownContentEntryType } from '../../node_modules/astro/dist/vite-plugin-markdown/content-entry-type.js';
import { checkContent } from '../../src/check';
import { markdownPlugins } from '../../src/plugins/markdown';
import { endSharedBodies, reusingRenderedBodies, shareRenderedBodies } from '../../src/integrations/rendered-bodies';

const root = join(import.meta.dirname, '..', '..');
const contentDir = join(root, 'content');

/** The parts of a resolved Astro config the .md entry type reads, as astro.config.mjs sets them. */
const config = {
  markdown: { ...markdownConfigDefaults, syntaxHighlight: false, ...markdownPlugins(contentDir, '/') },
  image: { domains: [], remotePatterns: [] },
} as unknown as AstroConfig;
const astroMarkdown = { image: config.image, ...config.markdown };

type Render = (entry: { id: string; data: Record<string, unknown>; body?: string; filePath?: string }) => Promise<unknown>;

/** Each file's entry as Astro's glob loader hands it to the render function (a fresh front matter object each call). */
async function loaderEntry(filePath: string) {
  const fileUrl = pathToFileURL(filePath);
  const { data, body } = await markdownContentEntryType.getEntryInfo({ contents: readFileSync(filePath, 'utf8'), fileUrl });
  return { id: filePath, data, body, filePath };
}

describe('one Markdown compile per body', { timeout: 120_000 }, () => {
  it('gives the content sync, for every bundled .md body, exactly the page Astro renders itself', async () => {
    const { problems, rendered } = await checkContent(root, 'content', { astroMarkdown });
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    const files = [...rendered.keys()].sort();
    expect(files.length).toBeGreaterThan(100);

    const astroRender = (await markdownContentEntryType.getRenderFunction!(config)) as Render;
    shareRenderedBodies(astroMarkdown, rendered);
    const types = reusingRenderedBodies(new Map([['.md', markdownContentEntryType]]));
    const reusing = (await types.get('.md')!.getRenderFunction!(config)) as Render;
    for (const file of files) {
      const own = await astroRender(await loaderEntry(file));
      const reused = await reusing(await loaderEntry(file));
      expect(JSON.stringify(reused), file).toBe(JSON.stringify(own));
    }
    // Every body came from the check: none was compiled a second time.
    expect(endSharedBodies()).toEqual({ reused: files.length, compiled: 0 });
  });

  it('lets Astro compile a body whose text is not the one the check compiled, and with other options', async () => {
    const file = join(contentDir, 'handbook/daily-work/morning-routine.md');
    const { rendered } = await checkContent(root, 'content', { astroMarkdown });
    const astroRender = (await markdownContentEntryType.getRenderFunction!(config)) as Render;

    shareRenderedBodies(astroMarkdown, rendered);
    const reusing = (await reusingRenderedBodies(new Map([['.md', markdownContentEntryType]]))
      .get('.md')!
      .getRenderFunction!(config)) as Render;
    const edited = { ...(await loaderEntry(file)), body: '## 改过的正文\n\n晨会八点五十开始。' };
    expect(await reusing(edited)).toEqual(await astroRender({ ...edited, data: { ...edited.data } }));
    expect(endSharedBodies()).toEqual({ reused: 0, compiled: 1 });

    // Options that differ (here smartypants off) mean the check's pages are not the build's.
    shareRenderedBodies(astroMarkdown, rendered);
    const other = { ...config, markdown: { ...config.markdown, smartypants: false } } as AstroConfig;
    const plain = (await reusingRenderedBodies(new Map([['.md', markdownContentEntryType]]))
      .get('.md')!
      .getRenderFunction!(other)) as Render;
    await plain(await loaderEntry(file));
    expect(endSharedBodies()).toEqual({ reused: 0, compiled: 1 });
  });
});
