/**
 * npx tsx scripts/progress-fixtures.ts — writes tests/fixtures/progress/v<N>/ with files made by
 * THIS version's real export and store code (N = the current progress format). Run it once per
 * format version, before the format changes, and commit the folder: the migration tests then load
 * exactly what people's browsers and export files of that version hold. A folder that exists is
 * never overwritten (an old version's files cannot be made again once the code has moved on).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CURRENT_VERSION, emptyProgress, exportFileName, exportProgress, PROGRESS_KEY } from '../src/lib/progress';
import { loadContent, simulatePerson } from './progress-sim';

const dir = join('tests/fixtures/progress', `v${CURRENT_VERSION}`);
if (existsSync(dir)) {
  console.error(`${dir} exists; fixtures of a released format are never regenerated.`);
  process.exit(1);
}
mkdirSync(dir, { recursive: true });

const content = await loadContent('.');
const revised = content.team.sections.find(
  (section) => section.version > 1 && content.team.paths.rep?.some((s) => s.ref === section.id),
)?.id;
const people = [
  { file: 'rep', plan: { name: '张三', role: 'rep', start: '2026-09-01', days: 40, diligence: 0.9, staleReads: revised ? [revised] : [] } },
  { file: 'assistant', plan: { name: '李四', role: 'assistant', start: '2026-08-17', days: 70, diligence: 0.6 } },
  { file: 'nameless', plan: { name: '', role: 'supervisor', start: '2026-10-12', days: 12, diligence: 0.5 } },
];

const manifest: Record<string, unknown> = {
  format: CURRENT_VERSION,
  commit: execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim(),
  revisedSection: revised,
  files: {},
};
const files = manifest.files as Record<string, unknown>;
for (const { file, plan } of people) {
  const { progress, storage, end } = simulatePerson(content, plan);
  writeFileSync(join(dir, `${file}.export.json`), exportProgress(progress, end));
  writeFileSync(join(dir, `${file}.stored.json`), storage.getItem(PROGRESS_KEY)!);
  files[file] = { plan, exportedAs: exportFileName(end) };
}
const now = new Date('2026-11-02T03:00:00.000Z');
writeFileSync(join(dir, 'empty.export.json'), exportProgress(emptyProgress(), now));
files.empty = { exportedAs: exportFileName(now) };
writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`wrote ${dir}`);
