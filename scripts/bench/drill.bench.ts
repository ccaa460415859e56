/**
 * The drill page's JavaScript weight (gzip, from the last build in dist/) and the time to choose a
 * day's cards from a library of 1,000 synthetic scripts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { deriveCards, libraryOf, type ScriptInput } from '../../src/lib/drill/cards';
import { addDays } from '../../src/lib/drill/date';
import { selectDay } from '../../src/lib/drill/select';
import { resolveThemes } from '../../src/lib/drill/themes';

export const name = 'drill (page JavaScript, day selection)';

/**
 * Module scripts of a built page and every chunk they import, transitively. Dynamic imports are
 * followed too (the drill loads its fsrs chunk right after start-up), except the header search
 * box's, which loads only when a reader focuses the box; those are returned separately.
 */
function pageScripts(html: string): { atLoad: string[]; onSearch: string[] } {
  const atLoad = new Set<string>();
  const onSearch = new Set<string>();
  const queue = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].flatMap((m) => (m[1] ? [{ src: m[1], lazy: false }] : []));
  for (let next = queue.shift(); next; next = queue.shift()) {
    const { src, lazy } = next;
    if (atLoad.has(src) || (lazy && onSearch.has(src))) continue;
    (lazy ? onSearch : atLoad).add(src);
    const code = readFileSync(join('dist', src), 'utf8');
    const fromHeader = lazy || src.includes('Header.astro');
    for (const m of code.matchAll(/from\s*["']\.\/([^"']+\.js)["']|import\s*["']\.\/([^"']+\.js)["']/g))
      queue.push({ src: `/_astro/${m[1] ?? m[2]}`, lazy });
    for (const m of code.matchAll(/import\(\s*["']\.\/([^"']+\.js)["']/g)) queue.push({ src: `/_astro/${m[1]}`, lazy: fromHeader });
  }
  for (const src of atLoad) onSearch.delete(src);
  return { atLoad: [...atLoad], onSearch: [...onSearch] };
}

function synthetic(n: number): ScriptInput[] {
  const stages = ['prospecting', 'discovery', 'proposal', 'negotiation', 'after-sales'];
  return Array.from({ length: n }, (_, i) => ({
    id: `script-${i}`,
    data: {
      title: `话术 ${i}`,
      stage: stages[i % 5] ?? 'prospecting',
      scenario: '第二次面访一家五金进口商。',
      objection: i % 3 === 0 ? '你们的价格太高了。' : undefined,
      lines: [
        { speaker: 'customer', text: '你们的价格太高了。' },
        { speaker: 'rep', text: `理解。我们一起算一下总成本，第 ${i} 号方案。` },
        { speaker: 'customer', text: '好。' },
        { speaker: 'rep', text: '我周四上午打电话给您。' },
      ],
      keyPhrases: ['算一下总成本', '周四上午打电话'],
      keyPoints: ['先认同。'],
      tags: [`tag-${i % 20}`],
    },
  }));
}

export function run(): void {
  const page = 'dist/drill/index.html';
  if (existsSync(page)) {
    const html = readFileSync(page, 'utf8');
    const { atLoad, onSearch } = pageScripts(html);
    const gz = (files: string[]) => files.reduce((sum, src) => sum + gzipSync(readFileSync(join('dist', src))).length, 0) / 1024;
    console.log(`drill page JavaScript at load, gzip: ${gz(atLoad).toFixed(1)} kB in ${atLoad.length} files (budget 40 kB)`);
    console.log(`  + site search, loaded only when the header box is focused: ${gz(onSearch).toFixed(1)} kB in ${onSearch.length} files`);
    console.log(`drill page HTML (all cards embedded), gzip: ${(gzipSync(html).length / 1024).toFixed(1)} kB`);
  } else console.log('drill page: run `npx astro build` first to measure its JavaScript');

  const scripts = synthetic(1000);
  let started = performance.now();
  const cards = deriveCards({ scripts, glossary: [], quizzes: [] });
  const themes = resolveThemes(
    Array.from({ length: 12 }, (_, w) => ({
      id: `w${w}`,
      title: `主题 ${w}`,
      from: addDays('2026-11-30', w * 7),
      to: addDays('2026-11-30', w * 7 + 6),
      tags: [`tag-${w}`],
      scripts: [],
    })),
    scripts.map((s) => ({ id: s.id, stage: s.data.stage, tags: s.data.tags })),
  );
  const library = libraryOf(cards, themes);
  console.log(`derive ${cards.length} cards from 1,000 scripts: ${(performance.now() - started).toFixed(1)} ms`);
  const runs = 365;
  started = performance.now();
  for (let d = 0; d < runs; d++) selectDay(library, addDays('2026-11-27', d));
  console.log(
    `build the day's set from 1,000 scripts: ${((performance.now() - started) / runs).toFixed(2)} ms per date (mean of ${runs} dates)`,
  );
}
