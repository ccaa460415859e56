/** Turns zod issues into the Chinese messages authors read. Error text is API: tests pin it. */
import type { z } from 'astro/zod';

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  integer: '整数',
  boolean: 'true 或 false',
  array: '列表（- 开头的多行，或 [a, b]）',
  object: '字段组',
  date: '日期',
  undefined: '空',
  null: '空',
};

const typeName = (type: string) => TYPE_NAMES[type] ?? type;

/** True when zod produced its own English default, which we replace. */
const isDefault = (message: string) => /^[A-Za-z]/.test(message);

/** The issue that best explains a failed union: the first alternative's (the canonical form). */
export function flattenIssue(issue: z.ZodIssue): z.ZodIssue[] {
  if (issue.code === 'invalid_union' && issue.unionErrors.length > 0) {
    const best = [...issue.unionErrors].sort((a, b) => a.issues.length - b.issues.length)[0];
    const first = issue.unionErrors[0];
    const chosen = first?.issues.some((i) => i.code !== 'invalid_type') ? first : (best ?? first);
    if (chosen) return chosen.issues.flatMap(flattenIssue);
  }
  return [issue];
}

export function issueMessage(issue: z.ZodIssue): string {
  const field = String(issue.path[issue.path.length - 1] ?? '');
  switch (issue.code) {
    case 'invalid_type':
      if (issue.received === 'undefined') return `缺少必填字段 ${field}；请补上一行 ${field}: …`;
      return `类型不对：应为${typeName(issue.expected)}，现在是${typeName(issue.received)}`;
    case 'invalid_enum_value':
      return `“${String(issue.received)}”不是可选值；可选：${issue.options.join('、')}`;
    case 'invalid_literal':
      return `应为 ${JSON.stringify(issue.expected)}`;
    case 'too_small':
      if (!isDefault(issue.message)) return issue.message;
      if (issue.type === 'array') return `至少要有 ${issue.minimum} 项`;
      if (issue.type === 'string') return Number(issue.minimum) <= 1 ? '不能为空' : `至少 ${issue.minimum} 个字`;
      return `不能小于 ${issue.minimum}`;
    case 'too_big':
      if (!isDefault(issue.message)) return issue.message;
      if (issue.type === 'array') return `最多 ${issue.maximum} 项`;
      if (issue.type === 'string') return `最多 ${issue.maximum} 个字`;
      return `不能大于 ${issue.maximum}`;
    case 'invalid_string':
      return isDefault(issue.message) ? '格式不对' : issue.message;
    case 'not_multiple_of':
      return `应为 ${issue.multipleOf} 的倍数`;
    case 'unrecognized_keys':
      return `未知字段：${issue.keys.join('、')}；请检查拼写`;
    default:
      return isDefault(issue.message) ? `内容不符合要求（${issue.message}）` : issue.message;
  }
}
