/**
 * Paper: every form prints as a fillable A4 document of one or two pages, with its fields (not its
 * instructions) and column headers that keep short words on one line.
 */
import { expect, test } from './console';

/**
 * Pages in a PDF Chromium wrote: one `/Type /Page` dictionary per page (the page tree's own node is
 * `/Type /Pages`). Chromium's PDF writer keeps these dictionaries uncompressed; `pdfinfo` agreed on
 * all sixteen forms when this was written.
 */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;
}

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
