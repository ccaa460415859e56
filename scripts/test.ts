/**
 * npm test — every check, in the order that fails soonest:
 *   1. `astro sync` writes the content types the type check and the linters read;
 *   2. the static checks side by side, each its own process: the content and type check, ESLint
 *      (TypeScript files with knip, and Astro components), Prettier. Each uses about one core, so
 *      on two cores this takes about two thirds of the time of running them in turn. Their output
 *      is printed whole, one check after another, and every failing check is named (a writer sees
 *      all of them at once, not only the first);
 *   3. then, one after another, stopping at the first failure: unit and content tests, the build,
 *      the end-to-end tests.
 * Ends with how long each step took.
 */
import { spawn } from 'node:child_process';

interface Step {
  /** What the step is, as printed. */
  name: string;
  /** npm scripts of package.json, run in turn. */
  scripts: string[];
}

const SYNC: Step = { name: '内容类型（astro sync）', scripts: ['sync'] };
/** Side by side, after SYNC: none of them writes what another reads. */
const STATIC: Step[] = [
  { name: '内容检查和类型检查', scripts: ['check:nosync'] },
  { name: 'ESLint（TypeScript）和 knip', scripts: ['lint:ts', 'knip'] },
  // Apart from the rest of ESLint: the components' type-checked lint is as long as all the rest.
  { name: 'ESLint（Astro 组件）', scripts: ['lint:astro'] },
  { name: 'Prettier 格式', scripts: ['format:check'] },
];
const AFTER: Step[] = [
  { name: '单元和内容测试', scripts: ['test:unit'] },
  { name: '构建', scripts: ['build'] },
  { name: '端到端测试', scripts: ['test:e2e'] },
];

interface Outcome {
  step: Step;
  ok: boolean;
  seconds: number;
  /** The step's output, when it was collected to be printed whole. */
  output: string;
}

/** Runs a step's scripts in turn; with `collect`, keeps their output instead of printing it as it comes. */
async function run(step: Step, collect: boolean): Promise<Outcome> {
  const started = performance.now();
  let output = '';
  for (const script of step.scripts) {
    const code = await new Promise<number>((resolve) => {
      const child = spawn('npm', ['run', '--silent', script], {
        stdio: collect ? ['ignore', 'pipe', 'pipe'] : 'inherit',
        shell: process.platform === 'win32',
      });
      child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('error', (error) => {
        output += `${error.message}\n`;
        resolve(1);
      });
      child.on('close', (status) => resolve(status ?? 1));
    });
    if (code !== 0) return { step, ok: false, seconds: (performance.now() - started) / 1000, output };
  }
  return { step, ok: true, seconds: (performance.now() - started) / 1000, output };
}

const heading = (text: string) => console.log(`\n━━ ${text} ━━`);
const done: Outcome[] = [];

function summary(): void {
  heading('用时');
  for (const { step, ok, seconds } of done) console.log(`${ok ? '通过' : '失败'}  ${seconds.toFixed(0).padStart(4)} s  ${step.name}`);
}

function fail(failed: Outcome[]): never {
  summary();
  console.error(`\n未通过：${failed.map((o) => o.step.name).join('、')}（原因见上方各自的输出）`);
  process.exit(1);
}

heading(SYNC.name);
const synced = await run(SYNC, false);
done.push(synced);
if (!synced.ok) fail([synced]);

heading(`${STATIC.map((step) => step.name).join(' · ')}（同时运行）`);
const checks = await Promise.all(
  STATIC.map(async (step) => {
    const outcome = await run(step, true);
    heading(`${outcome.ok ? '通过' : '失败'}：${step.name}（${outcome.seconds.toFixed(0)} s）`);
    if (outcome.output.trim()) process.stdout.write(outcome.output.endsWith('\n') ? outcome.output : `${outcome.output}\n`);
    return outcome;
  }),
);
done.push(...checks);
const failed = checks.filter((outcome) => !outcome.ok);
if (failed.length > 0) fail(failed);

for (const step of AFTER) {
  heading(step.name);
  const outcome = await run(step, false);
  done.push(outcome);
  if (!outcome.ok) fail([outcome]);
}
summary();
