/**
 * The kinds of problem the content check reports. Each kind has a heading in the editor's guide
 * (/guide/#<id>), so a manager who is not an engineer can read what the message means and how to
 * fix it. The guide page renders one heading per entry here; a test keeps the two in step.
 */
import type { Problem } from './problem';

export const KINDS = [
  { id: 'format', title: '字段缺失或格式不对' },
  { id: 'yaml', title: 'YAML 写法错误' },
  { id: 'body', title: '正文写法错误' },
  { id: 'reference', title: '找不到引用的条目' },
  { id: 'duplicate', title: '重复定义' },
  { id: 'anchor', title: '测验指向的标题不存在' },
  { id: 'link', title: '正文链接失效' },
  { id: 'orphan', title: '孤立小节' },
  { id: 'version', title: '改了内容但没有升版本' },
  { id: 'effective', title: '生效日期倒退' },
  { id: 'new-file', title: '新文件的版本' },
  { id: 'deleted', title: '删除或改名后旧网址失效' },
  { id: 'redirects', title: '跳转表写错' },
  { id: 'quiz-review', title: '测验需要按新版小节复核' },
  { id: 'codeowners', title: 'CODEOWNERS 需要重新生成' },
  { id: 'pending', title: '数字没有出处也没有标“待确认”' },
] as const;

export type ProblemKind = (typeof KINDS)[number]['id'];

/** The guide page and anchor that explains a kind. */
function guideUrl(siteUrl: string, kind: ProblemKind): string {
  return `${siteUrl.replace(/\/$/, '')}/guide/#${kind}`;
}

/** One line per kind present, in guide order: where to read how to fix it. */
export function guideLinks(problems: Problem[], siteUrl: string): string[] {
  const present = new Set(problems.map((problem) => problem.kind));
  return KINDS.filter((kind) => present.has(kind.id)).map((kind) => `  ${kind.title}：${guideUrl(siteUrl, kind.id)}`);
}
