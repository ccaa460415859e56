/**
 * A child process of the build's quick answers (src/integrations/quick-answers.ts): answers one
 * share of the terms (termShares' `part` of `parts`) over the Pagefind index and lexicon just
 * written to the site folder, and writes them to stdout as JSON `[term, answer]` pairs. Two
 * children answer the terms in about half the time on two cores.
 */
import { answerShare } from './quick-answers';

const [site, base, part, parts] = process.argv.slice(2);
if (!site || !base || !part || !parts) throw new Error('usage: quick-answers-worker.ts <site> <base> <part> <parts>');
process.stdout.write(JSON.stringify(await answerShare(site, base, Number(part), Number(parts))));
