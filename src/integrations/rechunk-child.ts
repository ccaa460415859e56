/**
 * The re-cut of Pagefind's word index (pagefind-rechunk.ts) in a child process of its own.
 * It decodes the whole index into JavaScript arrays: at 2,000 sections about 300 MiB, which in the
 * build process came on top of everything Astro still holds after the pages (the build's peak
 * memory, over the 1.2 GiB budget). In a child that memory is returned as soon as it exits.
 */
import { runChild } from './build-child';
import type { RechunkReport } from './pagefind-rechunk';

/** Runs rechunkPagefind(dir, targetGzip) in a child; rejects with the child's error if it fails (the index is then as Pagefind wrote it). */
export async function rechunkInChild(projectRoot: string, dir: string, targetGzip: number): Promise<RechunkReport[]> {
  return JSON.parse(await runChild(projectRoot, 'rechunk-worker.ts', [dir, String(targetGzip)])) as RechunkReport[];
}
