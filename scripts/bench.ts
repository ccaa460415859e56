/**
 * npm run bench — prints the portal's speed and size figures. Each file in scripts/bench/ exports
 * `name` and `run()`, which prints its own figures; `npm run bench -- search` runs only matching ones.
 * Figures are printed, never asserted: targets live in the issue notes, not in timed tests.
 * `npm run bench -- --help` lists the benchmarks and their options without running any: a whole run
 * takes minutes on a shared machine, so neither a help flag nor a misspelt name may start one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

interface Bench {
  name: string;
  run: () => void | Promise<void>;
}

const args = process.argv.slice(2);
const filter = args.filter((arg) => !arg.startsWith('-'));
const dir = join(import.meta.dirname, 'bench');
const files = readdirSync(dir)
  .filter((file) => file.endsWith('.bench.ts'))
  .sort();
const short = (file: string) => file.replace(/\.bench\.ts$/, '');

/** A bench file's leading doc comment, as plain lines: what it measures and its options. */
function docOf(file: string): string {
  const comment = /^\/\*\*([\s\S]*?)\*\//.exec(readFileSync(join(dir, file), 'utf8'))?.[1] ?? '';
  return comment
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, '    '))
    .join('\n')
    .trim();
}

if (args.includes('--help') || args.includes('-h')) {
  console.log('npm run bench [-- <name>… [options]]   runs every benchmark, or those whose name or file contains a <name>\n');
  for (const file of files) console.log(`  ${short(file)}\n    ${docOf(file)}\n`);
  process.exit(0);
}

const chosen = files.filter((file) => filter.length === 0 || filter.some((word) => file.includes(word)));
const unknown = filter.filter((word) => !files.some((file) => file.includes(word)));
if (unknown.length > 0) {
  console.error(
    `No benchmark matches ${unknown.map((w) => `"${w}"`).join(', ')}. Benchmarks: ${files.map(short).join(', ')} (npm run bench -- --help).`,
  );
  process.exit(2);
}

for (const file of chosen) {
  const bench = (await import(pathToFileURL(join(dir, file)).href)) as Bench;
  console.log(`\n## ${bench.name}`);
  await bench.run();
}
