/**
 * <today-drill>: the home page's list of today's drill scripts, chosen for today's Shanghai date,
 * with their titles from the scripts' drill card files (the same files the drill then uses).
 */
import { shanghaiDate } from '../lib/date';
import { expandThemes } from '../lib/drill/card-files';
import { selectScripts } from '../lib/drill/select';
import { todayDrillIsland } from '../lib/islands/today-drill';
import { urls } from '../lib/urls';
import { loadTitles } from './drill-cards';
import { create, island, required } from './dom';

class TodayDrill extends HTMLElement {
  connectedCallback(): void {
    const data = island(this, 'today-drill', todayDrillIsland);
    const { scripts, theme } = selectScripts(
      { scripts: data.scripts, themes: expandThemes(data.themes, data.scripts) },
      shanghaiDate(new Date()),
    );
    const badge = required(this, '[data-theme]');
    badge.textContent = theme?.title ?? '';
    badge.hidden = !theme;
    void loadTitles(scripts).then((titles) => {
      required(this, '[data-list]').replaceChildren(
        ...scripts.map((id) => {
          const item = create('li');
          // Offline before the service worker kept the titles: the script's id still links to it.
          item.append(create('a', { href: urls.script(id), textContent: titles[id] ?? id }));
          return item;
        }),
      );
      required(this, '[data-lead]').hidden = scripts.length === 0;
    });
  }
}

customElements.define('today-drill', TodayDrill);
