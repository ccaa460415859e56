/**
 * The team view's logic, fed with files from the real export: each person's progress is written by
 * the functions the pages call (role and name on /training/, the section page's confirmation, the
 * quiz's recordAttempt, the drill's FSRS grading, the search page's unanswered record) and exported
 * by exportProgress; the content is the bundled content, read by the page's own builder.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, shanghaiDate } from '../../src/lib/date';
import { gradeCard } from '../../src/lib/drill/fsrs';
import { confirmReadLight, recordUnansweredLight } from '../../src/lib/progress/light';
import { exportProgress, loadProgress, recordAttempt, saveProgress, type ExportFile, type Progress } from '../../src/lib/progress';
import {
  addFiles,
  BOM,
  COLUMNS,
  confirmations,
  filterRows,
  forgetTeam,
  groupGaps,
  groupPeople,
  keepTeam,
  keptTeam,
  NO_ROLE,
  peopleCsv,
  quizCsv,
  sortRows,
  TEAM_KEY,
  teamRows,
  type CsvLabels,
  csvLabels,
  type PersonRow,
  type TeamContent,
  type TeamFiles,
} from '../../src/lib/team';
import { t } from '../../src/lib/i18n';
import { loadContent, MemoryStorage } from '../../scripts/progress-sim';

const NOW = new Date('2026-12-01T02:00:00.000Z'); // 10:00 in Shanghai
const TODAY = shanghaiDate(NOW);
const ROOT = join(import.meta.dirname, '../..');
let content: TeamContent;

/** A browser: the person's progress in a Map-backed localStorage, changed the way pages change it. */
class Browser {
  storage = new MemoryStorage();
  constructor(profile: Partial<Progress['profile']>) {
    this.change((p) => Object.assign(p.profile, profile), addDays(TODAY, -40));
  }
  change(edit: (p: Progress) => void, day: string, hour = 10) {
    const { progress } = loadProgress(this.storage);
    edit(progress);
    saveProgress(this.storage, progress, at(day, hour));
  }
  read(section: string, version: number, day: string) {
    confirmReadLight(this.storage, section, version, at(day));
  }
  quiz(id: string, percent: number, day: string) {
    this.change(
      (p) => recordAttempt(p, id, { correct: percent / 10, total: 10, percent, passed: percent >= 80, at: at(day).toISOString() }),
      day,
    );
  }
  drill(cards: string[], day: string) {
    this.change((p) => cards.forEach((card) => gradeCard(p.drill, card, 3, at(day, 8.8))), day);
  }
  search(query: string, results: number, day: string) {
    recordUnansweredLight(this.storage, query, results, day, at(day));
  }
  export(day: string, hour = 18) {
    return exportProgress(loadProgress(this.storage).progress, at(day, hour));
  }
}
const at = (day: string, hour = 10) => new Date(Date.parse(`${day}T00:00:00+08:00`) + hour * 3_600_000);

let rep: ReturnType<typeof scenario>;
function scenario() {
  const steps = content.paths.rep!;
  const week1Reads = steps.filter((s) => s.week === 1 && s.kind === 'read').map((s) => s.ref!);
  const revised = content.sections.find(
    (s) => s.version > 1 && s.audience.includes('rep') && s.audience.includes('assistant') && steps.some((st) => st.ref === s.id),
  )!;
  const dailyQuiz = steps.find((s) => s.week === 1 && s.kind === 'quiz')!.ref!;
  return { steps, week1Reads, revised, dailyQuiz };
}

let files: TeamFiles;
let wangReadId: string;
let rows: PersonRow[];
const row = (name: string) => rows.find((r) => r.name === name)!;

