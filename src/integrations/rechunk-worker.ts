/**
 * The build's child process for the re-cut of Pagefind's word index (started by
 * src/integrations/rechunk-child.ts): waits for `go` on stdin (it may be started before the index
 * is written), then runs rechunkPagefind on the folder, chunk size and keep-old/remove-old given as
 * arguments and writes its reports to stdout as JSON. Without `go` it ends, writing nothing.
 */
import { text } from 'node:stream/consumers';
import { rechunkPagefind } from './pagefind-rechunk';

const [dir, target, old] = process.argv.slice(2);
if (!dir || !target) throw new Error('usage: rechunk-worker.ts <pagefind folder> <target bytes gzip> [keep-old|remove-old]');
if ((await text(process.stdin)) === 'go') {
  process.stdout.write(JSON.stringify(rechunkPagefind(dir, Number(target), { keepOld: old === 'keep-old' })));
}
