/** Building blocks shared by several schemas: dates, references, the revision fields. */
import { z } from 'astro/zod';

/** Collections that entries may reference. */
export type CollectionName =
  'roles' | 'chapters' | 'handbook' | 'scripts' | 'cases' | 'quizzes' | 'paths' | 'glossary' | 'forms' | 'sources';

/** What a reference resolves to, in Astro and in the standalone check alike. */
export interface Ref<C extends CollectionName = CollectionName> {
  id: string;
  collection: C;
}

/**
 * Makes the schema of a reference to a collection. Astro passes its `reference()`; the standalone
 * content check passes a plain id parser and resolves the ids itself, so both share one schema.
 */
export type RefFactory = <C extends CollectionName>(collection: C) => z.ZodType<Ref<C>, z.ZodTypeDef, unknown>;

/**
 * `params` of a custom issue that reports an id used twice: the content check files it under
 * 重复定义 in the editor's guide (other issues are 字段缺失或格式不对).
 */
export const DUPLICATE = { kind: 'duplicate' } as const;

/** The standalone check's reference parser: keeps the id, existence is checked afterwards. */
export const idRef: RefFactory = (collection) =>
  z
    .string({ invalid_type_error: '应为条目 id（字符串）' })
    .min(1)
    .transform((id) => ({ id, collection }));

function isRealDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A calendar date written YYYY-MM-DD, output as that string. YAML parsers that turn dates into
 * Date objects are accepted too. 2026-02-30 is refused rather than rolled into March.
 */
export const isoDate = z.union([z.string(), z.date()]).transform((value, ctx) => {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
  if (!isRealDate(text)) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      message: `“${text}”不是有效日期；请写成 YYYY-MM-DD，例如 2026-03-01`,
    });
    return z.NEVER;
  }
  return text;
});

/** One line of a revision table. */
export const changeSchema = z.object({
  /** The version this change produced. */
  version: z.number().int().min(1),
  /** The day it took effect, YYYY-MM-DD. */
  date: isoDate,
  /** What changed, in one sentence a reader understands without the diff. */
  summary: z.string().min(4, '请用一句话写明改了什么（至少 4 个字）'),
});

/**
 * Version fields of sections, scripts and cases. Version starts at 1; every later version must
 * have its line in `changes`.
 */
export const revisionFields = {
  /** Integer, starts at 1; raise it by one with every published revision. */
  version: z.number().int().min(1).default(1),
  /** 生效日期, YYYY-MM-DD. */
  effective: isoDate,
  /** The revision table, one line per version after the first (the first may be listed too). */
  changes: z.array(changeSchema).default([]),
};

/** Checks that the revision table agrees with the version; used in each schema's superRefine. */
export function refineRevisions(
  data: { version: number; effective: string; changes: { version: number; date: string }[] },
  ctx: z.RefinementCtx,
): void {
  const seen = new Set<number>();
  data.changes.forEach((change, index) => {
    if (seen.has(change.version)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['changes', index, 'version'],
        message: `版本 ${change.version} 在修订记录中出现了两次；每个版本只写一行`,
      });
    }
    seen.add(change.version);
    if (change.version > data.version) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['changes', index, 'version'],
        message: `修订记录写了版本 ${change.version}，但 version 只有 ${data.version}；请把 version 改为 ${change.version}，或更正这一行`,
      });
    }
  });
  if (data.version > 1 && !seen.has(data.version)) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['changes'],
      message: `version 是 ${data.version}，但修订记录 changes 里没有版本 ${data.version} 的说明；请加一行 { version: ${data.version}, date: ${data.effective}, summary: 改了什么 }`,
    });
  }
  const current = data.changes.find((change) => change.version === data.version);
  if (current && current.date !== data.effective) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['effective'],
      message: `生效日期 ${data.effective} 与修订记录中版本 ${data.version} 的日期 ${current.date} 不一致；两处应相同`,
    });
  }
}

/** Free-form labels used by search and the script finder. */
export const tags = z.array(z.string().min(1)).default([]);

/**
 * Where an entry's rules come from: a source document (content/sources.yaml) and a place in it a
 * person can turn to — a chapter, clause or item, not a line number of a text dump.
 */
export const citations = (ref: RefFactory) =>
  z
    .array(
      z
        .object({
          /** The source id in content/sources.yaml. */
          source: ref('sources'),
          /** Where in the document, e.g. 第五章 5.1.1 优秀业绩奖励 or 日常流程 8:50—9:00. */
          at: z.string().min(2, '请写明在来源文件的哪一章、哪一条（at），例如 第三章 3.1'),
        })
        .strict(),
    )
    .default([]);

/**
 * 常见问法: the 2–6 questions people actually ask that this page answers, in their own words
 * (客户拖着不付款咋办). Shown on the page and weighted high in search; unique across pages.
 */
export const questions = z
  .array(z.string().min(4, '常见问法请写成完整的问句（至少 4 个字）'))
  .min(2, '常见问法写 2—6 条；不写就整个省略 questions')
  .max(6, '常见问法最多 6 条；挑读者最常问的')
  .optional()
  .transform((list) => list ?? []);
