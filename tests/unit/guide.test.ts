/** The check's messages link to /guide/#<kind>: every kind needs its heading in the guide. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guideLinks, KINDS } from '../../src/check/kinds';

const guide = readFileSync(join(import.meta.dirname, '../../src/pages/guide/index.mdx'), 'utf8');

describe('the editor’s guide', () => {
  it('has one heading per kind of check message, with the kind as its anchor', () => {
    for (const kind of KINDS) expect(guide, kind.id).toContain(`<h3 id="${kind.id}">${kind.title}</h3>`);
  });
  it('is linked once per kind present, in guide order', () => {
    const problems = [
      { file: 'a', line: 1, field: 'x', message: '找不到角色“director”', severity: 'error' as const, kind: 'reference' as const },
      { file: 'a', line: 2, field: 'y', message: '缺少必填字段 title', severity: 'error' as const, kind: 'format' as const },
      { file: 'b', line: 1, field: 'z', message: '缺少必填字段 summary', severity: 'error' as const, kind: 'format' as const },
    ];
    expect(guideLinks(problems, 'https://playbook.example.com/')).toEqual([
      '  字段缺失或格式不对：https://playbook.example.com/guide/#format',
      '  找不到引用的条目：https://playbook.example.com/guide/#reference',
    ]);
  });
});
