/**
 * npm run pdf [-- --out handbook.pdf] — renders the printable handbook (/print/) to a PDF with
 * Chromium. Builds the site first when dist/ has no /print/ page. Serves dist/ on a free port.
 * The contents get page numbers: Chromium does not render CSS target-counter(), so the script prints
 * once, reads on which page each chapter and section landed (src/lib/pdf-destinations.ts), writes
 * the numbers into the contents (same lines, so nothing moves) and prints again, checking they hold.
 * Chinese glyphs need a CJK font in the system (Debian: fonts-noto-cjk); without one the PDF
 * would show boxes, so the script stops and says how to install it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createReadStream, existsSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { destinations } from '../src/lib/pdf-destinations';
import { numberContents } from './pdf-contents';
import { site } from '../src/site.config';
import { CHROMIUM_ARGS, resolveChromium } from './chromium';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = resolve(outAt >= 0 && args[outAt + 1] ? args[outAt + 1]! : 'dist/handbook.pdf');
const dist = resolve('dist');

function hasCjkFont(): boolean {
  try {
    return execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false;
  }
}

if (!hasCjkFont()) {
  console.error('未找到中文字体，PDF 中的汉字会显示成方框。请先安装：\n  sudo apt-get update && sudo apt-get install -y fonts-noto-cjk');
  process.exit(1);
}

if (!existsSync(join(dist, 'print', 'index.html'))) {
  console.log('dist/ 中没有打印版页面，先构建网站：npm run build');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
  '.json': 'application/json',
};

/** A minimal static server for dist/: enough for Chromium to load one page and its assets. */
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  let file = normalize(join(dist, path));
  if (!file.startsWith(dist)) return void response.writeHead(403).end();
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return void response.writeHead(404).end();
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const { port } = server.address() as AddressInfo;

const started = Date.now();
const browser = await chromium.launch({ executablePath: resolveChromium(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/print/`, { waitUntil: 'load' });
  await page.emulateMedia({ media: 'print' });
  const options = {
    format: 'A4',
    printBackground: true,
    margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' },
    displayHeaderFooter: true,
    headerTemplate: `<div style="font-size:8px;width:100%;text-align:right;padding-right:16mm;color:#888">${site.name}</div>`,
    footerTemplate:
      '<div style="font-size:8px;width:100%;text-align:center;color:#888"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
  } as const;
  let pdf = await page.pdf(options);
  for (let pass = 1; ; pass++) {
    const wrong = await numberContents(page, destinations(pdf));
    if (wrong === 0) break;
    if (pass > 3) throw new Error(`目录页码在 ${pass} 次排版后仍有 ${wrong} 处不对`);
    pdf = await page.pdf(options);
  }
  writeFileSync(out, pdf);
  const size = statSync(out).size;
  console.log(`已生成 ${out}（${(size / 1024 / 1024).toFixed(1)} MB，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒）`);
} finally {
  await browser.close();
  server.close();
}
