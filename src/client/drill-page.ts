/**
 * What the drill page's elements share: the card library (ids), its UI strings, the plan for the
 * page's address (src/lib/drill/plan.ts) and the cards, fetched as they are needed
 * (src/client/drill-cards.ts). Read once per page, by whichever element starts first.
 */
import { shanghaiDate } from '../lib/date';
import { expandLibrary } from '../lib/drill/card-files';
import { drillPlan, type DrillPlan } from '../lib/drill/plan';
import type { DrillLibrary } from '../lib/drill/select';
import { drillIsland } from '../lib/islands/drill';
import type { DrillKey } from '../lib/islands/strings';
import { loadCards } from './drill-cards';
import { island, strings, type Text } from './dom';

export interface DrillPage {
  library: DrillLibrary;
  plan: DrillPlan;
  text: Text<DrillKey>;
  /**
   * Fetches these cards (those not fetched yet). `failed` is true when some could not be had (offline
   * before the service worker kept them): the page says so instead of showing fewer cards silently.
   */
  load(ids: readonly string[]): Promise<{ failed: boolean }>;
  /** A fresh copy of a loaded card, or undefined for an id not loaded (or not in the library). */
  card(id: string): HTMLElement | undefined;
}

let page: DrillPage | undefined;

export function drillPage(from: Element): DrillPage {
  if (page) return page;
  const root = from.closest('[data-drill]');
  if (!root) throw new Error(`[playbook] <${from.localName}> must be inside the drill page's [data-drill]`);
  const library = expandLibrary(island(root, 'drill', drillIsland).library);
  const sources = new Map<string, HTMLElement>();
  const parse = (html: string) => {
    const template = document.createElement('template');
    template.innerHTML = html;
    const card = template.content.firstElementChild;
    return card instanceof HTMLElement ? card : undefined;
  };
  page = {
    library,
    plan: drillPlan(library, new URLSearchParams(location.search), shanghaiDate(new Date())),
    text: strings<DrillKey>(root),
    async load(ids) {
      const wanted = ids.filter((id) => !sources.has(id));
      if (wanted.length === 0) return { failed: false };
      const { cards, failed } = await loadCards(wanted);
      for (const [id, html] of Object.entries(cards)) {
        const card = sources.has(id) ? undefined : parse(html);
        if (card) sources.set(id, card);
      }
      return { failed };
    },
    card(id) {
      return sources.get(id)?.cloneNode(true) as HTMLElement | undefined;
    },
  };
  return page;
}
