/**
 * The re-cut of Pagefind's word index (pagefind-rechunk.ts) in a child process of its own.
 * It decodes the whole index into JavaScript arrays: at 2,000 sections about 300 MiB, which in the
 * build process came on top of everything Astro still holds after the pages (the build's peak
 * memory, over the 1.2 GiB budget). In a child that memory is returned as soon as it exits.
 */
import { runChild } from './build-child';
import type { RechunkOptions, RechunkReport } from './pagefind-rechunk';

export interface RechunkChildOptions extends RechunkOptions {
  /**
   * Settles once the index is written: the child starts at once (Node, its modules) and re-cuts
   * when this resolves to true; false or a rejection ends it without touching anything (the
   * promise returned then rejects).
   */
  ready?: Promise<boolean>;
}

/** Runs rechunkPagefind(dir, targetGzip) in a child; rejects with the child's error if it fails (the index is then as Pagefind wrote it). */
export async function rechunkInChild(
  projectRoot: string,
  dir: string,
  targetGzip: number,
  { ready = Promise.resolve(true), keepOld = false }: RechunkChildOptions = {},
): Promise<RechunkReport[]> {
  const go = ready.then((yes) => (yes ? 'go' : undefined));
  const out = await runChild(projectRoot, 'rechunk-worker.ts', [dir, String(targetGzip), keepOld ? 'keep-old' : 'remove-old'], go);
  if (!out) throw new Error('Pagefind 索引未写出，未重新分块');
  return JSON.parse(out) as RechunkReport[];
}
