import { beforeEach, describe, expect, it } from 'vitest';
import { scriptCards } from '../../src/lib/drill/cards';
import { gradeCard } from '../../src/lib/drill/fsrs';
import {
  BACKUP_KEY,
  CURRENT_VERSION,
  emptyProgress,
  exportProgress,
  importProgress,
  loadProgress,
  mergeProgress,
  PROGRESS_KEY,
  resetProgress,
  saveProgress,
  type Attempt,
  type KeyValueStorage,
  type Progress,
} from '../../src/lib/progress';

class MemoryStorage implements KeyValueStorage {
  items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

const attempt = (percent: number, at: string): Attempt => ({ correct: percent / 10, total: 10, percent, passed: percent >= 80, at });

function withQuiz(progress: Progress, id: string, best: Attempt, latest = best): Progress {
  return { ...progress, quizzes: { ...progress.quizzes, [id]: { best, latest, attempts: 1 } } };
}

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
});

describe('loading progress', () => {
  it('starts empty with nothing stored', () => {
    expect(loadProgress(storage)).toEqual({ progress: emptyProgress() });
  });

  it('reads back what was saved', () => {
    const progress = withQuiz(emptyProgress(), 'daily-work', attempt(90, '2026-11-01T01:00:00.000Z'));
    saveProgress(storage, progress);
    expect(loadProgress(storage).progress.quizzes['daily-work']?.best.percent).toBe(90);
  });

  it('sets unparseable data aside under the backup key and says so', () => {
    storage.setItem(PROGRESS_KEY, '{not json');
    const { progress, recovery } = loadProgress(storage);
    expect(progress).toEqual(emptyProgress());
    expect(recovery?.message).toContain('已另存备份');
    expect(storage.getItem(BACKUP_KEY)).toContain('{not json');
  });

  it('keeps the good entries when one entry is corrupt', () => {
    const good = withQuiz(emptyProgress(), 'daily-work', attempt(90, '2026-11-01T01:00:00.000Z'));
    storage.setItem(
      PROGRESS_KEY,
      JSON.stringify({
        ...good,
        quizzes: { ...good.quizzes, broken: { best: 'x' } },
        steps: { 'rep/w1': { at: '2026-11-01T01:00:00.000Z' } },
      }),
    );
    const { progress, recovery } = loadProgress(storage);
    expect(Object.keys(progress.quizzes)).toEqual(['daily-work']);
    expect(progress.steps['rep/w1']).toBeDefined();
    expect(recovery?.count).toBe(1);
    expect((JSON.parse(storage.getItem(BACKUP_KEY) ?? '[]') as { data: unknown }[])[0]?.data).toEqual({ 'quizzes.broken': { best: 'x' } });
  });

  it('migrates the first release format (version 1)', () => {
    storage.setItem(
      PROGRESS_KEY,
      JSON.stringify({
        version: 1,
        quizzes: { roles: { percent: 75, passed: false, at: '2026-10-01T02:00:00.000Z' } },
        steps: { 'rep/w1-read': '2026-10-01T02:00:00.000Z' },
        reads: { 'daily-work/timetable': 2 },
      }),
    );
    const { progress, recovery } = loadProgress(storage);
    expect(recovery).toBeUndefined();
    expect(progress.version).toBe(CURRENT_VERSION);
    expect(progress.quizzes.roles?.best).toMatchObject({ percent: 75, passed: false });
    expect(progress.quizzes.roles?.failed).toBe(1);
    expect(progress.steps['rep/w1-read']).toEqual({ at: '2026-10-01T02:00:00.000Z' });
    expect(progress.reads['daily-work/timetable']?.version).toBe(2);
  });

  it('does not destroy data written by a newer portal', () => {
    storage.setItem(PROGRESS_KEY, JSON.stringify({ version: 99, future: true }));
    const { recovery } = loadProgress(storage);
    expect(recovery?.message).toContain('更新版本');
    expect(storage.getItem(BACKUP_KEY)).toContain('"future":true');
  });

  it('keeps the old progress in the backup on reset', () => {
    saveProgress(storage, withQuiz(emptyProgress(), 'x', attempt(100, '2026-11-01T01:00:00.000Z')));
    expect(resetProgress(storage)).toEqual(expect.objectContaining({ quizzes: {} }));
    expect(storage.getItem(BACKUP_KEY)).toContain('重置前的进度');
  });
});

