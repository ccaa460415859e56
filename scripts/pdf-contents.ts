/**
 * The page numbers of the printable handbook's contents (/print/), for `npm run pdf`: Chromium does
 * not render CSS target-counter(), so scripts/pdf.ts prints once, reads where each chapter and
 * section landed (src/lib/pdf-destinations.ts) and writes the numbers in with this, then prints again.
 */
import type { Page } from 'playwright-core';

/**
 * Writes each contents entry's page (from the PDF just printed) after its title, behind a dotted
 * leader; returns how many entries changed (0: the numbers already match the print).
 */
export async function numberContents(page: Page, places: Map<string, { page: number }>): Promise<number> {
  const numbers = Object.fromEntries([...places].map(([id, place]) => [id, place.page]));
  return page.evaluate((numbers) => {
    let changed = 0;
    for (const link of document.querySelectorAll<HTMLAnchorElement>('.print-toc a[href^="#"]')) {
      const id = decodeURIComponent(link.hash.slice(1));
      const number = numbers[id] === undefined ? '' : String(numbers[id]);
      let target = link.querySelector<HTMLElement>('.print-toc__page');
      if (!target) {
        const leader = document.createElement('span');
        leader.className = 'print-toc__leader';
        target = document.createElement('span');
        target.className = 'print-toc__page';
        link.append(leader, target);
      }
      if (target.textContent !== number) {
        target.textContent = number;
        changed++;
      }
    }
    return changed;
  }, numbers);
}
