/**
 * Phase 4, rules that span files: a section's chapter exists, a path is named after its role, a
 * quiz anchor names a heading of its section, a glossary alias belongs to one term, and drill
 * themes lean to scripts without sharing a day.
 */
import { overlappingThemes, themeScripts, type ScriptFacets } from '../../lib/drill/themes';
import { anchorSlug } from '../../lib/heading-slug';
import { anyUnreadable, entryProblem, idsOf, type CheckContext } from '../context';
import { parsedOf } from '../entries';
import type { Problem } from '../problem';

function chapterProblems(context: CheckContext): Problem[] {
  const chapters = idsOf(context, 'chapters');
  return context.entries
    .filter((entry) => entry.collection === 'handbook')
    .flatMap((entry) => {
      const chapter = entry.id.split('/')[0] ?? '';
      if (chapters.has(chapter)) return [];
      const message = `所在章节 ${chapter} 没有 index.md；请新建 content/handbook/${chapter}/index.md 写明章节标题、简介和顺序`;
      return [entryProblem(entry, [], message, 'reference')];
    });
}

function pathRoleProblems(context: CheckContext): Problem[] {
  return parsedOf(context.entries, 'paths').flatMap((entry) => {
    const role = entry.parsed.role.id;
    if (role === entry.id) return [];
    return [entryProblem(entry, ['role'], `文件名是 ${entry.id}.yaml，但 role 是 ${role}；入职路径的文件名应与角色 id 相同`, 'format')];
  });
}

/** A quiz question's anchor must name a heading of its section (as the section page gives it an id). */
function anchorProblems(context: CheckContext): Problem[] {
  const sections = new Map(context.entries.filter((entry) => entry.collection === 'handbook').map((entry) => [entry.id, entry]));
  const problems: Problem[] = [];
  for (const quiz of parsedOf(context.entries, 'quizzes')) {
    quiz.parsed.questions.forEach((question, index) => {
      if (!question.anchor) return;
      const section = sections.get(question.section.id);
      // A missing section is reported as a reference; a body that did not compile has unknown headings.
      const body = section && context.bodies.get(section);
      if (!body?.compiled) return;
      const slug = anchorSlug(question.anchor);
      if (body.headings.some((heading) => heading.slug === slug)) return;
      const choices = body.headings.filter((heading) => heading.depth > 1).map((heading) => heading.text);
      problems.push(
        entryProblem(
          quiz,
          ['questions', index, 'anchor'],
          `小节 ${question.section.id} 中没有标题“${question.anchor}”；可选：${choices.join('、') || '（该小节没有二级标题）'}`,
          'anchor',
        ),
      );
    });
  }
  return problems;
}

/** An alias may not be another term, nor belong to two terms. */
function aliasProblems(context: CheckContext): Problem[] {
  const glossary = parsedOf(context.entries, 'glossary');
  const owner = new Map<string, string>(glossary.map((entry) => [entry.id, entry.id]));
  const problems: Problem[] = [];
  for (const entry of glossary) {
    entry.parsed.aliases.forEach((alias, index) => {
      const other = owner.get(alias);
      if (other && other !== entry.id) {
        const message = `同义词“${alias}”已经是术语“${other}”${other === alias ? '本身' : '的同义词'}；一个词只能属于一个术语`;
        problems.push(entryProblem(entry, ['aliases', index], message, 'format'));
      } else owner.set(alias, entry.id);
    });
  }
  return problems;
}

/** Each drill theme must lean to at least one script, and two themes may not share a day. */
function themeProblems(context: CheckContext): Problem[] {
  const themes = parsedOf(context.entries, 'drillThemes');
  // Which scripts a theme matches cannot be judged while a script file is unreadable.
  if (themes.length === 0 || anyUnreadable(context, ['scripts'])) return [];
  const problems: Problem[] = [];
  const scripts: ScriptFacets[] = parsedOf(context.entries, 'scripts').map((entry) => ({
    id: entry.id,
    stage: entry.parsed.stage,
    tags: entry.parsed.tags,
  }));
  const allTags = new Set(scripts.flatMap((script) => script.tags));
  for (const entry of themes) {
    const theme = entry.parsed;
    theme.tags.forEach((tag, index) => {
      if (!allTags.has(tag)) {
        const message = `没有话术带标签“${tag}”；请检查拼写，或先给话术加上这个标签`;
        problems.push(entryProblem(entry, ['tags', index], message, 'format', 'warning'));
      }
    });
    if (themeScripts({ ...theme, scripts: theme.scripts.map((ref) => ref.id) }, scripts).length === 0) {
      problems.push(
        entryProblem(
          entry,
          [],
          '这个主题没有匹配到任何话术（stage 与 tags 需同时满足）；请放宽条件，或用 scripts 直接列出话术 id',
          'format',
        ),
      );
    }
  }
  const dated = themes.map((entry) => ({ entry, id: entry.id, from: entry.parsed.from, to: entry.parsed.to }));
  for (const [first, second] of overlappingThemes(dated)) {
    const message = `与主题 ${first.id}（${first.from} 至 ${first.to}）的日期重叠；同一天只能有一个晨练主题`;
    problems.push(entryProblem(second.entry, ['from'], message, 'format'));
  }
  return problems;
}

export function crossFileProblems(context: CheckContext): Problem[] {
  return [
    ...chapterProblems(context),
    ...pathRoleProblems(context),
    ...anchorProblems(context),
    ...aliasProblems(context),
    ...themeProblems(context),
  ];
}
