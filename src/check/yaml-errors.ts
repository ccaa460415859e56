/**
 * YAML syntax errors as an author can act on them: one line per file, at the line to fix, in
 * Chinese. The `yaml` parser keeps going after an error and reports what follows from it (one
 * mis-indented line gives a dozen "Nested mappings…", "All mapping items…"); only its first error
 * is the author's, so that one is reported — fix it and run the check again. Duplicate keys are
 * separate mistakes and are each reported.
 */
import type { Document, LineCounter, YAMLError } from 'yaml';

export interface YamlProblem {
  /** 1-based line within the YAML text. */
  line: number;
  /** The duplicated key, or `-`. */
  field: string;
  message: string;
  kind: 'yaml' | 'duplicate';
}

const PREFIX = 'YAML 格式错误：';

const HINT = {
  quote: '引号没有闭合；请在这段文字末尾补上同样的引号，或去掉开头的引号（只有含冒号、# 等符号的文字才需要引号）',
  colon: '这一行缺少“冒号加空格”；字段要写成 名称: 值（半角冒号，后面空一格；全角冒号“：”不算）',
  nested: '一行里有两处“冒号加空格”；值里含有 ": " 时，请给整个值加引号，例如 title: "时间: 8:30"',
  indent: '缩进不对；同一层的字段要从同一列开始，下一层比上一层多缩进 2 个空格（只用空格）',
  continuation: '缩进不对；这一行比上一行的同级字段缩进得多，被当成了上一行的续行；请与同级字段对齐',
  dash: '缩进不对；这一行没有和同级字段对齐，被当成了缺少“- ”的列表项；请与上下同级的行对齐',
  sequence: '列表项“- ”的位置不对；列表写在字段的下一行，并比字段多缩进 2 个空格',
  tab: '这一行用 Tab 缩进；YAML 只能用空格缩进，请把 Tab 换成空格',
  flow: '方括号 [ ] 或花括号 { } 没有闭合，或其中缺少逗号；请写成 [甲, 乙] 或 { 键: 值 }，并在同一行闭合',
  start: '值不能以 @ 或 ` 开头；请给整个值加引号',
  comment: '# 前面要有空格才是注释；值里要用 # 时，请给整个值加引号',
  other: '请检查这一行的缩进（只用空格）、冒号（半角，后面空一格）和引号（成对）',
} as const;

type Hint = keyof typeof HINT;

const lineAt = (counter: LineCounter, offset: number) => counter.linePos(offset).line;

/** The line of the `[` or `{` left open before `offset` (the parser notices only on a later line). */
function openBracketLine(text: string, counter: LineCounter, offset: number): number | undefined {
  let depth = 0;
  for (let i = Math.min(offset, text.length) - 1; i >= 0; i--) {
    const char = text[i];
    if (char === ']' || char === '}') depth++;
    else if (char === '[' || char === '{') {
      if (depth === 0) return lineAt(counter, i);
      depth--;
    }
  }
  return undefined;
}

/** What the author got wrong, and the line to fix, for the parser's first error. */
function diagnose(error: YAMLError, errors: readonly YAMLError[], text: string, counter: LineCounter): { line: number; hint: Hint } {
  const line = lineAt(counter, error.pos[0]);
  const message = error.message;
  switch (error.code) {
    case 'MISSING_CHAR':
      if (message.startsWith('Missing closing')) return { line, hint: 'quote' };
      if (message.startsWith('Implicit map keys need')) return { line, hint: 'colon' };
      if (message.startsWith('Sequence item without')) return { line, hint: 'dash' };
      if (message.startsWith('Comments must be separated')) return { line, hint: 'comment' };
      if (message.startsWith('Missing ,')) return { line, hint: 'flow' };
      return { line, hint: 'other' };
    case 'MULTILINE_IMPLICIT_KEY':
      return { line, hint: 'colon' };
    case 'BLOCK_AS_IMPLICIT_KEY': {
      if (message.startsWith('A block sequence')) return { line, hint: 'sequence' };
      // A line indented past its siblings continues the value above, which then reads as a key
      // spanning two lines: the error sits on the value, the mistake on the line below it.
      const spanning = errors.find((other) => other.code === 'MULTILINE_IMPLICIT_KEY' && other.pos[0] === error.pos[0]);
      if (spanning) {
        const end = lineAt(counter, spanning.pos[1]);
        if (end > line) return { line: end, hint: 'continuation' };
      }
      return { line, hint: 'nested' };
    }
    case 'BAD_INDENT':
      if (message.startsWith('Flow ')) return { line: openBracketLine(text, counter, error.pos[0]) ?? line, hint: 'flow' };
      return { line, hint: 'indent' };
    case 'TAB_AS_INDENT':
      return { line, hint: 'tab' };
    case 'BAD_SCALAR_START':
      return { line, hint: 'start' };
    case 'UNEXPECTED_TOKEN':
      if (message.includes('flow')) return { line, hint: 'flow' };
      return { line, hint: 'other' };
    default:
      return { line, hint: 'other' };
  }
}

/** One problem per duplicate key, and one for the first other error (if any). */
export function yamlProblems(doc: Document, text: string, counter: LineCounter): YamlProblem[] {
  const problems: YamlProblem[] = [];
  for (const error of doc.errors) {
    if (error.code !== 'DUPLICATE_KEY') continue;
    const key = text.slice(error.pos[0]).split(/:\s/)[0]?.trim() ?? '-';
    problems.push({
      line: lineAt(counter, error.pos[0]),
      field: key,
      message: `id “${key}”重复定义；每个 id 只能定义一次，请删除或改名其中一个`,
      kind: 'duplicate',
    });
  }
  const first = doc.errors.find((error) => error.code !== 'DUPLICATE_KEY');
  if (first) {
    const { line, hint } = diagnose(first, doc.errors, text, counter);
    problems.push({ line, field: '-', message: `${PREFIX}${HINT[hint]}`, kind: 'yaml' });
  }
  return problems.sort((a, b) => a.line - b.line);
}
