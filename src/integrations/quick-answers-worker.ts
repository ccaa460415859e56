/**
 * The build's child process for the header box's quick answers (started by quickAnswersInChild in
 * src/integrations/quick-answers-child.ts): reads the site folder, base path and lexicon (JSON on
 * stdin), runs writeQuickAnswers and writes the number of terms answered to stdout.
 */
import { text } from 'node:stream/consumers';
import { writeQuickAnswers } from './quick-answers';
import type { Lexicon } from '../lib/search/vocabulary';

const { site, base, lexicon } = JSON.parse(await text(process.stdin)) as { site: string; base: string; lexicon: Lexicon };
process.stdout.write(JSON.stringify(await writeQuickAnswers(site, base, lexicon)));
