/**
 * The part of CBOR (RFC 8949) that Pagefind's index files use: unsigned and negative integers,
 * byte and text strings, arrays, maps, and the simple values — definite lengths only, integers in
 * their shortest form, as Pagefind's encoder (minicbor) writes them. Decoding and re-encoding an
 * unchanged file gives back the same bytes; anything else is refused, so a future Pagefind format
 * cannot be rewritten wrongly.
 */

export type CborValue = number | string | Uint8Array | boolean | null | undefined | CborValue[] | CborMap;
/** A CBOR map, keys kept in order. */
export class CborMap {
  constructor(readonly entries: [CborValue, CborValue][]) {}
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Encoder = new TextEncoder();

export function decodeCbor(bytes: Uint8Array): CborValue {
  let at = 0;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = (info: number): number => {
    if (info < 24) return info;
    if (info === 24) return bytes[at++]!;
    if (info === 25) return ((at += 2), view.getUint16(at - 2));
    if (info === 26) return ((at += 4), view.getUint32(at - 4));
    if (info === 27) {
      const big = view.getBigUint64(at);
      at += 8;
      if (big > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error('CBOR: integer too large');
      return Number(big);
    }
    throw new Error(`CBOR: unsupported length encoding ${info} at ${at - 1}`);
  };
  const item = (): CborValue => {
    if (at >= bytes.length) throw new Error('CBOR: unexpected end');
    const head = bytes[at++]!;
    const major = head >> 5;
    const info = head & 31;
    switch (major) {
      case 0:
        return length(info);
      case 1:
        return -1 - length(info);
      case 2: {
        const n = length(info);
        at += n;
        return bytes.slice(at - n, at);
      }
      case 3: {
        const n = length(info);
        at += n;
        return utf8.decode(bytes.subarray(at - n, at));
      }
      case 4: {
        const n = length(info);
        const list: CborValue[] = [];
        for (let i = 0; i < n; i++) list.push(item());
        return list;
      }
      case 5: {
        const n = length(info);
        const entries: [CborValue, CborValue][] = [];
        for (let i = 0; i < n; i++) entries.push([item(), item()]);
        return new CborMap(entries);
      }
      case 7:
        if (info === 20) return false;
        if (info === 21) return true;
        if (info === 22) return null;
        if (info === 23) return undefined;
        throw new Error(`CBOR: unsupported simple value ${info}`);
      default:
        throw new Error(`CBOR: unsupported major type ${major}`);
    }
  };
  const value = item();
  if (at !== bytes.length) throw new Error('CBOR: trailing bytes');
  return value;
}

export function encodeCbor(value: CborValue): Uint8Array {
  const out: number[] = [];
  const head = (major: number, n: number) => {
    if (!Number.isSafeInteger(n) || n < 0) throw new Error(`CBOR: cannot encode ${n}`);
    if (n < 24) out.push((major << 5) | n);
    else if (n < 0x100) out.push((major << 5) | 24, n);
    else if (n < 0x10000) out.push((major << 5) | 25, n >> 8, n & 255);
    else if (n < 0x100000000) out.push((major << 5) | 26, (n >>> 24) & 255, (n >> 16) & 255, (n >> 8) & 255, n & 255);
    else {
      out.push((major << 5) | 27);
      const big = BigInt(n);
      for (let shift = 56n; shift >= 0n; shift -= 8n) out.push(Number((big >> shift) & 255n));
    }
  };
  const item = (v: CborValue) => {
    if (typeof v === 'number') {
      if (!Number.isInteger(v)) throw new Error(`CBOR: cannot encode ${v}`);
      if (v >= 0) head(0, v);
      else head(1, -1 - v);
    } else if (typeof v === 'string') {
      const bytes = utf8Encoder.encode(v);
      head(3, bytes.length);
      for (const b of bytes) out.push(b);
    } else if (v instanceof Uint8Array) {
      head(2, v.length);
      for (const b of v) out.push(b);
    } else if (Array.isArray(v)) {
      head(4, v.length);
      for (const x of v) item(x);
    } else if (v instanceof CborMap) {
      head(5, v.entries.length);
      for (const [k, x] of v.entries) {
        item(k);
        item(x);
      }
    } else if (v === false) out.push(0xf4);
    else if (v === true) out.push(0xf5);
    else if (v === null) out.push(0xf6);
    else out.push(0xf7);
  };
  item(value);
  return Uint8Array.from(out);
}