beforeAll(async () => {
  content = (await loadContent(ROOT)).team;
  rep = scenario();
  const start = addDays(TODAY, -15); // weeks 1 and 2 have ended; week 3 runs

  // 张三, rep, set a start date and employee number; two files, an older and a newer one.
  const zhang = new Browser({ name: '张三', role: 'rep', employeeNo: 'A001', startDate: start });
  rep.week1Reads.forEach((id, i) => zhang.read(id, content.sections.find((s) => s.id === id)!.version, addDays(start, i % 3)));
  zhang.read(rep.revised.id, 1, addDays(start, 2)); // confirmed version 1; the section is now at version 2+
  zhang.quiz(rep.dailyQuiz, 60, addDays(start, 3));
  const older = zhang.export(addDays(start, 3));
  zhang.quiz(rep.dailyQuiz, 90, addDays(start, 4));
  zhang.drill(['script:cold-call-opening', 'script:gatekeeper'], addDays(TODAY, -2));
  zhang.drill(['script:cold-call-opening'], addDays(TODAY, -1));
  zhang.search('样品运费', 0, addDays(TODAY, -3));
  const newer = zhang.export(addDays(TODAY, -1));

  // 李四, assistant, no start date; failed a quiz twice; confirmed the revised section's current version.
  const li = new Browser({ name: '李四', role: 'assistant' });
  li.read(rep.revised.id, rep.revised.version, addDays(TODAY, -10));
  li.quiz('reception', 50, addDays(TODAY, -9));
  li.quiz('reception', 70, addDays(TODAY, -8));
  li.search('样品运费？', 3, addDays(TODAY, -6));
  li.search('样品 运费', 0, addDays(TODAY, -5));
  li.search('展会补贴', 0, addDays(TODAY, -5));

  // 王五, supervisor, one old file.
  const wang = new Browser({ name: '王五', role: 'supervisor', employeeNo: 'B7' });
  const wangRead = content.sections.find((s) => s.id !== rep.revised.id && s.audience.includes('supervisor'))!;
  wang.read(wangRead.id, wangRead.version, addDays(TODAY, -30));
  wangReadId = wangRead.id;
  const wangFile = wang.export(addDays(TODAY, -30));
  const wangExport = JSON.parse(wangFile) as ExportFile;

  files = addFiles({ files: [], refused: [] }, [
    { name: '学习进度-张三-旧.json', text: older },
    { name: '学习进度-张三.json', text: newer },
    { name: '学习进度-李四.json', text: li.export(addDays(TODAY, -4)) },
    { name: '学习进度-王五.json', text: wangFile },
    { name: 'notes.txt', text: '随便写的笔记' },
    { name: 'package.json', text: JSON.stringify({ name: 'x', version: '1.0.0' }) },
    { name: 'future.json', text: JSON.stringify({ ...wangExport, progress: { ...wangExport.progress, version: 99 } }) },
    { name: 'broken.json', text: wangFile.replace(/("version": )\d+(,\s*"at")/, '$1"一"$2') },
    { name: '学习进度-王五.json', text: wangFile },
  ]);
  rows = teamRows(groupPeople(files.files), { ...content, now: NOW });
}, 60_000);

describe('loading files', () => {
  it('loads the export files and lists every other file with its reason', () => {
    expect(files.files.map((f) => f.name)).toEqual([
      '学习进度-张三-旧.json',
      '学习进度-张三.json',
      '学习进度-李四.json',
      '学习进度-王五.json',
    ]);
    expect(files.refused).toEqual([
      { name: 'notes.txt', reason: { kind: 'json' } },
      { name: 'package.json', reason: { kind: 'foreign' } },
      { name: 'future.json', reason: { kind: 'newer', detail: '数据来自更新版本的门户（第 99 版格式，本门户只认识到第 3 版）' } },
      { name: 'broken.json', reason: { kind: 'shape', where: `reads.${wangReadId}.version` } },
      { name: '学习进度-王五.json', reason: { kind: 'duplicate' } },
    ]);
  });

  it('merges the two files of one person: the newest profile, every reading, the best quiz result', () => {
    expect(rows.map((r) => r.name).sort()).toEqual(['张三', '李四', '王五'].sort());
    const zhang = row('张三');
    expect(zhang.file.names).toEqual(['学习进度-张三.json', '学习进度-张三-旧.json']);
    const quiz = zhang.quizzes.lines.find((l) => l.id === rep.dailyQuiz)!;
    expect(quiz.result).toMatchObject({ best: { percent: 90, passed: true }, attempts: 2 });
    expect(quiz.failed).toEqual({ count: 1, exact: true });
  });

  it('joins a file with only a name to the one person of that name who has an employee number', () => {
    const [withNo, nameOnly] = files.files.filter((f) => f.progress.profile.name === '张三');
    const bare = structuredClone(nameOnly!);
    delete bare.progress.profile.employeeNo;
    expect(groupPeople([withNo!, { ...bare, name: 'phone.json' }])).toHaveLength(1);
    // Two people of the same name with different numbers stay apart, and a name-only file stays on its own.
    const other = structuredClone(withNo!);
    other.progress.profile.employeeNo = 'A002';
    expect(groupPeople([withNo!, other, { ...bare, name: 'phone.json' }])).toHaveLength(3);
  });

  it('reads files the previous version exported', () => {
    const v2 = ['rep', 'assistant', 'nameless'].map((p) => ({
      name: `${p}.json`,
      text: readFileSync(join(ROOT, 'tests/fixtures/progress/v2', `${p}.export.json`), 'utf8'),
    }));
    const loaded = addFiles({ files: [], refused: [] }, v2);
    expect(loaded.refused).toEqual([]);
    const people = teamRows(groupPeople(loaded.files), { ...content, now: NOW });
    expect(people.map((p) => p.name).sort()).toEqual(['', '张三', '李四'].sort());
    // Files of format 2 say exactly how often a never-passed quiz failed, and only bound the rest.
    const nameless = people.find((p) => !p.name)!;
    const lines = nameless.quizzes.lines.filter((l) => l.result);
    for (const line of lines) {
      const { attempts, best } = line.result!;
      if (!best.passed) expect(line.failed).toEqual({ count: attempts, exact: true });
      else if (attempts === 1) expect(line.failed).toEqual({ count: 0, exact: true });
      else expect(line.failed).toEqual({ count: attempts - 1, exact: false });
    }
    expect(lines.some((l) => !l.failed.exact)).toBe(true);
    expect(nameless.file.stale).toBe(true);
    expect(nameless.start?.estimated).toBe(true);
  });
});

