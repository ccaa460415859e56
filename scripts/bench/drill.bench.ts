/**
 * The drill page's JavaScript weight (gzip, from the last build in dist/) and the time to choose a
 * day's cards from a library of 1,000 synthetic scripts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { gzipKb, measurePages } from './page-js.bench';
import { deriveCards, libraryOf, type ScriptInput } from '../../src/lib/drill/cards';
import { addDays } from '../../src/lib/date';
import { selectDay } from '../../src/lib/drill/select';
import { resolveThemes } from '../../src/lib/drill/themes';

export const name = 'drill (page JavaScript, day selection)';

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

export async function run(): Promise<void> {
  const page = 'dist/drill/index.html';
  if (existsSync(page)) {
    const html = readFileSync(page, 'utf8');
    const { atLoad, onSearch } = (await measurePages('dist', ['/drill/'])).get('/drill/') ?? { atLoad: [], onSearch: [] };
    console.log(`drill page JavaScript at load, gzip: ${gzipKb('dist', atLoad).toFixed(1)} kB in ${atLoad.length} files (budget 40 kB)`);
    console.log(
      `  + site search, loaded only when the header box is focused: ${gzipKb('dist', onSearch).toFixed(1)} kB in ${onSearch.length} files`,
    );
    console.log(`drill page HTML (library ids, no cards), gzip: ${(gzipSync(html).length / 1024).toFixed(1)} kB`);
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
