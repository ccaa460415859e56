/** The scaffolder offers exactly the vocabularies the schemas accept (src/schemas/taxonomy.ts). */
import { describe, expect, it } from 'vitest';
import { idRef } from '../../src/schemas/common';
import { buildSchemas } from '../../src/schemas';
import { CHANNELS, OUTCOMES, QUESTION_KINDS, STAGES, TIERS } from '../../src/schemas/taxonomy';
import { scaffold } from '../../src/scaffold/templates';
import { splitFrontMatter } from '../../src/check/load';
import { parse } from 'yaml';

const context = {
  today: '2026-11-27',
  roles: ['manager', 'rep'],
  chapters: [{ id: 'daily-work', owner: 'manager' }],
  sections: [{ id: 'daily-work/timetable', order: 1, version: 2 }],
};
const labels = (list: readonly { label: string }[]) => list.map((term) => term.label).join(' · ');

describe('templates', () => {
  it('list every stage, channel, tier and outcome by its label, and start on values the schema accepts', () => {
    const script = scaffold('script', 'follow-up', context).text;
    expect(script).toContain(`# 销售阶段：${labels(STAGES)}\nstage: 客户开发`);
    expect(script).toContain(`# 渠道：${labels(CHANNELS)}\nchannel: 电话`);
    expect(script).toContain(`# 客户类型：${labels(TIERS)}\ntier: 一般客户`);
    const caseText = scaffold('case', 'late-quote-lost', context).text;
    expect(caseText).toContain(`# 结果类型：${labels(OUTCOMES)}\noutcome: 赢单`);
    const schemas = buildSchemas(idRef);
    const data = (text: string) => parse(splitFrontMatter(text)?.yaml ?? '', { schema: 'core' }) as unknown;
    const parsed = schemas.scripts.parse(data(script));
    expect([parsed.stage, parsed.channel, parsed.tier]).toEqual(['prospecting', 'phone', 'regular']);
    expect(schemas.cases.parse(data(caseText)).outcome).toBe('won');
  });

  it('name every question kind in the quiz template', () => {
    const quiz = scaffold('quiz', 'daily-work', context).text;
    expect(quiz).toContain(`# 题型 kind：${QUESTION_KINDS.map((kind) => `${kind.id} ${kind.label}`).join(' · ')}`);
    expect(quiz).toContain('  daily-work/timetable: 2');
  });
});
