/**
 * npm run bench — prints the portal's speed and size figures. Each file in scripts/bench/ exports
 * `name` and `run()`, which prints its own figures; `npm run bench -- search` runs only matching ones.
 * Figures are printed, never asserted: targets live in the issue notes, not in timed tests.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

interface Bench {
  name: string;
  run: () => void | Promise<void>;
}

const filter = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const dir = join(import.meta.dirname, 'bench');
const files = readdirSync(dir)
  .filter((file) => file.endsWith('.bench.ts'))
  .sort();

for (const file of files) {
  const bench = (await import(pathToFileURL(join(dir, file)).href)) as Bench;
  if (filter.length > 0 && !filter.some((word) => bench.name.includes(word) || file.includes(word))) continue;
  console.log(`\n## ${bench.name}`);
  await bench.run();
}
