/**
 * The ranking of the search page and the header box, in one place: widen the query by synonyms,
 * search each variant with Pagefind, merge, load the top results, put exact-phrase pages first,
 * and fall back to the lunr bigram index when Pagefind finds nothing (part of a word, an unusual
 * split). The engine is injected, so the same code runs in the browser and in tests.
 */
import { PAGE_TYPE_LABELS } from './scope';
import { escapeHtml, safeExcerpt } from './excerpt';
import { holdsPhrase, phrasesOf, rerankByPhrase } from './rerank';
import { widenQuery, type SynonymTable } from './synonyms';

/** The subset of Pagefind's JS API used here. */
export interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}
export interface PagefindApi {
  search(
    query: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: { id: string; score: number; data(): Promise<PagefindData> }[] } | null>;
}

export interface SiteHit {
  url: string;
  title: string;
  /** Safe HTML: text escaped, only <mark> kept. */
  excerpt: string;
  type?: string;
  sub: { url: string; title: string; excerpt: string }[];
}

export interface SiteSearchResult {
  query: string;
  variants: string[];
  hits: SiteHit[];
  total: number;
  fallback: boolean;
}

export interface SiteSearchOptions {
  synonyms: SynonymTable;
  filters?: Record<string, string>;
  /** How many merged results to load and re-rank (each costs one fragment fetch). */
  load?: number;
  /**
   * Glossary "best bets": term → [section url, section title, definition]. When the query (or a
   * synonym variant) is a glossary term, the section that explains it comes first.
   */
  bestBets?: Record<string, [url: string, title: string, definition: string]>;
  /** Search when Pagefind returns nothing; returns hits already safe. */
  fallback?: (query: string) => Promise<SiteHit[]>;
}

export const MAX_QUERY = 100;

/** Words in almost every page or query; they say nothing about which page is meant. */
const COMMON = new Set([
  '你们',
  '我们',
  '他们',
  '人家',
  '这个',
  '那个',
  '怎么',
  '可以',
  '就是',
  '还是',
  '一个',
  '没有',
  '什么',
  '如何',
  '时候',
  '应该',
  '需要',
]);

let segmenter: Intl.Segmenter | undefined;
/** The words of a query that carry meaning: Chinese words of 2+ characters, Latin words. */
export function queryWords(query: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const words = [...segmenter.segment(query.toLowerCase())]
    .filter((s) => s.isWordLike && !COMMON.has(s.segment) && (s.segment.length > 1 || /[a-z0-9]/.test(s.segment)))
    .map((s) => s.segment);
  return [...new Set(words)];
}

/** Trim, collapse whitespace and cap a user query; drop characters that are only noise. */
export function cleanQuery(raw: string): string {
  return raw
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY);
}

/** Question words a rep types around the subject (怎么处理投诉 → 处理投诉); never the whole query. */
const FILLERS = /(怎么样|怎么办|怎么|怎样|如何|什么是|是什么|什么|为什么|哪些|哪个|吗|呢|吧|的方法|[?？!！。，,])/g;

export function stripFillers(query: string): string {
  const stripped = query.replace(FILLERS, ' ').replace(/\s+/g, ' ').trim();
  return stripped || query;
}

export async function searchSite(pagefind: PagefindApi, raw: string, options: SiteSearchOptions): Promise<SiteSearchResult> {
  const query = cleanQuery(raw);
  const empty = { query, variants: [], hits: [], total: 0, fallback: false };
  if (!query) return empty;
  const variants = widenQuery(stripFillers(query), options.synonyms);
  // Pagefind is searched with each variant as typed and with only the words that carry meaning
  // (人家比你们便宜 → 便宜), so pages full of 你们 do not crowd out the one about 便宜.
  // The meaningful-words form is added for what the rep typed only; each extra form is one more
  // Pagefind search on the first-query path.
  const forms = [...new Set([...variants.slice(0, 1), queryWords(variants[0]!).join(' ') || variants[0]!, ...variants.slice(1, 3)])];
  const searches = await Promise.all(forms.map((form) => pagefind.search(form, { filters: options.filters ?? {} })));
  const merged = new Map<string, { id: string; score: number; data(): Promise<PagefindData> }>();
  searches.forEach((search, formIndex) => {
    for (const result of search?.results ?? []) {
      // Synonym variants count a little less than what the rep typed.
      const score = result.score * (formIndex < 2 ? 1 : 0.9);
      const seen = merged.get(result.id);
      if (!seen || seen.score < score) merged.set(result.id, { ...result, score });
    }
  });
  const ordered = [...merged.values()].sort((a, b) => b.score - a.score);
  const canonical = new Map(options.synonyms);
  const bets: SiteHit[] = variants.flatMap((variant) => {
    const key = variant.toLowerCase();
    const bet = options.bestBets?.[key] ?? options.bestBets?.[canonical.get(key)?.toLowerCase() ?? ''];
    return bet
      ? [
          {
            url: bet[0],
            title: bet[1],
            excerpt: `<mark>${escapeHtml(variant)}</mark>：${escapeHtml(bet[2])}`,
            type: bet[0].startsWith('/handbook/') ? PAGE_TYPE_LABELS.handbook : PAGE_TYPE_LABELS.glossary,
            sub: [],
          },
        ]
      : [];
  });
  if (ordered.length === 0) {
    const found = options.fallback ? await options.fallback(query) : [];
    const hits = [...bets, ...found.filter((hit) => !bets.some((bet) => bet.url === hit.url))];
    return { query, variants, hits, total: hits.length, fallback: found.length > 0 };
  }
  const loaded = await Promise.all(ordered.slice(0, options.load ?? 12).map((result) => result.data()));
  const ranked = rerankByPhrase(
    loaded.map((data) => ({ data, title: data.meta.title ?? '', content: data.content })),
    phrasesOf(variants),
    queryWords(variants[0] ?? query),
  );
  const hits = ranked.map(({ data, title }) => ({
    url: data.url,
    title,
    excerpt: safeExcerpt(data.excerpt),
    type: data.meta.type,
    sub: (data.sub_results ?? [])
      .filter((sub) => sub.url !== data.url && sub.title !== title)
      .slice(0, 3)
      .map((sub) => ({ url: sub.url, title: sub.title, excerpt: safeExcerpt(sub.excerpt) })),
  }));
  // A short Chinese query that no loaded page holds as written is likely part of a word (户档 in
  // 客户档案) that Pagefind's word index cannot see: ask the bigram index too, and put its hits first.
  let found: SiteHit[] = [];
  const phrases = phrasesOf(variants);
  if (options.fallback && /^[\u3400-\u9fff]{2,3}$/.test(query) && !ranked.some((item) => holdsPhrase(item, phrases))) {
    found = await options.fallback(query);
  }
  const merged_ = [...bets.slice(0, 1), ...found, ...hits];
  const unique = merged_.filter((hit, i) => merged_.findIndex((other) => other.url === hit.url) === i);
  return { query, variants, hits: unique, total: Math.max(ordered.length, unique.length), fallback: found.length > 0 };
}