describe('export and import', () => {
  it('round-trips through a file', () => {
    const mine = withQuiz(emptyProgress(), 'daily-work', attempt(90, '2026-11-01T01:00:00.000Z'));
    const result = importProgress(emptyProgress(), exportProgress(mine));
    expect(result.ok && result.progress.quizzes['daily-work']?.best.percent).toBe(90);
  });

  it('refuses a file that is not JSON, not ours, newer, or damaged', () => {
    const current = emptyProgress();
    const file = JSON.parse(exportProgress(current)) as { progress: Record<string, unknown> };
    const cases: [string, string][] = [
      ['garbage', '不是有效的 JSON'],
      [JSON.stringify({ hello: 1 }), '不是本门户导出的进度文件'],
      [JSON.stringify({ ...file, progress: { ...file.progress, version: 9 } }), '更新版本'],
      [JSON.stringify({ ...file, progress: { ...file.progress, quizzes: { a: { best: 1 } } } }), '格式不正确'],
    ];
    for (const [text, message] of cases) {
      const result = importProgress(current, text);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.message).toContain(message);
        expect(result.message).toMatch(/无法导入/);
      }
    }
  });

  it('merges keeping the best score and the latest attempt of each quiz', () => {
    const here = withQuiz(emptyProgress(), 'q', attempt(90, '2026-11-01T01:00:00.000Z'), attempt(60, '2026-11-05T01:00:00.000Z'));
    const there = withQuiz(emptyProgress(), 'q', attempt(70, '2026-11-03T01:00:00.000Z'), attempt(70, '2026-11-03T01:00:00.000Z'));
    there.steps['rep/w1'] = { at: '2026-11-02T01:00:00.000Z' };
    const merged = mergeProgress(here, there);
    expect(merged.quizzes.q?.best.percent).toBe(90);
    expect(merged.quizzes.q?.latest.at).toBe('2026-11-05T01:00:00.000Z');
    expect(merged.steps['rep/w1']).toBeDefined();
  });
});

describe('a damaged drill card', () => {
  it('costs only that card: the other cards keep their schedule and the review days stay', () => {
    const [first, second] = scriptCards({
      id: 'price-too-high',
      data: {
        title: '价格太高',
        stage: 'negotiation',
        scenario: '报价后。',
        lines: [
          { speaker: 'customer', text: '太贵了。' },
          { speaker: 'rep', text: '我们一起算一下总成本。' },
        ],
        keyPhrases: ['总成本'],
        keyPoints: [],
        tags: [],
      },
    });
    const mine = emptyProgress();
    gradeCard(mine.drill, first!.id, 3, new Date('2026-11-20T01:00:00.000Z'));
    gradeCard(mine.drill, second!.id, 4, new Date('2026-11-21T01:00:00.000Z'));
    const stored = JSON.parse(JSON.stringify(mine)) as Progress;
    (stored.drill.cards[second!.id] as unknown as Record<string, unknown>).due = '下周';
    storage.setItem(PROGRESS_KEY, JSON.stringify(stored));

    const { progress, recovery } = loadProgress(storage);
    expect(progress.drill.cards[first!.id]).toEqual(mine.drill.cards[first!.id]);
    expect(progress.drill.cards[second!.id]).toBeUndefined();
    expect(progress.drill.days).toEqual(mine.drill.days);
    expect(recovery).toEqual({ message: '有 1 条进度记录无法识别，已另存备份，其余进度保留。', count: 1 });
    const backup = JSON.parse(storage.getItem(BACKUP_KEY) ?? '[]') as { data: Record<string, unknown> }[];
    expect(Object.keys(backup[0]?.data ?? {})).toEqual([`drill.cards.${second!.id}`]);
  });
});
