import { describe, expect, it } from 'vitest';
import { destinations } from '../../src/lib/pdf-destinations';

/**
 * A PDF shaped like the ones Chromium writes: a catalog with /Dests, pages in a two-level tree (so
 * reading order comes from the tree, not object numbers), a non-ASCII id percent-encoded and then
 * #-escaped, and a content stream whose bytes must not be read as objects.
 */
const pdf = [
  '%PDF-1.4',
  '1 0 obj\n<</Title (x)>>\nendobj',
  '10 0 obj\n<</Type /Page\n/Parent 20 0 R\n/Contents 13 0 R>>\nendobj',
  '11 0 obj\n<</Type /Page\n/Parent 21 0 R>>\nendobj',
  '12 0 obj\n<</Type /Page\n/Parent 21 0 R>>\nendobj',
  '13 0 obj\n<</Length 20>>\nstream\n5 0 obj << /Kids >>\nendstream\nendobj',
  '20 0 obj\n<</Type /Pages\n/Count 1\n/Kids [12 0 R]\n/Parent 22 0 R>>\nendobj',
  '21 0 obj\n<</Type /Pages\n/Count 2\n/Kids [11 0 R 10 0 R]\n/Parent 22 0 R>>\nendobj',
  '22 0 obj\n<</Type /Pages\n/Count 3\n/Kids [20 0 R 21 0 R]>>\nendobj',
  '23 0 obj\n<</s-overview--role [12 0 R /XYZ 0 572.13 0]\n/#25E7#259B#25AE#25E5#25BD#2595 [11 0 R /XYZ 0 460.38 0]\n/c-risk [10 0 R /XYZ 0 834.63 0]>>\nendobj',
  '24 0 obj\n<</Type /Catalog\n/Pages 22 0 R\n/Dests 23 0 R>>\nendobj',
  'xref\n0 25\ntrailer\n<</Size 25\n/Root 24 0 R\n/Info 1 0 R>>\nstartxref\n0\n%%EOF',
].join('\n');

describe('the page each named destination of a Chromium PDF lands on', () => {
  it('reads pages in the order of the page tree and decodes ids', () => {
    expect(Object.fromEntries(destinations(pdf))).toEqual({
      's-overview--role': { page: 1, y: 572.13 },
      目录: { page: 2, y: 460.38 },
      'c-risk': { page: 3, y: 834.63 },
    });
  });
  it('returns nothing for a PDF without destinations or a catalog', () => {
    expect(destinations(pdf.replace('/Dests 23 0 R', '')).size).toBe(0);
    expect(destinations('not a pdf').size).toBe(0);
  });
  it('takes the bytes of a file as read from disk', () => {
    expect(destinations(new TextEncoder().encode(pdf)).get('c-risk')).toEqual({ page: 3, y: 834.63 });
  });
});
