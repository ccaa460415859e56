/**
 * The sign-off sheet of rules awaiting confirmation (/handbook/pending/): every pending rule with
 * its page, owner and chapter, numbered, grouped by the role that must confirm it and, within
 * that, by chapter (or area). Pure: src/data/pending.ts collects the rules.
 */

/** A chapter, or an area outside the chapters (scripts, glossary, …), in the sheet's order. */
export interface PendingGroup {
  key: string;
  title: string;
  href: string;
  order: number;
}

export interface PendingRule {
  /** The mark's element id on its page. */
  id: string;
  text: string;
  /** Page URL with #id: the exact place. */
  href: string;
  /** The page's URL without the anchor. */
  page: string;
  pageTitle: string;
  /** Where on the page: heading path or field (报价时限 › 催复, 要点, 对话第 3 句); may be empty. */
  where: string;
  /** Role id and name of who must confirm. */
  owner: string;
  ownerName: string;
  group: PendingGroup;
}

/** The sign-off sheet's anchor for one owner's part, or for one chapter (area) within it. */
export function sheetAnchor(owner: string, group?: string): string {
  return group ? `${owner}--${group}` : `owner-${owner}`;
}

export interface SheetRule extends PendingRule {
  /** 1-based number across the whole sheet, for “第 12 条” on paper. */
  n: number;
}

export interface SheetGroup {
  group: PendingGroup;
  rules: SheetRule[];
}

export interface SheetOwner {
  owner: string;
  ownerName: string;
  count: number;
  groups: SheetGroup[];
}

/**
 * Owners in role order (content/roles.yaml), each with their chapters and areas in handbook order;
 * rules keep their page order and are numbered in the order printed.
 */
export function signOffSheet(rules: readonly PendingRule[], roleOrder: readonly string[]): SheetOwner[] {
  const rank = (owner: string) => {
    const index = roleOrder.indexOf(owner);
    return index < 0 ? roleOrder.length : index;
  };
  const owners = new Map<
    string,
    { owner: string; ownerName: string; groups: Map<string, { group: PendingGroup; rules: PendingRule[] }> }
  >();
  for (const rule of rules) {
    if (!owners.has(rule.owner)) owners.set(rule.owner, { owner: rule.owner, ownerName: rule.ownerName, groups: new Map() });
    const groups = owners.get(rule.owner)!.groups;
    if (!groups.has(rule.group.key)) groups.set(rule.group.key, { group: rule.group, rules: [] });
    groups.get(rule.group.key)!.rules.push(rule);
  }
  let n = 0;
  return [...owners.values()]
    .sort((a, b) => rank(a.owner) - rank(b.owner) || a.owner.localeCompare(b.owner))
    .map((owner) => {
      const groups = [...owner.groups.values()]
        .sort((a, b) => a.group.order - b.group.order)
        .map((entry) => ({ group: entry.group, rules: entry.rules.map((rule) => ({ ...rule, n: ++n })) }));
      return { owner: owner.owner, ownerName: owner.ownerName, count: groups.reduce((sum, g) => sum + g.rules.length, 0), groups };
    });
}

/** How many rules each chapter or area has, in handbook order (the sheet's summary). */
export function countsByGroup(rules: readonly PendingRule[]): { group: PendingGroup; count: number }[] {
  const counts = new Map<string, { group: PendingGroup; count: number }>();
  for (const rule of rules) {
    const entry = counts.get(rule.group.key) ?? { group: rule.group, count: 0 };
    entry.count++;
    counts.set(rule.group.key, entry);
  }
  return [...counts.values()].sort((a, b) => a.group.order - b.group.order);
}
