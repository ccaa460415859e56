/**
 * Registers the service worker (sw.js, written by the build) and says 「手册已更新」 with a button to
 * reload as soon as a newly published revision is waiting, so a rep never keeps reading an outdated
 * rule without knowing. An open portal checks for a new revision when it comes back into view and
 * every half hour. Loaded after the page, in its own chunk: reading never waits for it (and a first
 * visit loads it only later, see app-shell.ts).
 */
import { Workbox } from 'workbox-window';
import { urls, basePath } from '../lib/urls';
import { required } from './dom';

const CHECK_EVERY_MS = 30 * 60 * 1000;

interface Options {
  /** Look for a newer revision at once (the page may have been open for a while). */
  checkNow?: boolean;
}

export function registerServiceWorker(notice: HTMLElement, { checkNow = false }: Options = {}): void {
  const workbox = new Workbox(urls.serviceWorker(), { scope: basePath });
  workbox.addEventListener('waiting', () => {
    const button = required<HTMLButtonElement>(notice, 'button');
    button.addEventListener(
      'click',
      () => {
        button.disabled = true;
        // The new worker takes over, then the page reloads under it with the new revision.
        workbox.addEventListener('controlling', () => location.reload());
        workbox.messageSkipWaiting();
      },
      { once: true },
    );
    notice.hidden = false;
  });
  workbox
    .register()
    .then((registration) => {
      if (!registration) return;
      const check = () => void registration.update().catch(() => undefined);
      if (checkNow) check();
      setInterval(check, CHECK_EVERY_MS);
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') check();
      });
    })
    // A browser that refuses service workers (private mode, policy) reads the portal online.
    .catch(() => undefined);
}
