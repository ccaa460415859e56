import { z } from 'astro/zod';
import { citations, questions, refineRevisions, revisionFields, tags, type RefFactory } from './common';
import { CHANNELS, SPEAKERS, STAGES, TIERS, vocabulary } from './taxonomy';

/** One line of dialogue. Authors may write `rep: …` / `customer: …` as shorthand. */
const lineSchema = z.union([
  z.object({
    speaker: vocabulary(SPEAKERS),
    text: z.string().min(1),
  }),
  z
    .object({ rep: z.string().min(1) })
    .strict()
    .transform(({ rep }) => ({ speaker: 'rep' as const, text: rep })),
  z
    .object({ customer: z.string().min(1) })
    .strict()
    .transform(({ customer }) => ({ speaker: 'customer' as const, text: customer })),
]);

/** A sales script (话术): content/scripts/<id>.md. The body explains why it works. */
export const scriptSchema = (ref: RefFactory) =>
  z
    .object({
      /** What the rep is doing, e.g. 应对“价格太高”. */
      title: z.string().min(1),
      /** One sentence for lists and search. */
      summary: z.string().min(1),
      /** Sales stage: 客户开发 · 需求调研 · 方案报价 · 谈判签约 · 售后服务. */
      stage: vocabulary(STAGES),
      /** Channel: 电话 · 面访 · 微信 · 邮件 · 展会 · 接待. */
      channel: vocabulary(CHANNELS),
      /** Customer tier: 重要 · 一般 · 潜在. */
      tier: vocabulary(TIERS),
      /** 场景: who the customer is, the channel, what just happened. */
      scenario: z.string().min(1),
      /** The objection this script answers, if any, in the customer's words. */
      objection: z.string().optional(),
      /** The dialogue, 4–16 lines alternating 业务员 / 客户. */
      lines: z.array(lineSchema).min(2, '对话至少 2 句').max(16, '对话最多 16 句；太长请拆成两个话术'),
      /** Phrases of the rep's lines worth memorising word for word; each must appear in a rep line. */
      keyPhrases: z.array(z.string().min(2)).default([]),
      /** 要点: 2–4 principles that make it work. */
      keyPoints: z.array(z.string().min(1)).min(1, '至少写 1 条要点'),
      /** 误区: 1–3 things that lose the customer. */
      pitfalls: z.array(z.string().min(1)).min(1, '至少写 1 条误区'),
      /** Handbook sections this script applies. */
      sections: z.array(ref('handbook')).default([]),
      ...revisionFields,
      /** The source documents its rules rest on, each with a locator (content/sources.yaml). */
      sources: citations(ref),
      /** 常见问法: questions readers ask that this page answers (2–6), shown as 常见问题. */
      questions,
      tags,
    })
    .superRefine((data, ctx) => {
      refineRevisions(data, ctx);
      const repText = data.lines.filter((line) => line.speaker === 'rep').map((line) => line.text);
      data.keyPhrases.forEach((phrase, index) => {
        if (!repText.some((text) => text.includes(phrase))) {
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: ['keyPhrases', index],
            message: `关键句“${phrase}”没有出现在任何一句业务员台词中；请逐字复制台词里的原话`,
          });
        }
      });
    });
