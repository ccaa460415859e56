/**
 * The build's child process for the re-cut of Pagefind's word index (started by
 * src/integrations/rechunk-child.ts): runs rechunkPagefind on the folder and chunk size given as
 * arguments and writes its reports to stdout as JSON.
 */
import { rechunkPagefind } from './pagefind-rechunk';

const [dir, target] = process.argv.slice(2);
if (!dir || !target) throw new Error('usage: rechunk-worker.ts <pagefind folder> <target bytes gzip>');
process.stdout.write(JSON.stringify(rechunkPagefind(dir, Number(target))));
