/**
 * A static server for a built site on loopback that gzips text like a real host, so what Chromium
 * counts as transferred is what a reader downloads. Used by the page-weight and search benches.
 * Like a host that keeps compressed files ready (nginx gzip_static, a CDN's cache), each response
 * is compressed once, when the server starts: compressing on every request, on the CPU the browser
 * shares, made the bench's own server a part of every latency it measured.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

export interface Site {
  origin: string;
  close: () => void;
}

interface Ready {
  body: Buffer;
  headers: Record<string, string>;
}

const compressible = (type: string) => /text|javascript|json|svg|xml/.test(type);

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** A file's response, gzipped when it is text and the client takes gzip. */
function prepare(file: string, gzip: boolean): Ready {
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const raw = readFileSync(file);
  return gzip && compressible(type)
    ? { body: gzipSync(raw), headers: { 'content-type': type, 'content-encoding': 'gzip' } }
    : { body: raw, headers: { 'content-type': type } };
}

export function serveSite(root: string): Promise<Site> {
  // Every text file compressed before the first request; the rest read once, when first asked for.
  const ready = new Map<string, Ready>();
  for (const file of walk(root)) {
    if (compressible(TYPES[extname(file)] ?? '')) ready.set(`gzip:${file}`, prepare(file, true));
  }
  const server: Server = createServer((req, res) => {
    let path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (path.endsWith('/')) path += 'index.html';
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    const gzip = String(req.headers['accept-encoding']).includes('gzip');
    const key = `${gzip ? 'gzip' : 'raw'}:${file}`;
    let response = ready.get(key);
    if (!response) ready.set(key, (response = prepare(file, gzip)));
    res.writeHead(200, response.headers).end(response.body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() }),
    ),
  );
}
