/**
 * Every rule awaiting confirmation (:pending[…]) across the portal, with the page and element id it
 * renders at, the role that must confirm it and the chapter (or area) it belongs to. The one owner
 * of the count: a section's banner and the sign-off sheet (/handbook/pending/) both read it here.
 * Markdown bodies are counted from the marks the remark plugin rendered (render() hands them over);
 * YAML fields from the renderer the components use — never by a second parse.
 */
import { render, type CollectionEntry } from 'astro:content';
import { t } from '../lib/i18n';
import type { PendingMark } from '../lib/pending-marks';
import { stripPendingMarks } from '../lib/pending';
import { pendingMarksIn } from '../lib/pending-html';
import { yamlPendingTexts, type FieldLabel, type YamlText } from '../lib/pending-fields';
import type { PendingGroup, PendingRule } from '../lib/pending-sheet';
import { seasonDate } from '../lib/drill/timetable';
import { urls } from '../lib/urls';
import { PENDING_FRONTMATTER_KEY } from '../plugins/remark-pending';
import { content } from './content';
import { contentFile, pageSource } from './publishing';

export type { PendingGroup, PendingRule } from '../lib/pending-sheet';

export interface PendingData {
  /** In sheet order: chapters in order, their sections in order, then the other areas. */
  rules: PendingRule[];
  /** Role ids in the order of content/roles.yaml, for the sheet's owner groups. */
  roleOrder: string[];
  /** Rules per page URL, in page order. */
  byPage: Map<string, PendingRule[]>;
}

const AREAS = {
  scripts: { title: t('site.nav.scripts'), href: urls.scripts() },
  cases: { title: t('site.nav.cases'), href: urls.cases() },
  forms: { title: t('site.nav.forms'), href: urls.forms() },
  glossary: { title: t('glossary.title'), href: urls.glossary() },
  schedule: { title: t('pending.area.schedule'), href: urls.drill() },
  paths: { title: t('training.title'), href: urls.training() },
  training: { title: t('training.calendar.title'), href: urls.trainingCalendar() },
} as const;

function fieldWhere(label: FieldLabel): string {
  const { key, ...values } = label;
  // A label quoting a field (a step's title) may itself hold a mark: the sheet prints its text.
  return t(
    key,
    Object.fromEntries(Object.entries(values).map(([name, value]) => [name, typeof value === 'string' ? stripPendingMarks(value) : value])),
  );
}

/** The marks the remark plugin rendered in an entry's body. */
async function bodyMarks(entry: CollectionEntry<'handbook' | 'chapters' | 'scripts' | 'cases' | 'forms'>): Promise<PendingMark[]> {
  const { remarkPluginFrontmatter } = await render(entry);
  return (remarkPluginFrontmatter?.[PENDING_FRONTMATTER_KEY] as PendingMark[] | undefined) ?? [];
}

