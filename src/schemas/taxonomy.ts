/**
 * Fixed vocabularies of the content model. Each value has a stable English id (used in code,
 * URLs and filters) and the Chinese label readers see. Authors may write either; schemas
 * normalise to the id.
 */
import { z } from 'astro/zod';

export interface Term<Id extends string> {
  id: Id;
  label: string;
}

function terms<const Id extends string>(list: readonly Term<Id>[]) {
  return list;
}

/** The five stages of the sales process, in order. */
export const STAGES = terms([
  { id: 'prospecting', label: '客户开发' },
  { id: 'discovery', label: '需求调研' },
  { id: 'proposal', label: '方案报价' },
  { id: 'negotiation', label: '谈判签约' },
  { id: 'after-sales', label: '售后服务' },
]);

export const CHANNELS = terms([
  { id: 'phone', label: '电话' },
  { id: 'visit', label: '面访' },
  { id: 'wechat', label: '微信' },
  { id: 'email', label: '邮件' },
  { id: 'expo', label: '展会' },
  { id: 'reception', label: '接待' },
]);

/** Customer tiers by value, potential and loyalty. */
export const TIERS = terms([
  { id: 'key', label: '重要客户' },
  { id: 'regular', label: '一般客户' },
  { id: 'potential', label: '潜在客户' },
]);

export const OUTCOMES = terms([
  { id: 'won', label: '赢单' },
  { id: 'lost', label: '丢单' },
  { id: 'recovered', label: '挽回' },
  { id: 'improved', label: '绩效改进' },
]);

export const SPEAKERS = terms([
  { id: 'rep', label: '业务员' },
  { id: 'customer', label: '客户' },
]);

/** The five kinds of quiz question, by the `kind` an author writes. */
export const QUESTION_KINDS = terms([
  { id: 'single', label: '单选' },
  { id: 'multiple', label: '多选' },
  { id: 'truefalse', label: '判断' },
  { id: 'order', label: '排序' },
  { id: 'fill', label: '填空' },
]);

/** Extra spellings authors use for a term (e.g. 重要 for 重要客户). */
const ALIASES: Record<string, string> = {
  重要: 'key',
  一般: 'regular',
  潜在: 'potential',
  解决方案: 'proposal',
  报价: 'proposal',
  售后: 'after-sales',
  后期服务: 'after-sales',
  商务代表: 'rep',
  销售代表: 'rep',
  客人: 'customer',
};

/** The Chinese label of a term id, or the id itself when unknown. */
export function labelOf<Id extends string>(list: readonly Term<Id>[], id: string): string {
  return list.find((term) => term.id === id)?.label ?? id;
}

/**
 * A zod enum over a vocabulary that accepts the id, the Chinese label or a known alias and
 * outputs the id. The error lists what is allowed, in Chinese.
 */
export function vocabulary<const Id extends string>(list: readonly Term<Id>[]) {
  const byText = new Map<string, Id>();
  for (const term of list) {
    byText.set(term.id, term.id);
    byText.set(term.label, term.id);
  }
  for (const [alias, id] of Object.entries(ALIASES)) {
    const term = list.find((t) => t.id === id);
    if (term) byText.set(alias, term.id);
  }
  const allowed = list.map((t) => `${t.label}（${t.id}）`).join('、');
  return z.string().transform((value, ctx): Id => {
    const id = byText.get(value.trim());
    if (id === undefined) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `“${value}”不是可选值；可选：${allowed}` });
      return z.NEVER;
    }
    return id;
  });
}
