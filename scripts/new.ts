/**
 * npm run new -- <section|script|case|quiz> <path>
 *   npm run new -- section daily-work/evening-summary
 *   npm run new -- script price-too-high
 * Writes a file that already passes the content check and prints what to fill in next.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkContent } from '../src/check';
import { scaffoldContext } from '../src/scaffold/context';
import { SCAFFOLD_KINDS, scaffold, ScaffoldError, type ScaffoldKind } from '../src/scaffold/templates';

const [kind, path] = process.argv.slice(2);
const contentDir = process.env.PLAYBOOK_CONTENT ?? 'content';
const usage = `用法：npm run new -- <${SCAFFOLD_KINDS.join('|')}> <路径>
  npm run new -- section daily-work/evening-summary   新建手册小节（章节/小节）
  npm run new -- script price-too-high                 新建话术
  npm run new -- case price-objection-won              新建案例
  npm run new -- quiz daily-work                       新建测验（与章节同名时自动列出本章小节）`;

const isKind = (value: string | undefined): value is ScaffoldKind => SCAFFOLD_KINDS.some((known) => known === value);

if (!isKind(kind) || !path) {
  console.error(usage);
  process.exit(2);
}

const { entries } = await checkContent(process.cwd(), contentDir);
const context = scaffoldContext(entries);

try {
  const result = scaffold(kind, path, context);
  const file = join(contentDir, result.path);
  if (existsSync(file)) {
    console.error(`${file} 已存在；要修改它请直接编辑，要新建请换一个名字`);
    process.exit(1);
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, result.text);
  console.log(`已新建 ${file}${kind === 'quiz' ? '' : `（第 1 版，生效日期 ${context.today}）`}。接下来：`);
  result.next.forEach((step, index) => console.log(`  ${index + 1}. ${step}`));
  console.log('  最后运行 npm run check -- --content-only 检查，再提交拉取请求（PR）。');
} catch (error) {
  if (error instanceof ScaffoldError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
