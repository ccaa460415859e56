/**
 * npm run check — the content check, then the TypeScript check of the site.
 *   --content-only   skip the type check (fast; what content writers run)
 * Prints one `file:line  field  message` line per problem and exits 1 when any is an error.
 */
import { spawnSync } from 'node:child_process';
import { checkContent, formatProblem } from '../src/check';

const args = process.argv.slice(2);
const contentDir = process.env.PLAYBOOK_CONTENT ?? 'content';

const { problems } = await checkContent(process.cwd(), contentDir);
for (const problem of problems) console.log(formatProblem(problem));
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;
if (errors > 0) {
  console.log(`\n内容检查未通过：${errors} 个错误${warnings ? `，${warnings} 个警告` : ''}。每行依次为 文件:行号、字段、问题和改法。`);
  process.exit(1);
}
console.log(`内容检查通过${warnings ? `（${warnings} 个警告）` : ''}。`);

if (!args.includes('--content-only')) {
  const types = spawnSync('npx', ['astro', 'check', '--minimumSeverity', 'warning'], { stdio: 'inherit' });
  process.exit(types.status ?? 1);
}
