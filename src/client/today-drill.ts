/** <today-drill>: the home page's list of today's drill scripts, chosen for today's Shanghai date. */
import { shanghaiDate } from '../lib/date';
import { selectScripts } from '../lib/drill/select';
import { todayDrillIsland } from '../lib/islands/today-drill';
import { urls } from '../lib/urls';
import { create, island, required } from './dom';

class TodayDrill extends HTMLElement {
  connectedCallback(): void {
    const data = island(this, 'today-drill', todayDrillIsland);
    const { scripts, theme } = selectScripts(data, shanghaiDate(new Date()));
    required(this, '[data-list]').replaceChildren(
      ...scripts.map((id) => {
        const item = create('li');
        item.append(create('a', { href: urls.script(id), textContent: data.titles[id] ?? id }));
        return item;
      }),
    );
    const badge = required(this, '[data-theme]');
    badge.textContent = theme?.title ?? '';
    badge.hidden = !theme;
    required(this, '[data-lead]').hidden = scripts.length === 0;
  }
}

customElements.define('today-drill', TodayDrill);
