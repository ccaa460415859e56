import { z } from 'astro/zod';
import { citations, refineRevisions, revisionFields, tags, type RefFactory } from './common';
import { OUTCOMES, STAGES, vocabulary } from './taxonomy';

/** A case study: content/cases/<id>.md. The body holds the manager's commentary. */
export const caseSchema = (ref: RefFactory) =>
  z
    .object({
      title: z.string().min(1),
      /** One sentence for lists and search. */
      summary: z.string().min(1),
      /** The stage where the case turned. */
      stage: vocabulary(STAGES),
      /** 赢单 · 丢单 · 挽回 · 绩效改进. */
      outcome: vocabulary(OUTCOMES),
      /** The (fictional) customer, e.g. 宁波某五金进口商. */
      customer: z.string().min(1),
      /** 情况: what the rep faced. */
      situation: z.string().min(1),
      /** 做法: what was done, step by step. */
      actions: z.array(z.string().min(1)).min(1),
      /** 结果: what came of it, with a number where possible. */
      result: z.string().min(1),
      /** Figures that show the result, e.g. { label: 订单金额, value: ¥120,000 }. */
      figures: z.array(z.object({ label: z.string(), value: z.union([z.string(), z.number()]).transform(String) })).default([]),
      /** 教训: what to repeat or do differently. */
      lessons: z.array(z.string().min(1)).min(1),
      scripts: z.array(ref('scripts')).default([]),
      sections: z.array(ref('handbook')).default([]),
      ...revisionFields,
      /** The source documents its rules rest on, each with a locator (content/sources.yaml). */
      sources: citations(ref),
      tags,
    })
    .superRefine(refineRevisions);
