/**
 * Paper: every form prints as a fillable A4 document of one or two pages, with its fields (not its
 * instructions) and column headers that keep short words on one line; a printed section keeps its
 * revision table off a page of its own; the printable handbook's contents get their page numbers.
 */
import { numberContents } from '../../scripts/pdf-contents';
import { destinations } from '../../src/lib/pdf-destinations';
import { expect, test } from './console';

/**
 * Pages in a PDF Chromium wrote: one `/Type /Page` dictionary per page (the page tree's own node is
 * `/Type /Pages`). Chromium's PDF writer keeps these dictionaries uncompressed; `pdfinfo` agreed on
 * all sixteen forms when this was written.
 */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;
}

/** The page setup of `npm run pdf` (scripts/pdf.ts), without its header and footer. */
const PDF_OPTIONS = { format: 'A4', margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' } } as const;

/** The A4 page less the form's print margins (210 mm − 2 × 12 mm), in CSS pixels: what the printed layout is given. */
const A4_CONTENT_WIDTH = Math.floor(((210 - 24) / 25.4) * 96);

test('every form prints on one or two A4 pages, fields only, with a line saying where the instructions are', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/forms/');
  const hrefs = await page
    .locator('main a[href^="/forms/"]')
    .evaluateAll((links: Element[]) =>
      links.map((link) => link.getAttribute('href') ?? '').filter((href) => /^\/forms\/[^/]+\/$/.test(href)),
    );
  const forms = [...new Set(hrefs)];
  expect(forms.length, 'the forms index lists the forms').toBeGreaterThanOrEqual(10);
  const counts: Record<string, number> = {};
  for (const href of forms) {
    await page.goto(href);
    await page.emulateMedia({ media: 'print' });
    counts[href] = pdfPages(await page.pdf({ format: 'A4' }));
    await page.emulateMedia({ media: 'screen' });
  }
  for (const [href, pages] of Object.entries(counts)) {
    expect(pages, `${href} prints on one or two A4 pages`).toBeGreaterThanOrEqual(1);
    expect(pages, `${href} prints on one or two A4 pages`).toBeLessThanOrEqual(2);
  }
});

test('a printed form leaves out its instructions and keeps two-character column headers on one line', async ({ page }) => {
  await page.setViewportSize({ width: A4_CONTENT_WIDTH, height: 1000 });
  await page.goto('/forms/quote-record/');
  const instructions = page.getByText('什么时候填：');
  const note = page.locator('.form-print-note');
  await expect(instructions).toBeVisible();
  await expect(note).toBeHidden();

  await page.emulateMedia({ media: 'print' });
  await expect(instructions).toBeHidden();
  await expect(page.locator('.printable-form .lead')).toBeHidden();
  await expect(note).toBeVisible();
  await expect(note).toHaveText(/^\s*填写说明见门户本表页面（其中 1 条规则待确认）：http\S*\/forms\/quote-record\/\s*$/);
  await expect(page.getByRole('heading', { level: 2, name: '一、洽谈信息' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: '品名' })).toBeVisible();

  // Each header of up to four characters stands on one line (before: 序号, 品名, 规格 one character a line).
  const lines = await page.locator('.printable-form th').evaluateAll((cells: Element[]) =>
    cells
      .filter((cell) => (cell.textContent ?? '').trim().length <= 4)
      .map((cell) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        return `${(cell.textContent ?? '').trim()}:${tops.size}`;
      }),
  );
  expect(lines.length).toBeGreaterThan(10);
  expect(lines.filter((entry) => !entry.endsWith(':1'))).toEqual([]);
});

test('a printed section keeps its revision table on the page of what comes before it', async ({ page }) => {
  test.setTimeout(60_000);
  // Sections whose revision table stood alone on the last printed page before (21 of 69 did).
  const sections = ['roles/manager', 'contracts/collection', 'reception/pickup', 'sales-process/five-stages', 'daily-work/timetable'];
  for (const id of sections) {
    await page.goto(`/handbook/${id}/`);
    await page.emulateMedia({ media: 'print' });
    // A mark at the very end of the last thing printed before the table, made a link target so the
    // PDF records its page (the 版本 line of the page's meta links to #revisions already).
    await page.locator('.revisions').evaluate((table) => {
      // The last text on paper before the table (skipping what print hides).
      const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
      let last: Text | null = null;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (table.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) break;
        if (node.textContent?.trim() && node.parentElement?.checkVisibility()) last = node as Text;
      }
      if (!last) throw new Error('nothing printed before the revision table');
      const mark = document.createElement('span');
      mark.id = 'printed-before-revisions';
      last.after(mark);
      const link = document.createElement('a');
      link.href = '#printed-before-revisions';
      document.body.prepend(link);
    });
    const pdf = await page.pdf({ format: 'A4' });
    const places = destinations(pdf);
    const revisions = places.get('revisions');
    const before = places.get('printed-before-revisions');
    expect(revisions && before, `${id}: both places are in the PDF`).toBeTruthy();
    expect(revisions!.page, `${id}: the revision table is on the last page`).toBe(pdfPages(pdf));
    expect(before!.page, `${id}: what precedes the revision table ends on the table's page`).toBe(revisions!.page);
    await page.emulateMedia({ media: 'screen' });
  }
});

test('the printable handbook’s contents have room for chapter numbers 10–15 and take page numbers from the print', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/print/');
  await page.emulateMedia({ media: 'print' });
  const chapters = page.locator('.print-toc > ol > li');
  expect(await chapters.count()).toBeGreaterThanOrEqual(15);
  // The list's indent holds its widest marker, "15.", in the list's own font.
  const room = await page.locator('.print-toc > ol').evaluate((list) => {
    const probe = document.createElement('span');
    probe.textContent = `${list.children.length}.`;
    probe.style.position = 'absolute';
    list.append(probe);
    const width = probe.getBoundingClientRect().width;
    probe.remove();
    return { indent: parseFloat(getComputedStyle(list).paddingLeft), marker: width };
  });
  expect(room.indent, 'the contents indent holds the two-digit chapter numbers').toBeGreaterThan(room.marker + 4);

  // What `npm run pdf` does: print, write each entry's page into the contents, print again; the
  // numbers then hold in the second print.
  const first = destinations(await page.pdf(PDF_OPTIONS));
  expect(await numberContents(page, first)).toBeGreaterThan(0);
  const second = destinations(await page.pdf(PDF_OPTIONS));
  expect(await numberContents(page, second), 'the numbers in the contents match where the entries printed').toBe(0);
  const risk = page.locator('.print-toc a[href="#c-risk"] .print-toc__page');
  await expect(risk).toHaveText(String(second.get('c-risk')!.page));
  const pages = await page.locator('.print-toc__page').allTextContents();
  expect(pages.every((text) => /^\d+$/.test(text))).toBe(true);
  expect(pages.map(Number)).toEqual([...pages.map(Number)].sort((a, b) => a - b));
});
