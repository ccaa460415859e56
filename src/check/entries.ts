/**
 * Content entries as the check sees them: where each came from (file, line of every field), the
 * raw YAML data, and — once it passed its schema — the parsed data, typed from that schema.
 */
import type { EntryData, SOURCES } from '../schemas';

export type CollectionKey = keyof typeof SOURCES;

interface EntryOf<C extends CollectionKey> {
  collection: C;
  id: string;
  /** Path relative to the project root, with forward slashes (what problems name). */
  file: string;
  /** Path relative to the content folder, e.g. handbook/daily-work/timetable.md. */
  path: string;
  /** The data as YAML gave it, before the schema. */
  data: unknown;
  /** The Markdown body (files only); empty for YAML. */
  body: string;
  /** Line of the body's first line in the file (files only). */
  bodyLine: number;
  /** The 1-based line of a field, falling back to its nearest parent. */
  lineOf: (path: readonly (string | number)[]) => number;
  /** The data the schema produced; absent when the entry failed its schema. */
  parsed?: EntryData<C>;
}

/** An entry of any collection; narrowing `collection` narrows `parsed` to that collection's data. */
export type Entry<C extends CollectionKey = CollectionKey> = C extends CollectionKey ? EntryOf<C> : never;

/** An entry that passed its schema. */
export type ParsedEntry<C extends CollectionKey = CollectionKey> = C extends CollectionKey ? EntryOf<C> & { parsed: EntryData<C> } : never;

/** The entries of `collection` that passed their schema. */
export function parsedOf<C extends CollectionKey>(entries: readonly Entry[], collection: C): ParsedEntry<C>[] {
  return entries.filter((entry): entry is ParsedEntry<C> => entry.collection === collection && entry.parsed !== undefined);
}

/** Every entry that passed its schema. */
export function allParsed(entries: readonly Entry[]): ParsedEntry[] {
  return entries.filter((entry): entry is ParsedEntry => entry.parsed !== undefined);
}

/** A value inside raw YAML data (what the author wrote, before the schema normalised it). */
export function rawAt(data: unknown, ...path: (string | number)[]): unknown {
  let value = data;
  for (const key of path) {
    if (!value || typeof value !== 'object') return undefined;
    value = Reflect.get(value, key) as unknown;
  }
  return value;
}
