/**
 * The script finder's lunr query over the bundled scripts, built as the build builds it (the content
 * check's entries, the finder's documents and fields, the lexicon's dictionary, cut into shards and
 * joined and loaded as the browser does): `searchIndex` must answer exactly what lunr's own
 * `Index.prototype.query` answers over the same index for the same clauses — refs, order and scores — for every word a
 * rep can type (lexicon words and aliases, single characters, pinyin prefixes, the quality test's queries).
 */
import { join } from 'node:path';
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check';
import { scriptIndexDocs, searchLexicon } from '../../src/data/search-docs';
import { relatedInput } from '../../src/integrations/related';
import { contentOf } from '../../src/integrations/related-content';
import { SCRIPT_FIELDS, SCRIPT_SHARDS } from '../../src/lib/search/indexes';
import { buildIndex, serialize, toLunr, type CompactIndex } from '../../src/lib/search/lunr-index';
import { load, searchIndex, type Hit } from '../../src/lib/search/lunr-query';
import { pinyinLetters, understandQuery } from '../../src/lib/search/query';
import { joinShards, splitIndex } from '../../src/lib/search/shards';
import { Dictionary, hasCjk, queryTokens } from '../../src/lib/search/tokenize';
import { QUALITY_QUERIES, TUNING_QUERIES } from '../e2e/search-queries';

const root = join(import.meta.dirname, '..', '..');

/** The finder's query as lunr itself runs it (the implementation searchIndex replaced). */
function lunrQuery(index: lunr.Index, query: string, dictionary: Dictionary): Hit[] {
  const tokens = queryTokens(query, dictionary);
  if (tokens.length === 0) return [];
  return index
    .query((q) => {
      for (const token of tokens) {
        const cjk = hasCjk(token);
        const boost = cjk ? (token.length >= 2 ? token.length * 2 : 0.3) : 3;
        q.term(token, { boost, wildcard: lunr.Query.wildcard.NONE });
        if ((!cjk && token.length >= 1) || (cjk && tokens.length === 1 && token.length === 1)) {
          q.term(token, { boost: boost / 2, wildcard: lunr.Query.wildcard.TRAILING });
        }
      }
    })
    .map((r) => ({ ref: r.ref, score: r.score }));
}

describe('script finder query over the bundled scripts', async () => {
  const { entries } = await checkContent(root);
  // The collections as the build's related-suggestions child rebuilds them from the check's parsed entries.
  const all = contentOf(relatedInput(entries));
  const { lexicon, pinyin } = searchLexicon(all);
  const dictionary = new Dictionary(lexicon.words);
  // Through JSON, as the files are written and fetched.
  const compact = JSON.parse(JSON.stringify(serialize(buildIndex(scriptIndexDocs(all.scripts), SCRIPT_FIELDS, dictionary)))) as CompactIndex;
  const { manifest, shards } = splitIndex(compact, SCRIPT_SHARDS);
  const joined = joinShards(manifest, shards);
  const index = load(joined);
  const lunrIndex = toLunr(joined);

  const probes = new Set<string>(lexicon.words);
  for (const script of all.scripts) for (const char of script.data.title) probes.add(char);
  for (const key of Object.keys(pinyin)) for (let n = 1; n <= Math.min(4, key.length); n++) probes.add(key.slice(0, n));
  // Every Latin term (pinyin keys, trade terms, numbers) and its beginnings: the prefix matches' order.
  for (const [term] of joined.terms) {
    if (!hasCjk(term as string)) for (let n = 1; n <= (term as string).length; n++) probes.add((term as string).slice(0, n));
  }
  for (const { query } of [...TUNING_QUERIES, ...QUALITY_QUERIES]) {
    probes.add(query);
    const understood = understandQuery(query, lexicon, pinyinLetters(query, lexicon).length ? pinyin : undefined);
    for (const term of understood.terms) for (const { word } of term.words) probes.add(word);
  }

  it('answers exactly as lunr’s own query: same scripts, order and scores', () => {
    let hits = 0;
    for (const probe of probes) {
      const expected = lunrQuery(lunrIndex, probe, dictionary);
      expect(searchIndex(index, probe, dictionary), probe).toEqual(expected);
      // A lunr index built in the process (the related suggestions') is searched the same way.
      expect(searchIndex(lunrIndex, probe, dictionary), probe).toEqual(expected);
      hits += expected.length;
    }
    // Thousands of probes, most of them finding scripts (bundled: ~5,000 probes, ~8,000 hits).
    expect(probes.size).toBeGreaterThan(1000);
    expect(hits).toBeGreaterThan(probes.size);
  });

  it('ranks the script a rep means first', () => {
    expect(searchIndex(index, '太贵', dictionary)[0]?.ref).toBe('price-too-high');
    expect(searchIndex(index, 'cif', dictionary).map((hit) => hit.ref)).toContain('cfr-cif-quote');
  });
});
