/**
 * Work a page will need soon, run once the browser is idle. Its own module, not dom.ts: dom.ts is
 * in every reading page's code, which has a 15 kB budget and never needs this.
 */
export function whenIdle(work: () => void, timeout?: number): void {
  if ('requestIdleCallback' in window) requestIdleCallback(work, timeout === undefined ? undefined : { timeout });
  else setTimeout(work, 200);
}
