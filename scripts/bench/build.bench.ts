/** Build time and page weight of the bundled content. */
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const name = 'build (bundled content)';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export function run(): void {
  const started = performance.now();
  execSync('npx astro build', { stdio: 'ignore' });
  const seconds = (performance.now() - started) / 1000;
  const pages = walk('dist').filter((file) => file.endsWith('.html'));
  console.log(`build time: ${seconds.toFixed(1)} s for ${pages.length} pages`);
  const section = pages.find((page) => page.includes('/handbook/daily-work/morning-routine/'));
  if (section) {
    const html = readFileSync(section);
    const css = walk('dist/_astro')
      .filter((file) => file.endsWith('.css'))
      .map((file) => readFileSync(file));
    const gz = gzipSync(html).length + css.reduce((sum, file) => sum + gzipSync(file).length, 0);
    console.log(`a reading page (HTML + CSS), gzip: ${(gz / 1024).toFixed(1)} kB`);
  }
}
