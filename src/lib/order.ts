/** Orders that do not depend on the machine, the locale or the order things were read in. */

/** Entries sorted by id, by UTF-16 code units (the same on every machine and in every locale). */
export function inIdOrder<T extends { id: string }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
