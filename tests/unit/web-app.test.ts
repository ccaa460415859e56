/** The installable portal: its manifest under the base path, its drawn icons, and what is precached. */
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { appIcon, hexColour } from '../../src/lib/app-icon';
import { PRECACHE_GLOBS, THEME_COLOUR, webAppManifest } from '../../src/lib/web-app';

/** The PNG's size and its pixels (RGB rows, each after a filter byte). */
function decode(png: Buffer): { width: number; height: number; pixel: (x: number, y: number) => number[] } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const chunks = new Map<string, Buffer[]>();
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    chunks.set(type, [...(chunks.get(type) ?? []), png.subarray(at + 8, at + 8 + length)]);
    at += 12 + length;
  }
  const header = chunks.get('IHDR')?.[0] ?? Buffer.alloc(13);
  const width = header.readUInt32BE(0);
  const rows = inflateSync(Buffer.concat(chunks.get('IDAT') ?? []));
  expect(rows.length).toBe(width * (1 + width * 3));
  expect(chunks.has('IEND')).toBe(true);
  return {
    width,
    height: header.readUInt32BE(4),
    pixel: (x, y) => [...rows.subarray(y * (1 + width * 3) + 1 + x * 3, y * (1 + width * 3) + 4 + x * 3)],
  };
}

describe('app icons', () => {
  it('are PNGs of the size asked for: a white page with lines of text on the brand colour', () => {
    for (const size of [192, 512]) {
      const icon = decode(appIcon(size, THEME_COLOUR));
      expect([icon.width, icon.height]).toEqual([size, size]);
      expect(icon.pixel(0, 0)).toEqual(hexColour(THEME_COLOUR));
      expect(icon.pixel(size - 1, size - 1)).toEqual(hexColour(THEME_COLOUR));
      // The page's margin is white; a text line across it is brand-coloured.
      expect(icon.pixel(Math.round(size * 0.3), Math.round(size * 0.25))).toEqual([255, 255, 255]);
      expect(icon.pixel(Math.round(size * 0.5), Math.round(size * 0.36))).toEqual(hexColour(THEME_COLOUR));
    }
  });

  it('keep the drawing inside the safe zone of a maskable icon (the middle 80 %)', () => {
    const icon = decode(appIcon(100, THEME_COLOUR));
    for (let i = 0; i < 100; i++)
      for (const [x, y] of [
        [i, 9],
        [9, i],
        [i, 90],
        [90, i],
      ] as const)
        expect(icon.pixel(x, y)).toEqual(hexColour(THEME_COLOUR));
  });
});

describe('web app manifest', () => {
  it('starts and stays under the base path, in Chinese, with PNG icons for installing', () => {
    const manifest = webAppManifest('业务部工作手册', '业务部的手册', '/sales-playbook/');
    expect(manifest).toMatchObject({ lang: 'zh-CN', start_url: '/sales-playbook/', scope: '/sales-playbook/', display: 'standalone' });
    expect(manifest.icons.map((icon) => icon.src)).toEqual([
      '/sales-playbook/favicon.svg',
      '/sales-playbook/icons/icon-192.png',
      '/sales-playbook/icons/icon-512.png',
      '/sales-playbook/icons/icon-512.png',
    ]);
    expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual([
      'any any',
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
  });
});

describe('what the service worker precaches', () => {
  it('never the handbook, cases or Pagefind fragments: they are cached as they are read', () => {
    expect(PRECACHE_GLOBS.filter((glob) => /^(handbook|cases|forms|training|pagefind\/fragment)/.test(glob))).toEqual([]);
    expect(PRECACHE_GLOBS).toEqual(
      expect.arrayContaining(['offline/index.html', 'scripts/*/index.html', 'drill/index.html', 'glossary/index.html']),
    );
  });
});
