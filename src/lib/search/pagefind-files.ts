/**
 * The files Pagefind starts with — its metadata and its WebAssembly — named for the search page at
 * build time. Pagefind learns their names from its entry file (pagefind-entry.json), so a cold
 * search fetched them one round trip after the entry. The build writes the names on the search
 * page's <search-page> element (src/integrations/pagefind.ts), and the page asks for them together
 * with Pagefind's code and entry when the engine is first needed, never on page open
 * (src/client/search-engine.ts). A page without the names (another page's header box, `astro dev`)
 * reads them from the entry, as before. No DOM and no Node here: both sides use it.
 */

/** The part of Pagefind's entry file that names an index's files. */
export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm?: string | null }>;
}

/** The attribute of <search-page> holding the names, space-separated, relative to Pagefind's folder. */
export const PAGEFIND_FILES_ATTRIBUTE = 'data-pagefind-files';

/** A file name in Pagefind's folder, as Pagefind writes them (no path, nothing to escape). */
const FILE_NAME = /^[\w.-]+$/;

/**
 * The metadata and WebAssembly Pagefind loads for a page in `lang` (as its <html lang> says), named
 * as Pagefind names them: the index of that language, else the entry's first; `wasm.unknown` for a
 * language without its own WebAssembly. Empty when the entry names no index.
 */
export function pagefindStartFiles(entry: PagefindEntry, lang: string): string[] {
  const index = entry.languages[lang.toLowerCase()] ?? Object.values(entry.languages)[0];
  if (!index) return [];
  return [`pagefind.${index.hash}.pf_meta`, `wasm.${index.wasm ?? 'unknown'}.pagefind`].filter((name) => FILE_NAME.test(name));
}

/** The names as the attribute holds them, leaving out anything that is not a plain file name. */
export function readPagefindFiles(value: string | null | undefined): string[] {
  return (value ?? '').split(/\s+/).filter((name) => FILE_NAME.test(name));
}

/**
 * The search page's HTML with the names on its <search-page> element (its language read from
 * <html lang>). Unchanged when the page has no such element or the entry names no index.
 */
export function withPagefindFiles(html: string, entry: PagefindEntry): string {
  const lang = /<html\b[^>]*\slang="([^"]*)"/i.exec(html)?.[1] ?? '';
  const files = pagefindStartFiles(entry, lang);
  if (files.length === 0) return html;
  return html.replace(/<search-page(?=[\s>])/, `<search-page ${PAGEFIND_FILES_ATTRIBUTE}="${files.join(' ')}"`);
}
