/**
 * The templates of `npm run new`: a new section, script, case or quiz that already passes the
 * content check (version 1, today's date, known roles and references), with 待填写 placeholders
 * and YAML comments that say what each field is for. The vocabularies they offer (stages,
 * channels, tiers, outcomes, speakers, question kinds) come from src/schemas/taxonomy.ts, so a
 * template never suggests a value the schema refuses. Pure: the CLI passes in what exists
 * (src/scaffold/context.ts).
 */
import { publishedAt } from '../lib/content-urls';
import { CHANNELS, labelOf, OUTCOMES, QUESTION_KINDS, SPEAKERS, STAGES, TIERS, type Term } from '../schemas/taxonomy';

/** `label · label · …`: the values an author may write. */
const labels = (list: readonly Term<string>[]) => list.map((term) => term.label).join(' · ');

export const SCAFFOLD_KINDS = ['section', 'script', 'case', 'quiz'] as const;
export type ScaffoldKind = (typeof SCAFFOLD_KINDS)[number];

export interface ScaffoldContext {
  /** Today, YYYY-MM-DD (the department's time zone). */
  today: string;
  roles: string[];
  chapters: { id: string; owner: string }[];
  sections: { id: string; order: number; version: number }[];
}

export interface Scaffold {
  /** Path under content/. */
  path: string;
  text: string;
  /** What the author fills in next, in order. */
  next: string[];
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Accepts `daily-work/evening`, `handbook/daily-work/evening.mdx` or `content/handbook/…` alike. */
function normalise(kind: ScaffoldKind, raw: string): string {
  const folder = { section: 'handbook', script: 'scripts', case: 'cases', quiz: 'quizzes' }[kind];
  return raw
    .replace(/\\/g, '/')
    .replace(/^(\.\/)?(content\/)?/, '')
    .replace(new RegExp(`^${folder}/`), '')
    .replace(/\.(mdx?|yaml)$/, '');
}

export class ScaffoldError extends Error {}

export function scaffold(kind: ScaffoldKind, rawPath: string, context: ScaffoldContext): Scaffold {
  const id = normalise(kind, rawPath);
  const parts = id.split('/');
  const badId = (example: string) => new ScaffoldError(`“${rawPath}”不能用作文件名；请用小写英文、数字和连字符，例如 ${example}`);
  const rep = context.roles.includes('rep') ? 'rep' : (context.roles[0] ?? 'rep');
  const today = context.today;

  if (kind === 'section') {
    const [chapter = '', name = ''] = parts;
    if (parts.length !== 2 || !ID.test(chapter) || !ID.test(name)) throw badId('daily-work/evening-summary（章节/小节）');
    const owner = context.chapters.find((c) => c.id === chapter)?.owner;
    if (!owner) {
      throw new ScaffoldError(
        `章节 ${chapter} 不存在；现有章节：${context.chapters.map((c) => c.id).join('、')}。新章节请先建 content/handbook/${chapter}/index.md`,
      );
    }
    const order = Math.max(0, ...context.sections.filter((s) => s.id.startsWith(`${chapter}/`)).map((s) => s.order)) + 1;
    return {
      path: `handbook/${id}.md`,
      text: `---
# 小节标题：简短的名词短语，例如 作息时间
title: 待填写：小节标题
# 一两句话，显示在目录和搜索结果中
summary: 待填写：这一节讲什么、读完能做什么。
# 在本章中的顺序（1 = 第一节）
order: ${order}
# 负责维护本节、审核修改的角色（content/roles.yaml 中的 id）
owner: ${owner}
# 必读对象：${context.roles.join('、')}
audience: [${rep}]
# 版本从 1 开始；以后每次改正文或规则都要加 1，并在 changes 中写一行
version: 1
# 生效日期 YYYY-MM-DD
effective: ${today}
changes: []
# 相关内容（可留空）：话术 id、案例 id、测验 id、表格 id、其他小节（章节/小节）
scripts: []
cases: []
quizzes: []
forms: []
related: []
tags: []
---

## 目的

待填写：为什么要有这一节。

## 适用范围

待填写：谁、在什么情况下按本节执行。

## 流程

1. 待填写：第一步。
2. 待填写：第二步。

## 注意事项

- 待填写。
`,
      next: [
        '把 title、summary 和正文中所有“待填写”换成正文内容；小标题（## 开头）可增删。',
        `核对 owner（现为本章负责人 ${owner}）和 audience（必读对象）。`,
        `让读者找得到这一节：在相关小节的 related 中加上 ${id}，或在正文中链接 ${publishedAt(`handbook/${id}.md`)?.url}。`,
      ],
    };
  }

  if (parts.length !== 1 || !ID.test(id)) throw badId(kind === 'quiz' ? 'daily-work' : 'price-too-high');

  if (kind === 'script') {
    return {
      path: `scripts/${id}.md`,
      text: `---
# 业务员在做什么，例如 应对“价格太高”
title: 待填写：话术标题
summary: 待填写：一句话说明这段话术解决什么问题。
# 销售阶段：${labels(STAGES)}
stage: ${labelOf(STAGES, 'prospecting')}
# 渠道：${labels(CHANNELS)}
channel: ${labelOf(CHANNELS, 'phone')}
# 客户类型：${labels(TIERS)}
tier: ${labelOf(TIERS, 'regular')}
scenario: 待填写：客户是谁、通过什么渠道、刚发生了什么。
# 客户的原话（没有异议可删去这一行）
objection: 待填写：客户的原话。
# 对话：rep 是${labelOf(SPEAKERS, 'rep')}，customer 是${labelOf(SPEAKERS, 'customer')}，4–16 句
lines:
  - rep: 待填写：${labelOf(SPEAKERS, 'rep')}的第一句。
  - customer: 待填写：${labelOf(SPEAKERS, 'customer')}的回答。
# 值得逐字背下的原话，必须出现在业务员台词中（可留空）
keyPhrases: []
keyPoints:
  - 待填写：这段话术有效的原则。
pitfalls:
  - 待填写：容易丢掉客户的做法。
# 依据的手册小节（章节/小节）
sections: []
version: 1
effective: ${today}
changes: []
tags: []
---

待填写：为什么这样说有效。
`,
      next: [
        '填写 title、summary、scenario 和对话 lines，并核对 stage、channel、tier。',
        '写要点 keyPoints、误区 pitfalls，在正文写为什么有效。',
        '在 sections 中写依据的手册小节，并在那些小节的 scripts 中加上本话术 id。',
      ],
    };
  }

  if (kind === 'case') {
    return {
      path: `cases/${id}.md`,
      text: `---
title: 待填写：案例标题（一句话说清结果）
summary: 待填写：一句话概括经过和结果。
# 关键阶段：${labels(STAGES)}
stage: ${labelOf(STAGES, 'after-sales')}
# 结果类型：${labels(OUTCOMES)}
outcome: ${labelOf(OUTCOMES, 'won')}
customer: 待填写：客户（虚构或隐去名称），例如 宁波某五金进口商
situation: 待填写：业务员面对的情况。
actions:
  - 待填写：第一步做了什么。
result: 待填写：结果，尽量带数字。
# 数字（可留空），例如 - { label: 订单金额, value: ¥120,000 }
figures: []
lessons:
  - 待填写：要重复的做法，或下次怎么做。
scripts: []
sections: []
version: 1
effective: ${today}
changes: []
tags: []
---

待填写：经理点评。
`,
      next: [
        '填写情况、做法、结果和教训，核对 stage 和 outcome。',
        '在 scripts 和 sections 中写用到的话术和相关小节。',
        '在正文写经理点评。',
      ],
    };
  }

  // quiz: an id naming a chapter (daily-work, daily-work-review) covers that chapter's sections.
  const chapter = context.chapters
    .map((c) => c.id)
    .filter((c) => id === c || id.startsWith(`${c}-`))
    .sort((a, b) => b.length - a.length)[0];
  const chapterSections = chapter ? context.sections.filter((s) => s.id.startsWith(`${chapter}/`)).sort((a, b) => a.order - b.order) : [];
  const sources = chapterSections.length > 0 ? chapterSections : context.sections.slice(0, 1);
  const first = sources[0];
  if (!first) throw new ScaffoldError('手册中还没有任何小节；测验要以小节为出题依据，请先新建小节');
  return {
    path: `quizzes/${id}.yaml`,
    text: `# 测验：每道题都要写明答案、解析和出题依据的小节（section，可加 anchor 指向小标题）。
title: 待填写：测验标题
summary: 待填写：通过说明掌握了什么。
# 及格线（答对的百分比）
passMark: 80
# 出题依据的手册小节
sections: [${sources.map((s) => s.id).join(', ')}]
# 出题时各小节的版本；小节改版后要对照新版核对题目，再改这里的数字
reviewedAgainst:
${sources.map((s) => `  ${s.id}: ${s.version}`).join('\n')}
questions:
  # 题型 kind：${QUESTION_KINDS.map((kind) => `${kind.id} ${kind.label}`).join(' · ')}
  - id: question-1
    kind: single
    prompt: 待填写：题干？
    options: [待填写：选项一, 待填写：选项二, 待填写：选项三]
    answer: A
    explanation: 待填写：为什么这样答。
    section: ${first.id}
`,
    next: [
      '写题目：每题的 prompt、options、answer 和 explanation，题目 id 用小写英文。',
      `删去不相关的小节；在被测小节的 quizzes 中加上 ${id}。`,
    ],
  };
}