describe('a person’s row', () => {
  it('counts path steps and those overdue against the start date', () => {
    const zhang = row('张三');
    const doneReads = rep.week1Reads.length + (rep.steps.some((s) => s.ref === rep.revised.id && s.week === 1) ? 0 : 1);
    expect(zhang.start).toEqual({ date: addDays(TODAY, -15), estimated: false });
    expect(zhang.path).toMatchObject({ total: rep.steps.length, week: 1, calendarWeek: 3 });
    // Done: week 1's readings, the revised section's reading (wherever it sits), the week 1 quiz.
    expect(zhang.path!.done).toBe(doneReads + 1);
    const undoneEarly = rep.steps.filter((s) => s.week <= 2).length - (doneReads + 1);
    expect(zhang.path!.overdue).toHaveLength(undoneEarly);
    expect(zhang.path!.overdue!.every((s) => s.week <= 2)).toBe(true);
  });

  it('shows the revised section awaiting re-confirmation, the quizzes and the drill', () => {
    const zhang = row('张三');
    expect(zhang.awaiting.map((r) => [r.id, r.readVersion, r.version])).toEqual([[rep.revised.id, 1, rep.revised.version]]);
    expect(zhang.quizzes).toMatchObject({ passed: 1, failed: { count: 1, exact: true }, meanBest: 90 });
    expect(zhang.quizzes.total).toBe(new Set(rep.steps.filter((s) => s.kind === 'quiz').map((s) => s.ref)).size);
    expect(zhang.drill).toMatchObject({ last: addDays(TODAY, -1), streak: 2, learned: 2 });
    expect(zhang.file).toMatchObject({ date: addDays(TODAY, -1), age: 1, stale: false });
  });

  it('estimates the start date of someone who set none from their first activity, and counts failed attempts', () => {
    const li = row('李四');
    expect(li.start).toEqual({ date: addDays(TODAY, -10), estimated: true });
    expect(li.quizzes.lines.find((l) => l.id === 'reception')).toMatchObject({
      failed: { count: 2, exact: true },
      result: { attempts: 2 },
    });
    expect(li.awaiting).toEqual([]);
  });

  it('flags a stale file', () => {
    expect(row('王五').file).toMatchObject({ age: 30, stale: true });
    expect(row('王五').drill).toMatchObject({ streak: 0, due: 0 });
  });
});

describe('the table', () => {
  it('filters by role', () => {
    expect(filterRows(rows, 'assistant').map((r) => r.name)).toEqual(['李四']);
    expect(filterRows(rows, NO_ROLE)).toEqual([]);
    expect(filterRows(rows, '')).toHaveLength(3);
  });

  it('sorts by every column, both ways, empty values last', () => {
    const order = content.roles.map((r) => r.id);
    for (const column of COLUMNS) {
      const up = sortRows(rows, column, false, order);
      const down = sortRows(rows, column, true, order);
      expect(up).toHaveLength(3);
      expect(down).toHaveLength(3);
    }
    expect(sortRows(rows, 'role', false, order).map((r) => r.name)).toEqual(['王五', '张三', '李四']); // supervisor, rep, assistant
    expect(sortRows(rows, 'file', true).map((r) => r.name)).toEqual(['张三', '李四', '王五']);
    expect(sortRows(rows, 'failed', true).map((r) => r.name)).toEqual(['李四', '张三', '王五']);
    expect(sortRows(rows, 'awaiting', true)[0]!.name).toBe('张三');
    // 李四 and 王五 have no drill at all: they sort after 张三 either way.
    expect(sortRows(rows, 'lastDrill', false)[0]!.name).toBe('张三');
    expect(sortRows(rows, 'lastDrill', true)[0]!.name).toBe('张三');
  });
});

