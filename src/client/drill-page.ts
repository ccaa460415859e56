/**
 * What the drill page's elements share: the island (card library, titles), its UI strings, the plan
 * for the page's address (src/lib/drill/plan.ts) and the template every card is cloned from. Read
 * once per page, by whichever element starts first.
 */
import { shanghaiDate } from '../lib/date';
import { drillPlan, type DrillPlan } from '../lib/drill/plan';
import { drillIsland, type DrillIsland } from '../lib/islands/drill';
import type { DrillKey } from '../lib/islands/strings';
import { island, required, strings, type Text } from './dom';

export interface DrillPage {
  data: DrillIsland;
  plan: DrillPlan;
  text: Text<DrillKey>;
  /** A fresh copy of a card, or undefined for an id the page does not hold. */
  card(id: string): HTMLElement | undefined;
}

let page: DrillPage | undefined;

export function drillPage(from: Element): DrillPage {
  if (page) return page;
  const root = from.closest('[data-drill]');
  if (!root) throw new Error(`[playbook] <${from.localName}> must be inside the drill page's [data-drill]`);
  const data = island(root, 'drill', drillIsland);
  const template = required(root, 'template[data-cards]', HTMLTemplateElement);
  page = {
    data,
    plan: drillPlan(data.library, new URLSearchParams(location.search), shanghaiDate(new Date())),
    text: strings<DrillKey>(root),
    card(id) {
      const source = template.content.querySelector(`[data-card-id="${CSS.escape(id)}"]`);
      return source instanceof HTMLElement ? (source.cloneNode(true) as HTMLElement) : undefined;
    },
  };
  return page;
}
