/**
 * Builds the Pagefind index after `astro build`, through Pagefind's Node API, so `npm run build`
 * leaves a searchable dist/ with no extra command. Only elements marked data-pagefind-body (the
 * <main> of content pages) are indexed; <html lang="zh-CN"> makes Pagefind segment Chinese.
 * Its word index is then re-cut into small chunks (pagefind-rechunk.ts), so a query fetches a few
 * kB per word instead of Pagefind's ~32 kB chunks.
 * Then the search lexicon's glossary cards learn the Pagefind page id of the section each term
 * names, so search can rank that page first for the term without loading any result, and the
 * part-of-a-word index's rows the ids of their pages.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { normaliseBase, withBase } from '../lib/urls';
import { withPageIds, type Lexicon } from '../lib/search/vocabulary';
import { PAGEFIND_CHUNK_BYTES, PAGEFIND_DF_MIN, type PageRow } from '../lib/search/indexes';
import { pagefindDocFrequencies } from './pagefind-rechunk';
import { rechunkInChild } from './rechunk-child';
import { joinLexicon, wholeLexicon, withDocFrequencies, type LexiconCore, type LexiconShard } from '../lib/search/lexicon-shards';
import { withPagefindFiles, type PagefindEntry } from '../lib/search/pagefind-files';
import { writeQuickAnswers } from './quick-answers';
import { DEFER_PAGES } from '../lib/search/site-search';

/**
 * Link (under the base path, as the lexicon holds it) → Pagefind page id, read from the fragments
 * Pagefind wrote (gzip JSON behind a signature; their urls are site paths, the base is added in the browser).
 */
function pageIds(dir: string, base: string): Map<string, string> {
  const ids = new Map<string, string>();
  for (const file of readdirSync(dir)) {
    if (!file.endsWith('.pf_fragment')) continue;
    const text = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
    const { url } = JSON.parse(text.slice(text.indexOf('{'))) as { url: string };
    ids.set(withBase(url, base), file.replace(/\.pf_fragment$/, ''));
  }
  return ids;
}

export function pagefindIndex(): AstroIntegration {
  let base = '/';
  let root = process.cwd();
  return {
    name: 'playbook:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        // When each step ended, from the start of this hook (`astro build --verbose`), to see where the time goes.
        const step = (what: string) => logger.debug(`${what}：${Math.round(performance.now() - started)} ms`);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
        if (!index) throw new Error(`Pagefind 无法创建索引：${errors.join('；')}`);
        try {
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind 索引页面失败：${added.errors.join('；')}`);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind 写入索引失败：${written.errors.join('；')}`);
          logger.info(`Pagefind: ${added.page_count} 个页面已编入索引（${Math.round(performance.now() - started)} ms）`);
        } finally {
          await pagefind.close();
        }
        step('Pagefind 索引已写出');
        try {
          // In a child process: decoding the whole index takes ~300 MiB at 2,000 sections (rechunk-child.ts).
          for (const { before, after } of await rechunkInChild(root, join(site, 'pagefind'), PAGEFIND_CHUNK_BYTES)) {
            const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
            logger.info(
              `Pagefind 词索引重新分块：${before.chunks} 块（最大 ${kb(before.largest)}）→ ${after.chunks} 块（最大 ${kb(after.largest)}）`,
            );
          }
        } catch (error) {
          // An index format this build does not know stays as Pagefind wrote it: search works, only heavier.
          logger.warn(`Pagefind 词索引未重新分块（保持原样）：${(error as Error).message}`);
        }
        step('词索引重新分块一步已结束');
        // The search page names the files Pagefind starts with, so that a first query fetches them
        // with Pagefind's code instead of after its entry file (src/lib/search/pagefind-files.ts).
        const searchPage = join(site, 'search', 'index.html');
        if (existsSync(searchPage)) {
          const entry = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
          writeFileSync(searchPage, withPagefindFiles(readFileSync(searchPage, 'utf8'), entry));
        }
        // The whole lexicon (script finder) and its shards (site search) hold the glossary cards.
        const ids = pageIds(join(site, 'pagefind', 'fragment'), base);
        const lexiconFile = join(site, 'search', 'lexicon.json');
        const lexicon = withPageIds(JSON.parse(readFileSync(lexiconFile, 'utf8')) as Lexicon, ids);
        // The part-of-a-word index's rows learn their pages' ids too: its results and Pagefind's are
        // told apart without loading either.
        const pagesDir = join(site, 'search', 'pages');
        for (const file of readdirSync(pagesDir).filter((name) => /^rows-\d+\.json$/.test(name))) {
          const rows = JSON.parse(readFileSync(join(pagesDir, file), 'utf8')) as PageRow[];
          const withIds = rows.map((row): PageRow => {
            const page = ids.get(row[0]);
            return page ? [row[0], row[1], row[2], row[3], page] : row;
          });
          writeFileSync(join(pagesDir, file), JSON.stringify(withIds));
        }
        // The lexicon shards also learn how many pages hold each common word, so search can ask
        // Pagefind for a query's rarest terms first. Unreadable: every term is asked at once, as before.
        let df = new Map<string, number>();
        try {
          df = pagefindDocFrequencies(join(site, 'pagefind'), PAGEFIND_DF_MIN);
        } catch (error) {
          logger.warn(`Pagefind 词频未读出（搜索一次查询全部词语）：${(error as Error).message}`);
        }
        const shardDir = join(site, 'search', 'lexicon');
        const core = JSON.parse(readFileSync(join(shardDir, 'core.json'), 'utf8')) as LexiconCore;
        const written: LexiconShard[] = [];
        for (let n = 0; n < core.shards; n++) {
          const file = join(shardDir, `${n}.json`);
          const linked = withPageIds(JSON.parse(readFileSync(file, 'utf8')) as LexiconShard, ids);
          written[n] = df.size ? withDocFrequencies(linked, n, core.shards, df, DEFER_PAGES) : linked;
          writeFileSync(file, JSON.stringify(written[n]));
        }
        // The whole lexicon holds what its shards hold, page counts too: site search loads it at
        // once, instead of shard by shard, for a query of many characters (search-data.ts).
        const joined = joinLexicon(core, written);
        writeFileSync(lexiconFile, JSON.stringify(wholeLexicon(lexicon, joined)));
        step('词典已写出页面编号和词频');
        // The header box's quick answers: every term ranked by the search page's code over this index.
        const quickStarted = performance.now();
        const terms = await writeQuickAnswers(site, base, joined, {
          projectRoot: root,
          warn: (message) => logger.warn(message),
        });
        logger.info(`搜索框快速答案：${terms} 个词语（${Math.round(performance.now() - quickStarted)} ms）`);
      },
    },
  };
}
