/**
 * Loaded with the header on every page: once the page has loaded, registers the service worker and
 * its 「手册已更新」 notice (src/client/service-worker.ts, in its own chunk). Only a built site has a
 * service worker; `astro dev` serves none.
 */
import { required } from './dom';

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const start = () =>
    void import('./service-worker').then(({ registerServiceWorker }) => registerServiceWorker(required(document, 'update-notice')));
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
