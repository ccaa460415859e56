/**
 * A child process of the build's quick answers (src/integrations/quick-answers.ts): started before
 * the index exists, it waits for its input on stdin — the pagefind-entry.json of the index to
 * search — then answers one share of the terms (termShares' `part` of `parts`) over that index and
 * the lexicon written to the site folder, and writes them to stdout as JSON `[term, answer]` pairs.
 * Without input (the build failed first) it ends, writing nothing. Two children answer the terms
 * in about half the time on two cores.
 */
import { text } from 'node:stream/consumers';
import { answerShare } from './quick-answers';

const [site, base, part, parts] = process.argv.slice(2);
if (!site || !base || !part || !parts) throw new Error('usage: quick-answers-worker.ts <site> <base> <part> <parts>');
const entryText = await text(process.stdin);
if (entryText) process.stdout.write(JSON.stringify(await answerShare(site, base, Number(part), Number(parts), entryText)));
