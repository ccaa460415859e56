/**
 * <offline-pages> on the offline page: the pages this browser keeps from earlier reading (the
 * service worker's page cache, src/integrations/service-worker.ts), by title, newest first.
 */
import { create, required } from './dom';

const PAGES_CACHE = 'playbook-pages';
const MAX = 100;

class OfflinePages extends HTMLElement {
  async connectedCallback(): Promise<void> {
    if (!('caches' in window) || !(await caches.has(PAGES_CACHE))) return;
    const cache = await caches.open(PAGES_CACHE);
    // keys() gives a fresh array, readonly only in its type.
    const requests = ((await cache.keys()) as Request[]).reverse().slice(0, MAX);
    const items = await Promise.all(
      requests.map(async (request) => {
        const html = (await (await cache.match(request))?.text()) ?? '';
        const title = new DOMParser().parseFromString(html, 'text/html').querySelector('h1')?.textContent?.trim();
        if (!title) return undefined;
        const item = create('li');
        item.append(create('a', { href: new URL(request.url).pathname, textContent: title }));
        return item;
      }),
    );
    const found = items.filter((item): item is HTMLLIElement => !!item);
    if (!found.length) return;
    required(this, '[data-list]').replaceChildren(...found);
    required(this, '[data-read]').hidden = false;
  }
}

customElements.define('offline-pages', OfflinePages);
