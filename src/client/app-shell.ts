/**
 * Loaded with the header on every page: once the page has loaded, registers the service worker and
 * its 「手册已更新」 notice (src/client/service-worker.ts, Workbox, in its own chunk). Only a built site
 * has a service worker; `astro dev` serves none.
 *
 * A first visit (no worker controls the page yet) registers the worker with the browser's own call
 * and does not download the notice's code: the worker it installs is the newest revision, so nothing
 * can be waiting. The notice's code comes when the page could have fallen behind — when it comes
 * back into view or after half an hour — and on every later visit (from the worker's cache).
 */
import { required } from './dom';

const CHECK_AFTER_MS = 30 * 60 * 1000;

function watchForUpdates(notice: HTMLElement, checkNow: boolean): void {
  void import('./service-worker').then(({ registerServiceWorker }) => registerServiceWorker(notice, { checkNow }));
}

function start(): void {
  const notice = required(document, 'update-notice');
  if (navigator.serviceWorker.controller) {
    watchForUpdates(notice, false);
    return;
  }
  // The worker's address and scope as the page states them (src/components/UpdateNotice.astro).
  navigator.serviceWorker
    .register(notice.dataset.worker ?? '', { scope: notice.dataset.scope })
    .then(() => {
      let watching = false;
      const later = () => {
        if (watching) return;
        watching = true;
        document.removeEventListener('visibilitychange', onVisible);
        watchForUpdates(notice, true);
      };
      const onVisible = () => {
        if (document.visibilityState === 'visible') later();
      };
      document.addEventListener('visibilitychange', onVisible);
      setTimeout(later, CHECK_AFTER_MS);
    })
    // A browser that refuses service workers (private mode, policy) reads the portal online.
    .catch(() => undefined);
}

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
