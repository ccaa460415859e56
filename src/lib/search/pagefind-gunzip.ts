/**
 * Pagefind's files (metadata, WebAssembly, index chunks, fragments, filters) are gzip files that its
 * code inflates in JavaScript, on the main thread, in the middle of a first search: about 20 ms of a
 * cold query's CPU in Chromium here. The browser's own DecompressionStream does the same work in
 * native code. Pagefind skips its inflate when a file already starts with its signature
 * (`pagefind_dcd`), so handing it the inflated bytes is enough: nothing else in it changes.
 * No DOM and no Astro here: the browser installs it (src/client/search-engine.ts), Node tests it.
 */

const GZIP_MAGIC = [0x1f, 0x8b] as const;

/** Pagefind's compressed files, by name: `wasm.<lang>.pagefind`, `*.pf_meta|pf_index|pf_fragment|pf_filter`. */
const PAGEFIND_FILE = /(?:^|\/)(?:wasm\.[^/?#]+\.pagefind|[^/?#]+\.pf_(?:meta|index|fragment|filter))(?:[?#]|$)/;

/** Whether a URL (under Pagefind's folder) names one of Pagefind's gzip files. */
export function isPagefindFile(url: string, base: string): boolean {
  const path = url.split(/[?#]/, 1)[0]!;
  const folder = new URL(base, 'http://x').pathname;
  return new URL(path, 'http://x').pathname.startsWith(folder) && PAGEFIND_FILE.test(path);
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
}

/**
 * The file inflated, or the bytes as they are when they are not gzip (a host that already served
 * them inflated) or do not inflate (Pagefind then reports the broken file itself, as before).
 */
export async function inflated(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  if (!isGzip(bytes) || typeof DecompressionStream === 'undefined') return bytes;
  try {
    // A Response's body, not a Blob's stream: Chromium reads a Blob through its blob store, which
    // made inflating slower than Pagefind's JavaScript.
    const stream = new Response(bytes).body!.pipeThrough(new DecompressionStream('gzip'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch {
    return bytes;
  }
}

type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

/**
 * A fetch that answers Pagefind's files under `base` inflated and passes every other request
 * through untouched (same Response object).
 */
export function inflatingFetch(original: Fetch, base: string): Fetch {
  return async (input, init) => {
    const response = await original(input, init);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!response.ok || !isPagefindFile(url, base)) return response;
    const bytes = await inflated(new Uint8Array(await response.arrayBuffer()));
    return new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}
