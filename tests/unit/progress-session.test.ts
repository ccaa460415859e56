import { describe, expect, it } from 'vitest';
import { BACKUP_KEY, PROGRESS_KEY, type KeyValueStorage } from '../../src/lib/progress';
import { openSession } from '../../src/lib/progress/session';

class MemoryStorage implements KeyValueStorage {
  items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

const attempt = { correct: 4, total: 5, percent: 80, passed: true, at: '2026-11-20T02:00:00.000Z' };

describe('a page’s progress session', () => {
  it('reports what the first load set aside to every element of the page, and keeps the rest', () => {
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_KEY, JSON.stringify({ version: 2, steps: { 'rep/a': { at: 'yesterday' }, 'rep/b': { at: attempt.at } } }));
    const session = openSession(storage, () => undefined);
    expect(session.recovery?.count).toBe(1);
    expect(Object.keys(session.current().steps)).toEqual(['rep/b']);
    expect(storage.getItem(BACKUP_KEY)).toContain('yesterday');
  });
  it('saves each change at once and tells the page', () => {
    const storage = new MemoryStorage();
    let told = 0;
    const session = openSession(storage, () => told++);
    session.recordAttempt('daily-work', attempt);
    session.tickStep('rep/w1-task', true);
    session.setRole('rep');
    expect(told).toBe(3);
    const stored = openSession(storage, () => undefined).current();
    expect(stored.quizzes['daily-work']?.best.percent).toBe(80);
    expect(stored.steps['rep/w1-task']).toBeDefined();
    expect(stored.profile.role).toBe('rep');
    session.tickStep('rep/w1-task', false);
    expect(session.current().steps['rep/w1-task']).toBeUndefined();
  });
  it('moves progress by its own export file, and changes nothing for a bad one', () => {
    const there = openSession(new MemoryStorage(), () => undefined);
    there.recordAttempt('daily-work', attempt);
    const file = there.exportFile(new Date('2026-11-26T17:00:00Z'));
    expect(file.name).toBe('学习进度-2026-11-27.json');
    let told = 0;
    const here = openSession(new MemoryStorage(), () => told++);
    expect(here.importFile('{').ok).toBe(false);
    expect(told).toBe(0);
    expect(here.importFile(file.text)).toMatchObject({ ok: true });
    expect(here.current().quizzes['daily-work']?.best.percent).toBe(80);
    here.reset();
    expect(here.current().quizzes).toEqual({});
    expect(told).toBe(2);
  });
  it('says when the browser refused storage', () => {
    const session = openSession(new MemoryStorage(), () => undefined, '浏览器不允许读取本地存储，本次进度不会保存。');
    expect(session.recovery).toEqual({ message: '浏览器不允许读取本地存储，本次进度不会保存。', count: 0 });
  });
  it('keeps the person the reader sets, names the export after them, and clears unanswered searches', () => {
    const storage = new MemoryStorage();
    let told = 0;
    const session = openSession(storage, () => told++);
    session.setPerson({ name: ' 张三 ', employeeNo: ' A001 ', startDate: '2026-11-02' });
    expect(session.current().profile).toMatchObject({ name: '张三', employeeNo: 'A001', startDate: '2026-11-02' });
    expect(session.exportFile(new Date('2026-11-26T17:00:00Z')).name).toBe('学习进度-张三-2026-11-27.json');
    // Emptied fields and a date that is not one are removed, not kept stale.
    session.setPerson({ name: '张三', employeeNo: '', startDate: '2026-02-30' });
    expect(session.current().profile).toEqual({ name: '张三' });
    storage.setItem(
      PROGRESS_KEY,
      JSON.stringify({ ...session.current(), unanswered: [{ query: '运费', date: '2026-11-20', count: 2, results: 0 }] }),
    );
    session.clearUnanswered();
    expect(session.current().unanswered).toEqual([]);
    expect(told).toBe(3);
  });
});
