/**
 * The header box's quick answers (quick-answers.ts) in a child process of its own: Pagefind's
 * WebAssembly searching every term loads the index into memory that is never given back while the
 * process lives (at 2,000 sections the build's peak rose from ~1,080 to ~1,360 MiB after the pages).
 */
import { runChild } from './build-child';
import type { Lexicon } from '../lib/search/vocabulary';

/** writeQuickAnswers(site, base, lexicon) in a child: the number of terms answered; rejects if the child fails. */
export async function quickAnswersInChild(projectRoot: string, site: string, base: string, lexicon: Lexicon): Promise<number> {
  return JSON.parse(await runChild(projectRoot, 'quick-answers-worker.ts', [], JSON.stringify({ site, base, lexicon }))) as number;
}
