/**
 * Generates a large Chinese content folder for the search benchmark: the valid fixture site plus
 * N handbook sections (in chapters of 50) and M scripts, with deterministic pseudo-random text
 * built from sales vocabulary. Usage: tsx scripts/generate-corpus.ts <dir> [sections] [scripts]
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const WORDS = (
  '客户 报价 价格 订单 样品 交期 回款 拜访 电话 微信 合同 付款 折扣 议价 需求 方案 展会 接待 投诉 售后 ' +
  '包装 运费 质量 规格 采购 经理 主管 业务员 目标 考核 培训 晨读 早会 总结 计划 档案 分级 信用 风险 保密 ' +
  '市场 竞争 对手 品牌 推广 协调 生产 财务 单证 出货 验货 返工 退换 赔偿 跟进 转介绍 试单 复购 决策人 预算'
).split(' ');
const VERBS = '确认 准备 记录 核对 提交 回复 安排 整理 说明 沟通 检查 更新 汇报 约定 比较'.split(' ');
const STAGES = ['客户开发', '需求调研', '方案报价', '谈判签约', '售后服务'];
const CHANNELS = ['电话', '面访', '微信', '邮件', '展会', '接待'];
const TIERS = ['重要', '一般', '潜在'];

/** A small deterministic PRNG so every run builds the same corpus. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

export function generateCorpus(dir: string, sections = 2000, scripts = 1000): void {
  const random = rng(42);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const sentence = () =>
    `${pick(VERBS)}${pick(WORDS)}和${pick(WORDS)}，${pick(VERBS)}${pick(WORDS)}的${pick(WORDS)}，再${pick(VERBS)}${pick(WORDS)}。`;
  const paragraph = (n: number) => Array.from({ length: n }, sentence).join('');

  rmSync(dir, { recursive: true, force: true });
  cpSync(new URL('../tests/fixtures/valid', import.meta.url), dir, { recursive: true });
  const chapters = Math.ceil(sections / 50);
  for (let c = 0; c < chapters; c++) {
    const chapter = `gen-${String(c).padStart(3, '0')}`;
    mkdirSync(join(dir, 'handbook', chapter), { recursive: true });
    writeFileSync(
      join(dir, 'handbook', chapter, 'index.md'),
      `---\ntitle: 第 ${c + 1} 章 ${pick(WORDS)}${pick(WORDS)}\nsummary: ${sentence()}\norder: ${c + 10}\nowner: manager\n---\n\n${paragraph(3)}\n`,
    );
    for (let i = 0; i < 50 && c * 50 + i < sections; i++) {
      const headings = Array.from({ length: 4 }, (_, h) => `## ${pick(WORDS)}${pick(VERBS)} ${h + 1}\n\n${paragraph(4)}\n`).join('\n');
      writeFileSync(
        join(dir, 'handbook', chapter, `s${String(i).padStart(2, '0')}.md`),
        `---\ntitle: ${pick(WORDS)}${pick(WORDS)}${pick(VERBS)} ${c * 50 + i}\nsummary: ${sentence()}\norder: ${i + 1}\nowner: manager\naudience: [rep]\neffective: 2026-09-01\ntags: [${pick(WORDS)}, ${pick(WORDS)}]\n---\n\n${paragraph(2)}\n\n${headings}`,
      );
    }
  }
  for (let i = 0; i < scripts; i++) {
    const lines = Array.from({ length: 6 }, (_, l) => `  - ${l % 2 ? 'rep' : 'customer'}: ${sentence()}`).join('\n');
    writeFileSync(
      join(dir, 'scripts', `gen-${String(i).padStart(4, '0')}.md`),
      `---\ntitle: 应对“${pick(WORDS)}${pick(WORDS)}” ${i}\nsummary: ${sentence()}\nstage: ${pick(STAGES)}\nchannel: ${pick(CHANNELS)}\ntier: ${pick(TIERS)}\nscenario: ${sentence()}\nobjection: ${sentence()}\nlines:\n${lines}\nkeyPoints:\n  - ${sentence()}\npitfalls:\n  - ${sentence()}\neffective: 2026-09-01\ntags: [${pick(WORDS)}]\n---\n\n${paragraph(3)}\n`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, sections, scripts] = process.argv.slice(2);
  if (!dir) throw new Error('用法：tsx scripts/generate-corpus.ts <目录> [小节数] [话术数]');
  generateCorpus(dir, Number(sections ?? 2000), Number(scripts ?? 1000));
  console.log(`已生成语料：${dir}`);
}
