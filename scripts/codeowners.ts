/**
 * npm run codeowners — writes .github/CODEOWNERS from the owner role of each chapter, section and
 * form and the `reviewers` of that role in content/roles.yaml. The content check warns when the
 * committed file no longer matches, so run this after changing owners or reviewers.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CODEOWNERS_PATH, expectedCodeowners } from '../src/check';
import { loadContent } from '../src/check/load';

const contentDir = process.env.PLAYBOOK_CONTENT ?? 'content';
const { entries } = await loadContent(process.cwd(), contentDir);
const text = expectedCodeowners(contentDir, entries);
const path = join(process.cwd(), CODEOWNERS_PATH);
mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, text);
const rules = text.split('\n').filter((line) => line.startsWith('/')).length;
console.log(`已写入 ${CODEOWNERS_PATH}：${rules} 条规则。${rules === 0 ? '（content/roles.yaml 中还没有角色填写 reviewers。）' : ''}`);
