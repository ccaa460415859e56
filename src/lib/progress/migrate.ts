/**
 * Migrations from older stored formats to the current one. Each step takes the previous version's
 * plain object and returns the next; they run in order, so any old export still imports.
 */

type Raw = Record<string, unknown>;

/**
 * Version 1 (the first release) stored a quiz's last result only, steps as a date string and reads
 * as a bare version number: `{ version: 1, quizzes: { id: { percent, passed, at } }, steps: { key: at },
 * reads: { id: 3 } }`.
 */
function from1(old: Raw): Raw {
  const quizzes: Raw = {};
  for (const [id, value] of Object.entries((old.quizzes as Raw | undefined) ?? {})) {
    const v = value as { percent?: number; passed?: boolean; at?: string; correct?: number; total?: number };
    const total = v.total ?? 100;
    const attempt = {
      correct: v.correct ?? Math.round(((v.percent ?? 0) / 100) * total),
      total,
      percent: v.percent ?? 0,
      passed: Boolean(v.passed),
      at: v.at,
    };
    quizzes[id] = { best: attempt, latest: attempt, attempts: 1 };
  }
  const steps: Raw = {};
  for (const [key, at] of Object.entries((old.steps as Raw | undefined) ?? {})) steps[key] = { at };
  const reads: Raw = {};
  const migratedAt = typeof old.updatedAt === 'string' ? old.updatedAt : new Date(0).toISOString();
  for (const [id, version] of Object.entries((old.reads as Raw | undefined) ?? {})) reads[id] = { version, at: migratedAt };
  return { ...old, version: 2, quizzes, steps, reads };
}

const isObject = (value: unknown): value is Raw => !!value && typeof value === 'object' && !Array.isArray(value);

/**
 * Version 2 → 3 (the team view and unanswered searches): the person's profile may now also hold an
 * employee number and a start date (both optional, nothing to fill in), the reader's unanswered
 * searches start empty, and each quiz result counts its failed attempts — filled in only where
 * version 2 data says it exactly (never passed: every attempt failed; passed at the first attempt:
 * none), left out otherwise. Anything malformed is passed through untouched for the store's
 * entry-by-entry salvage to judge.
 */
function from2(old: Raw): Raw {
  const quizzes: Raw = {};
  const source = old.quizzes;
  if (isObject(source)) {
    for (const [id, value] of Object.entries(source)) {
      if (!isObject(value) || !isObject(value.best) || typeof value.attempts !== 'number' || 'failed' in value) {
        quizzes[id] = value;
        continue;
      }
      const passed = value.best.passed;
      const failed = passed === false ? value.attempts : passed === true && value.attempts === 1 ? 0 : undefined;
      quizzes[id] = failed === undefined ? value : { ...value, failed };
    }
  }
  return { ...old, version: 3, ...(isObject(source) ? { quizzes } : {}), unanswered: Array.isArray(old.unanswered) ? old.unanswered : [] };
}

const MIGRATIONS: Record<number, (old: Raw) => Raw> = { 1: from1, 2: from2 };

export class NewerVersionError extends Error {}

/** Brings a stored object up to `target`; throws NewerVersionError for data from a newer portal. */
export function migrate(raw: Raw, target: number): Raw {
  let data = raw;
  let version = typeof data.version === 'number' ? data.version : Number.NaN;
  if (!Number.isInteger(version) || version < 1) throw new TypeError('缺少版本号');
  if (version > target) throw new NewerVersionError(`数据来自更新版本的门户（第 ${version} 版格式，本门户只认识到第 ${target} 版）`);
  while (version < target) {
    const step = MIGRATIONS[version];
    if (!step) throw new TypeError(`无法从第 ${version} 版格式升级`);
    data = step(data);
    version = data.version as number;
  }
  return data;
}
