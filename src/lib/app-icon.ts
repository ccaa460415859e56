/**
 * The portal's app icons, drawn in code (no image files to keep in step with the brand colour): the
 * brand-coloured square of favicon.svg with a white page holding four lines of text, as PNG for the
 * web app manifest. The page stays inside the middle 60 %, so the same drawing works as a
 * "maskable" icon that a phone crops to a circle or a rounded square.
 */
import { deflateSync } from 'node:zlib';

type Rgb = [number, number, number];

export function hexColour(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(match[1] ?? '0', 16), parseInt(match[2] ?? '0', 16), parseInt(match[3] ?? '0', 16)];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** An RGB PNG of `size`×`size` pixels, each coloured by `pixel(x, y)`. */
export function encodePng(size: number, pixel: (x: number, y: number) => Rgb): Buffer {
  const rows = Buffer.alloc(size * (1 + size * 3));
  for (let y = 0; y < size; y++) {
    const start = y * (1 + size * 3);
    rows[start] = 0; // filter: none
    for (let x = 0; x < size; x++) rows.set(pixel(x, y), start + 1 + x * 3);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, truecolour, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** The icon at `size` pixels: a white page with lines of text on the brand colour. */
export function appIcon(size: number, brand: string): Buffer {
  const background = hexColour(brand);
  const white: Rgb = [255, 255, 255];
  const unit = size / 100;
  // The page: 44 × 56 units, centred; text lines 28 units long, 4 thick, 9 apart (the last shorter).
  const page = { left: 28, top: 22, right: 72, bottom: 78 };
  const lines = [34, 43, 52, 61].map((top, i) => ({ top, bottom: top + 4, left: 36, right: i === 3 ? 54 : 64 }));
  const inside = (x: number, y: number, box: { left: number; top: number; right: number; bottom: number }) =>
    x >= box.left && x < box.right && y >= box.top && y < box.bottom;
  return encodePng(size, (px, py) => {
    const x = (px + 0.5) / unit;
    const y = (py + 0.5) / unit;
    if (!inside(x, y, page)) return background;
    return lines.some((line) => inside(x, y, line)) ? background : white;
  });
}
