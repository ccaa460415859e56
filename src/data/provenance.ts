/**
 * What a page says about where its rules come from: its 出处 (the sources it cites, with their
 * locators) and its rules awaiting confirmation (count and who confirms, from src/data/pending.ts —
 * the same list the sign-off sheet prints).
 */
import { sheetAnchor } from '../lib/pending-sheet';
import { urls } from '../lib/urls';
import { pendingRules } from './pending';
import { sourceData, type Citation } from './sources';

export interface PagePending {
  count: number;
  /** Who must confirm (the page owner's role name). */
  ownerName: string;
  /** The page's group on the sign-off sheet. */
  href: string;
}

export interface Provenance {
  citations: Citation[];
  pending?: PagePending;
}

/** The 出处 and pending rules of the page at `url` whose data cites `sources`. */
export async function provenanceOf(url: string, data: { sources?: { source: { id: string }; at: string }[] }): Promise<Provenance> {
  const [{ citations }, { byPage }] = await Promise.all([sourceData(), pendingRules()]);
  const rules = byPage.get(url) ?? [];
  const first = rules[0];
  return {
    citations: citations({ sources: data.sources ?? [] }),
    ...(first
      ? { pending: { count: rules.length, ownerName: first.ownerName, href: urls.pending(sheetAnchor(first.owner, first.group.key)) } }
      : {}),
  };
}