describe('the confirmation view and the unanswered searches', () => {
  it('lists, for a revised section, who confirmed its current version and who has not', () => {
    const view = confirmations(rows, content.sections);
    expect(view.sections.every((c) => c.section.version > 1)).toBe(true);
    // Sections with someone to re-confirm come first: the revised section 张三 read at version 1.
    const section = view.sections[0]!;
    expect(section.section.id).toBe(rep.revised.id);
    expect(section.confirmed.map((r) => r.name)).toEqual(['李四']);
    expect(section.pending.map((p) => [p.row.name, p.readVersion])).toEqual([['张三', 1]]);
    // 王五 (supervisor) never read it: unread, when the section is for supervisors.
    expect(section.unread.map((r) => r.name)).toEqual(rep.revised.audience.includes('supervisor') ? ['王五'] : []);
    expect(view.sections.slice(1).every((c) => c.pending.length === 0)).toBe(true);
    // Revised sections nobody loaded has read are listed apart, not name by name.
    const readByAnyone = new Set(rows.flatMap((r) => Object.keys(r.reads)));
    expect(view.unreadByAll.length).toBeGreaterThan(0);
    expect(view.unreadByAll.every((s) => s.version > 1 && !readByAnyone.has(s.id))).toBe(true);
  });

  it('groups the same query across people, counted, most people first', () => {
    const gaps = groupGaps(rows, (r) => r.name);
    expect(gaps[0]).toMatchObject({ query: '样品运费', count: 3, people: ['张三', '李四'], nothingFound: true, date: addDays(TODAY, -3) });
    expect(gaps[1]).toMatchObject({ query: '展会补贴', count: 1, people: ['李四'] });
    expect(gaps).toHaveLength(2);
  });

  it('counts two people of the same name as two', () => {
    const zhang = row('张三');
    const namesake = { ...structuredClone(zhang), key: 'no:A999', employeeNo: 'A999' };
    const gaps = groupGaps([zhang, namesake], (r) => `${r.name}（${r.employeeNo}）`);
    expect(gaps[0]!.people).toEqual(['张三（A001）', '张三（A999）']);
  });
});

describe('CSV', () => {
  const labels = (): CsvLabels => csvLabels((key) => t(key));

  it('writes one row per person, UTF-8 with a BOM and CRLF, formulas defused and commas quoted', () => {
    const odd = structuredClone(rows.find((r) => r.name === '王五')!);
    odd.name = '=HYPERLINK("x")';
    odd.file.names = ['a,b.json'];
    const csv = peopleCsv([row('张三'), odd], labels());
    expect(csv.startsWith(BOM)).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(4); // header, two people, final empty line
    expect(lines[3]).toBe('');
    expect(lines[0]!.startsWith('姓名,工号,岗位,入职日期,已完成步骤,路径总步骤,完成率,当前周,入职第几周,逾期步骤')).toBe(true);
    const zhang = lines[1]!.split(',');
    expect(zhang.slice(0, 3)).toEqual(['张三', 'A001', '业务员']);
    expect(lines[2]).toContain(`"'=HYPERLINK(""x"")"`);
    expect(lines[2]).toContain('"a,b.json"');
  });

  it('writes one row per person and quiz, including quizzes on the path not yet taken', () => {
    const csv = quizCsv([row('张三')], labels());
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + row('张三').quizzes.lines.length);
    expect(lines.find((l) => l.includes(`,${content.quizzes[rep.dailyQuiz]},`))).toMatch(/,是,90%,.*,90%,.*,2,1,通过$/);
    expect(lines.filter((l) => l.endsWith(',未参加')).length).toBe(row('张三').quizzes.total - 1);
  });
});

describe('keeping the team in the manager’s browser', () => {
  it('keeps the files, reads them back validated, and forgets them', () => {
    const storage = new MemoryStorage();
    expect(keepTeam(storage, files.files, NOW)).toBe(true);
    const kept = keptTeam(storage)!;
    expect(kept.savedAt).toBe(NOW.toISOString());
    expect(kept.refused).toEqual([]);
    expect(kept.files).toEqual(files.files);
    forgetTeam(storage);
    expect(storage.getItem(TEAM_KEY)).toBeNull();
    expect(keptTeam(storage)).toBeUndefined();
  });

  it('says so when the browser refuses to keep them', () => {
    const full = new MemoryStorage();
    full.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    expect(keepTeam(full, files.files)).toBe(false);
  });
});
