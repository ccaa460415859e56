import { z } from 'astro/zod';
import { isoDate, type RefFactory } from './common';
import { STAGES, vocabulary } from './taxonomy';

/**
 * A weekly (or any date range's) theme of the morning drill: an entry of content/drill-themes.yaml,
 * keyed by an id such as 2026-w49. On those days the team drill leans to the matching scripts:
 * those listed in `scripts`, plus those of `stage` carrying any of `tags` (either alone also works).
 */
export const drillThemeSchema = (ref: RefFactory) =>
  z
    .object({
      /** The theme as the team sees it, e.g. 年底回款冲刺. */
      title: z.string().min(1),
      /** First day, YYYY-MM-DD (Shanghai date). */
      from: isoDate,
      /** Last day, inclusive. */
      to: isoDate,
      /** Scripts of this sales stage match (客户开发 · 需求调研 · 方案报价 · 谈判签约 · 售后服务). */
      stage: vocabulary(STAGES).optional(),
      /** Scripts carrying any of these tags match (within `stage`, when both are given). */
      tags: z.array(z.string().min(1)).default([]),
      /** Scripts picked by hand, in addition to those matched by stage and tags. */
      scripts: z.array(ref('scripts')).default([]),
      /** Why this theme now, shown in the drill header. */
      note: z.string().optional(),
    })
    .superRefine((theme, ctx) => {
      if (theme.to < theme.from) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['to'],
          message: `结束日期 ${theme.to} 早于开始日期 ${theme.from}；请对调或更正`,
        });
      }
      if (!theme.stage && theme.tags.length === 0 && theme.scripts.length === 0) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: [],
          message: '主题至少要写 stage（销售阶段）、tags（话术标签）或 scripts（话术 id）之一，晨练才知道侧重哪些话术',
        });
      }
    });
