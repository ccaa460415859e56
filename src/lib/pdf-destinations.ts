/**
 * Where each named destination of a PDF lands: the page (1 = first) an element with an id printed on,
 * and how high on it.
 * Chromium gives every id a link points to a named destination (`/Dests` of the catalog, each one
 * `[page-object /XYZ x y z]`); its pages hang in a tree of `/Pages` nodes. `npm run pdf` reads these
 * to write page numbers into the printable handbook's contents (Chromium does not render CSS
 * `target-counter()`). This reads the PDFs Chromium's writer (Skia) makes — dictionaries in plain
 * text, no object streams — not any PDF: with neither a catalog nor page tree it returns nothing.
 */

/** Object number → the text of its dictionary (up to its `stream` or `endobj`). */
function objects(pdf: string): Map<number, string> {
  const out = new Map<number, string>();
  const starts = [...pdf.matchAll(/(?:^|[\r\n])(\d+) 0 obj\b/g)];
  for (const match of starts) {
    const from = match.index + match[0].length;
    const end = pdf.indexOf('endobj', from);
    const stream = pdf.indexOf('stream', from);
    const to = stream >= 0 && stream < end ? stream : end;
    if (to < 0) continue;
    out.set(Number(match[1]), pdf.slice(from, to));
  }
  return out;
}

const ref = (dict: string | undefined, key: string): number | undefined => {
  const match = dict?.match(new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`));
  return match ? Number(match[1]) : undefined;
};

/** A PDF name without its slash: `#xx` escapes decoded, then the percent-encoding Chromium gives non-ASCII ids. */
function decodeName(raw: string): string {
  const bytes = raw.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  try {
    return decodeURIComponent(bytes);
  } catch {
    return bytes;
  }
}

/** The page objects in reading order, walking the page tree from `node`. */
function pageOrder(table: Map<number, string>, node: number, seen = new Set<number>()): number[] {
  if (seen.has(node)) return [];
  seen.add(node);
  const dict = table.get(node) ?? '';
  if (!/\/Type\s*\/Pages\b/.test(dict)) return [node];
  const kids = /\/Kids\s*\[([^\]]*)\]/.exec(dict)?.[1] ?? '';
  return [...kids.matchAll(/(\d+)\s+0\s+R/g)].flatMap((kid) => pageOrder(table, Number(kid[1]), seen));
}

/** Where a destination is: its page (1 = first) and its height on the page in points from the bottom edge. */
export interface Destination {
  page: number;
  y: number;
}

/** Every named destination of the PDF and where it is. */
export function destinations(pdf: Uint8Array | string): Map<string, Destination> {
  // Structure and names are ASCII; how the bytes of binary streams decode does not matter.
  const text = typeof pdf === 'string' ? pdf : new TextDecoder('latin1').decode(pdf);
  const table = objects(text);
  const root = ref(text.slice(text.lastIndexOf('trailer')), 'Root');
  const catalog = root === undefined ? undefined : table.get(root);
  const pagesRoot = ref(catalog, 'Pages');
  const destsAt = ref(catalog, 'Dests');
  const out = new Map<string, Destination>();
  if (pagesRoot === undefined || destsAt === undefined) return out;
  const pageNumber = new Map(pageOrder(table, pagesRoot).map((object, index) => [object, index + 1]));
  const dests = table.get(destsAt) ?? '';
  for (const [, name, page, y] of dests.matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+)\s+0\s+R\s*\/XYZ\s+\S+\s+(-?[\d.]+)/g)) {
    const number = pageNumber.get(Number(page));
    if (number !== undefined) out.set(decodeName(name!), { page: number, y: Number(y) });
  }
  return out;
}
