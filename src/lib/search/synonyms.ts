/**
 * Query widening by synonyms kept as content: glossary aliases (砍价 → 议价) and role aliases
 * (商务代表 → 业务员). The build writes the table to /search/synonyms.json; the browser widens each
 * query into a few variants that are searched separately and merged.
 */

/** A canonical term and the other words people use for it. */
export interface SynonymGroup {
  term: string;
  aliases: string[];
}

/** alias → canonical term (lower-cased), longest aliases first so 销售部经理 wins over 经理. */
export type SynonymTable = [alias: string, term: string][];

export function synonymTable(groups: SynonymGroup[]): SynonymTable {
  const table = new Map<string, string>();
  for (const { term, aliases } of groups) {
    for (const alias of aliases) {
      const key = alias.trim().toLowerCase();
      if (key && key !== term.toLowerCase() && !table.has(key)) table.set(key, term);
    }
  }
  return [...table].sort((a, b) => b[0].length - a[0].length);
}

/** Where `alias` occurs in `text`; a Latin alias (CIF, baojia) only as a whole word. */
function findAlias(text: string, alias: string): number {
  if (/[\u3400-\u9fff]/.test(alias)) return text.indexOf(alias);
  const match = new RegExp(`(^|[^a-z0-9])${alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z0-9])`).exec(text);
  return match ? match.index + match[1]!.length : -1;
}

/**
 * The query and up to `max - 1` variants where an alias is replaced by its canonical term, e.g.
 * 客人砍价 → [客人砍价, 客户砍价, 客人议价, 客户议价]. The original always comes first.
 */
export function widenQuery(query: string, table: SynonymTable, max = 4): string[] {
  const original = query.trim();
  if (!original) return [];
  const lower = original.toLowerCase();
  const hits: { at: number; alias: string; term: string }[] = [];
  for (const [alias, term] of table) {
    const at = findAlias(lower, alias);
    // Skip an alias found inside a longer alias already taken, and aliases inside the term itself.
    if (at < 0 || hits.some((h) => at < h.at + h.alias.length && h.at < at + alias.length)) continue;
    if (lower.includes(term.toLowerCase()) && term.toLowerCase().includes(alias)) continue;
    hits.push({ at, alias, term });
  }
  let variants = [original];
  for (const hit of hits) {
    const next: string[] = [];
    for (const variant of variants) {
      next.push(variant);
      const index = findAlias(variant.toLowerCase(), hit.alias);
      if (index >= 0) next.push(variant.slice(0, index) + hit.term + variant.slice(index + hit.alias.length));
    }
    variants = [...new Set(next)];
  }
  // Order: original, then variants with the most replacements (closest to the content's wording).
  const [first, ...rest] = variants;
  return [first!, ...rest.reverse()].slice(0, max);
}
