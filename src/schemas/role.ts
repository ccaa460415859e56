import { z } from 'astro/zod';

/** A role in the department (content/roles.yaml, keyed by role id). */
export const roleSchema = z.object({
  /** The Chinese title, e.g. 业务员. */
  name: z.string().min(1),
  /** Other titles people use for the same role; search widens queries with them. */
  aliases: z.array(z.string()).default([]),
  /** One or two sentences: what this role is for. */
  summary: z.string().min(1),
  /** Who the role reports to (a role id), if anyone in the department. */
  reportsTo: z.string().optional(),
  /**
   * Optional e-mail address for readers' feedback (「这条有问题？」) on pages this role owns, used
   * when the site has no repository to open issues in; see src/lib/feedback.ts for who gets what.
   */
  email: z.string().email('应写成邮箱地址，例如 sales-manager@example.com').optional(),
  /** Repository accounts (e.g. @zhang-wei) who review content this role owns; feeds CODEOWNERS. */
  reviewers: z.array(z.string().regex(/^@[\w-]+(\/[\w-]+)?$/, '应写成 @账号 或 @组织/团队')).default([]),
});
