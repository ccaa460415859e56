/**
 * npm run check — the content check, then the TypeScript check of the site.
 *   --content-only   skip the type check (fast; what content writers run)
 *   --all            list every section nothing leads to (more than a few are summarised in one line)
 *   --no-sync        the type check reads the content types as they are (npm test has just
 *                    written them, and runs the linters beside this check, which read them)
 *   --base <ref>     also apply the revision rule against a git ref (CI passes the PR's base):
 *                    changed sections, scripts and cases must raise their version, effective
 *                    dates may not go backwards, deleted pages need a redirect.
 * Prints one `file:line  field  message` line per problem, then where the editor's guide explains
 * each kind of problem, and exits 1 when any is an error.
 */
import { spawnSync } from 'node:child_process';
import { checkContent } from '../src/check';
import { reportLines } from '../src/check/report';
import { guideLinks } from '../src/check/kinds';
import { site } from '../src/site.config';

const args = process.argv.slice(2);
const contentDir = process.env.PLAYBOOK_CONTENT ?? 'content';
const baseAt = args.indexOf('--base');
const base = baseAt >= 0 ? args[baseAt + 1] : args.find((arg) => arg.startsWith('--base='))?.slice('--base='.length);
if (baseAt >= 0 && (!base || base.startsWith('--'))) {
  console.error('--base 后面要写 git 版本，例如 npm run check -- --base origin/main');
  process.exit(2);
}

const { problems } = await checkContent(process.cwd(), contentDir, { base });
for (const line of reportLines(problems, { all: args.includes('--all') })) console.log(line.text);
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;
if (problems.length > 0) console.log(`\n怎么改，见编辑指南：\n${guideLinks(problems, site.url).join('\n')}`);
if (!base) console.log('（未给 --base，跳过修订规则：版本号、生效日期和删除页面的检查。）');
if (errors > 0) {
  console.log(`\n内容检查未通过：${errors} 个错误${warnings ? `，${warnings} 个警告` : ''}。每行依次为 文件:行号、字段、问题和改法。`);
  process.exit(1);
}
console.log(`内容检查通过${warnings ? `（${warnings} 个警告）` : ''}。`);

if (!args.includes('--content-only')) {
  const noSync = args.includes('--no-sync') ? ['--noSync'] : [];
  const types = spawnSync('npx', ['astro', 'check', ...noSync, '--minimumSeverity', 'warning'], { stdio: 'inherit' });
  process.exit(types.status ?? 1);
}