async function load(): Promise<PendingData> {
  const { chapters, sections, scripts, cases, forms, glossary, schedule, paths, training, roles, byId } = await content();
  // Pages without an owner of their own (scripts, glossary …) are confirmed by the department's head,
  // as CODEOWNERS asks the reviewers of the roles that report to no one.
  const head = roles.find((role) => !role.data.reportsTo) ?? roles[0];
  const roleName = (id: string) => byId.roles.get(id)?.data.name ?? id;
  const rules: PendingRule[] = [];
  const chapterOrder = new Map(chapters.map((chapter) => [chapter.id, chapter.data.order]));
  const areaGroup = (key: keyof typeof AREAS, index: number): PendingGroup => ({ key, ...AREAS[key], order: 1000 + index });
  const chapterGroup = (id: string): PendingGroup => {
    const chapter = byId.chapters.get(id);
    return { key: id, title: chapter?.data.title ?? id, href: urls.chapter(id), order: chapterOrder.get(id) ?? 999 };
  };
  const add = (
    page: string,
    pageTitle: string,
    owner: string,
    group: PendingGroup,
    marks: { id: string; text: string; where: string }[],
    /** The address the sheet links to, when the page needs a query to show the marks (/drill/?date=…). */
    link = page,
  ) => {
    for (const mark of marks) {
      rules.push({
        id: mark.id,
        text: mark.text,
        href: `${link}#${mark.id}`,
        page,
        pageTitle,
        where: mark.where,
        owner,
        ownerName: roleName(owner),
        group,
      });
    }
  };
  const fromBody = (marks: PendingMark[]) => marks.map((mark) => ({ ...mark, where: mark.headings.map((h) => h.text).join(' › ') }));
  const fromYaml = (texts: YamlText[]) =>
    texts.flatMap((field) => pendingMarksIn(field.text, field.scope).map((mark) => ({ ...mark, where: fieldWhere(field.label) })));

  const headId = head?.id ?? '';
  const sortedChapters = [...chapters].sort((a, b) => a.data.order - b.data.order);
  for (const chapter of sortedChapters) {
    add(urls.chapter(chapter.id), chapter.data.title, chapter.data.owner.id, chapterGroup(chapter.id), fromBody(await bodyMarks(chapter)));
    const list = sections.filter((section) => section.id.startsWith(`${chapter.id}/`)).sort((a, b) => a.data.order - b.data.order);
    for (const section of list) {
      add(
        urls.section(section.id),
        section.data.title,
        section.data.owner.id,
        chapterGroup(chapter.id),
        fromBody(await bodyMarks(section)),
      );
    }
  }
  const byIdOrder = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
  for (const script of byIdOrder(scripts)) {
    const marks = [...fromYaml(yamlPendingTexts.script(script.data)), ...fromBody(await bodyMarks(script))];
    add(urls.script(script.id), script.data.title, headId, areaGroup('scripts', 0), marks);
  }
  for (const item of byIdOrder(cases)) {
    const marks = [...fromYaml(yamlPendingTexts.case(item.data)), ...fromBody(await bodyMarks(item))];
    add(urls.case(item.id), item.data.title, headId, areaGroup('cases', 1), marks);
  }
  for (const form of byIdOrder(forms)) {
    add(urls.form(form.id), form.data.title, form.data.owner.id, areaGroup('forms', 2), fromBody(await bodyMarks(form)));
  }
  for (const term of glossary) {
    add(urls.glossary(), t('glossary.title'), headId, areaGroup('glossary', 3), fromYaml(yamlPendingTexts.glossary(term.id, term.data)));
  }
  // The drill shows the agenda of the date it is opened on: each timetable's marks link to a date of
  // its season — the first on or after the day the schedule last changed, so builds of one commit agree.
  const scheduleDay = pageSource(contentFile('schedule.yaml'))?.updated ?? new Date().toISOString().slice(0, 10);
  for (const table of schedule) {
    const date = seasonDate(schedule, table.id, scheduleDay);
    add(
      urls.drill(),
      t('pending.area.schedule'),
      headId,
      areaGroup('schedule', 4),
      fromYaml(yamlPendingTexts.schedule(table.id, table.data)),
      urls.drill(date ? { date } : {}),
    );
  }
  for (const path of byIdOrder(paths)) {
    add(urls.trainingPath(path.id), path.data.title, headId, areaGroup('paths', 5), fromYaml(yamlPendingTexts.path(path.data)));
  }
  for (const session of byIdOrder(training)) {
    add(
      urls.trainingCalendar(),
      t('training.calendar.title'),
      headId,
      areaGroup('training', 6),
      fromYaml(yamlPendingTexts.training(session.id, session.data)),
    );
  }

  const byPage = new Map<string, PendingRule[]>();
  for (const rule of rules) {
    if (!byPage.has(rule.page)) byPage.set(rule.page, []);
    byPage.get(rule.page)!.push(rule);
  }
  return { rules, byPage, roleOrder: roles.map((role) => role.id) };
}

let cache: Promise<PendingData> | undefined;

/** Every pending rule, loaded once per build. */
export function pendingRules(): Promise<PendingData> {
  cache ??= load();
  return cache;
}
