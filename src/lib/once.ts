/** Where `once` keeps its promises: a Map, or a WeakMap for object keys. */
export interface PromiseStore<K, T> {
  get(key: K): Promise<T> | undefined;
  set(key: K, value: Promise<T>): unknown;
  delete(key: K): unknown;
}

/**
 * Loads (or works out) a thing once per key, sharing the promise with every caller. A failed load
 * (offline, a server error) is forgotten, so the next caller tries again.
 */
export function once<K, T>(store: PromiseStore<K, T>, key: K, load: () => Promise<T>): Promise<T> {
  let found = store.get(key);
  if (!found) {
    const loading = load();
    store.set(key, loading);
    loading.catch(() => {
      if (store.get(key) === loading) store.delete(key);
    });
    found = loading;
  }
  return found;
}
