import { describe, expect, it } from 'vitest';
import { once } from '../../src/lib/once';

describe('once', () => {
  it('loads a key once and gives every caller the same answer', async () => {
    const store = new Map<string, Promise<number>>();
    let loads = 0;
    const load = () => Promise.resolve(++loads);
    const [a, b] = await Promise.all([once(store, 'k', load), once(store, 'k', load)]);
    expect([a, b, loads]).toEqual([1, 1, 1]);
  });

  it('forgets a failed load, so the next caller tries again', async () => {
    const store = new WeakMap<object, Promise<string>>();
    const key = {};
    await expect(once(store, key, () => Promise.reject(new Error('offline')))).rejects.toThrow('offline');
    await Promise.resolve();
    await expect(once(store, key, () => Promise.resolve('loaded'))).resolves.toBe('loaded');
  });
});
