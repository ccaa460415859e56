/**
 * A YAML typo gives one line, at the line to fix, in Chinese — not the parser's cascade of
 * English errors that follow from it. Each case is a real mistake in a real quiz file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { yamlProblems } from '../../src/check/yaml-errors';

const QUIZ = readFileSync(join(import.meta.dirname, '../fixtures/valid/quizzes/daily-work.yaml'), 'utf8');

function problems(text: string) {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, schema: 'core', uniqueKeys: true });
  return yamlProblems(doc, text, counter).map((problem) => `${problem.line}  ${problem.field}  ${problem.message}`);
}

/** The quiz with the first occurrence of `from` replaced. */
const typo = (from: string, to: string) => {
  expect(QUIZ).toContain(from);
  return QUIZ.replace(from, to);
};

describe('YAML syntax errors', () => {
  it('the valid quiz has none', () => {
    expect(problems(QUIZ)).toEqual([]);
  });

  it.each([
    [
      'a field one space short of its siblings',
      typo('    kind: order', '   kind: order'),
      '15  -  YAML 格式错误：缩进不对；这一行没有和同级字段对齐，被当成了缺少“- ”的列表项；请与上下同级的行对齐',
    ],
    [
      'a field one space past its siblings (reported on that line, not the one above)',
      typo('    kind: single', '     kind: single'),
      '7  -  YAML 格式错误：缩进不对；这一行比上一行的同级字段缩进得多，被当成了上一行的续行；请与同级字段对齐',
    ],
    [
      'a field two spaces short',
      typo('    kind: single', '  kind: single'),
      '7  -  YAML 格式错误：缩进不对；同一层的字段要从同一列开始，下一层比上一层多缩进 2 个空格（只用空格）',
    ],
    [
      'a full-width colon',
      typo('    prompt: 晨读训练几点开始？', '    prompt：晨读训练几点开始？'),
      '8  -  YAML 格式错误：这一行缺少“冒号加空格”；字段要写成 名称: 值（半角冒号，后面空一格；全角冒号“：”不算）',
    ],
    [
      'a second ": " in a value',
      typo('    prompt: 晨读训练几点开始？', '    prompt: 晨读训练: 几点开始？'),
      '8  -  YAML 格式错误：一行里有两处“冒号加空格”；值里含有 ": " 时，请给整个值加引号，例如 title: "时间: 8:30"',
    ],
    [
      'an unclosed quote',
      typo('    prompt: 晨读训练几点开始？', '    prompt: "晨读训练几点开始？'),
      '8  -  YAML 格式错误：引号没有闭合；请在这段文字末尾补上同样的引号，或去掉开头的引号（只有含冒号、# 等符号的文字才需要引号）',
    ],
    [
      'an unclosed list (reported where it opens, not on the next line)',
      typo('options: ["8:30", "8:50", "9:00", "9:20"]', 'options: ["8:30", "8:50", "9:00", "9:20"'),
      '9  -  YAML 格式错误：方括号 [ ] 或花括号 { } 没有闭合，或其中缺少逗号；请写成 [甲, 乙] 或 { 键: 值 }，并在同一行闭合',
    ],
    [
      'a tab for indentation',
      typo('    section: daily-work/morning-routine', '\tsection: daily-work/morning-routine'),
      '12  -  YAML 格式错误：这一行用 Tab 缩进；YAML 只能用空格缩进，请把 Tab 换成空格',
    ],
    [
      'a list item at the wrong depth',
      typo('  - id: morning-order', '- id: morning-order'),
      '14  -  YAML 格式错误：列表项“- ”的位置不对；列表写在字段的下一行，并比字段多缩进 2 个空格',
    ],
  ])('%s: one line', (_, text, expected) => {
    expect(problems(text)).toEqual([expected]);
  });

  it('reports every duplicated key, each on its own line', () => {
    const text = 'a:\n  name: 甲\nb:\n  name: 乙\na:\n  name: 丙\nb:\n  name: 丁\n';
    expect(problems(text)).toEqual([
      '5  a  id “a”重复定义；每个 id 只能定义一次，请删除或改名其中一个',
      '7  b  id “b”重复定义；每个 id 只能定义一次，请删除或改名其中一个',
    ]);
  });
});
