/**
 * The data of each content page, computed once per build for its route (what each page's
 * `getStaticPaths` returns): the entry, and everything around it with addresses and titles resolved
 * — related links (suggestions only where the author left a list empty), neighbours, role names.
 * Pages type their props from these with InferGetStaticPropsType and only render.
 */
import { chapterOf, neighbours, sectionSlug } from '../lib/handbook';
import { t } from '../lib/i18n';
import { relatedLinks, type Link } from '../lib/related-links';
import type { DocKind } from '../lib/search/related';
import { sourceHref } from '../lib/heading-slug';
import { pathSteps } from '../lib/training';
import { urls } from '../lib/urls';
import { content, roleNames } from './content';
import { provenanceOf } from './provenance';
import { relatedFor } from './search';

type Content = Awaited<ReturnType<typeof content>>;

/** Where each kind of entry can be linked. */
function sources(byId: Content['byId']) {
  return {
    sections: { entries: byId.sections, href: (id: string) => urls.section(id) },
    scripts: { entries: byId.scripts, href: urls.script },
    cases: { entries: byId.cases, href: urls.case },
    quizzes: { entries: byId.quizzes, href: urls.quiz },
    forms: { entries: byId.forms, href: urls.form },
  };
}

/** The search index's suggestions for a page, for the lists its author left empty. */
async function suggestions(kind: DocKind, id: string) {
  const related = await relatedFor(kind, id);
  const note = t('search.related.suggested');
  return { sections: { ids: related.section, note }, scripts: { ids: related.script, note }, cases: { ids: related.case, note } };
}

const sectionLink = (section: { id: string; data: { title: string } } | undefined): Link | undefined =>
  section && { href: urls.section(section.id), title: section.data.title };

export async function sectionPages() {
  const { sections, tree, byId } = await content();
  const from = sources(byId);
  return Promise.all(
    sections.map(async (section) => {
      const { data } = section;
      const suggested = await suggestions('section', section.id);
      const { prev, next } = neighbours(tree, section.id);
      const chapterId = chapterOf(section.id);
      return {
        params: { chapter: chapterId, section: sectionSlug(section.id) },
        props: {
          section,
          chapter: { id: chapterId, title: byId.chapters.get(chapterId)?.data.title ?? chapterId },
          owner: roleNames(byId.roles, [data.owner]),
          audience: roleNames(byId.roles, data.audience),
          audienceList: data.audience.map((ref) => byId.roles.get(ref.id)?.data.name ?? ref.id),
          related: {
            scripts: relatedLinks(from.scripts, data.scripts, suggested.scripts),
            cases: relatedLinks(from.cases, data.cases, suggested.cases),
            quizzes: relatedLinks(from.quizzes, data.quizzes),
            forms: relatedLinks(from.forms, data.forms),
            sections: relatedLinks(from.sections, data.related, suggested.sections),
          },
          prev: sectionLink(prev),
          next: sectionLink(next),
          provenance: await provenanceOf(urls.section(section.id), data),
        },
      };
    }),
  );
}

export async function chapterPages() {
  const { chapters, tree, byId } = await content();
  return Promise.all(
    chapters.map(async (chapter) => ({
      params: { chapter: chapter.id },
      props: {
        chapter,
        provenance: await provenanceOf(urls.chapter(chapter.id), chapter.data),
        sections: (tree.find((node) => node.chapter.id === chapter.id)?.sections ?? []).map((section) => ({
          href: urls.section(section.id),
          title: section.data.title,
          summary: section.data.summary,
          audience: roleNames(byId.roles, section.data.audience),
        })),
      },
    })),
  );
}

export async function scriptPages() {
  const { scripts, cases, byId } = await content();
  const from = sources(byId);
  return Promise.all(
    scripts.map(async (script) => {
      const suggested = await suggestions('script', script.id);
      return {
        params: { id: script.id },
        props: {
          script,
          provenance: await provenanceOf(urls.script(script.id), script.data),
          related: {
            sections: relatedLinks(from.sections, script.data.sections, suggested.sections),
            /** Cases that name this script. */
            cases: relatedLinks(
              from.cases,
              cases.filter((entry) => entry.data.scripts.some((ref) => ref.id === script.id)),
            ),
          },
        },
      };
    }),
  );
}

export async function casePages() {
  const { cases, byId } = await content();
  const from = sources(byId);
  return Promise.all(
    cases.map(async (entry) => {
      const suggested = await suggestions('case', entry.id);
      return {
        params: { id: entry.id },
        props: {
          entry,
          provenance: await provenanceOf(urls.case(entry.id), entry.data),
          related: {
            scripts: relatedLinks(from.scripts, entry.data.scripts, suggested.scripts),
            sections: relatedLinks(from.sections, entry.data.sections),
          },
        },
      };
    }),
  );
}

export async function formPages() {
  const { forms, byId } = await content();
  const from = sources(byId);
  return Promise.all(
    forms.map(async (form) => ({
      params: { id: form.id },
      props: {
        form,
        related: { sections: relatedLinks(from.sections, form.data.sections) },
        provenance: await provenanceOf(urls.form(form.id), {}),
      },
    })),
  );
}

export async function quizPages() {
  const { quizzes, byId } = await content();
  return quizzes.map((quiz) => ({
    params: { id: quiz.id },
    props: {
      quiz,
      sections: quiz.data.sections.map((ref) => ({ href: urls.section(ref.id), title: byId.sections.get(ref.id)?.data.title ?? ref.id })),
      /** Where each question comes from: its section, at the heading when the quiz names one. */
      sources: Object.fromEntries(
        quiz.data.questions.map((question) => [
          question.id,
          {
            href: sourceHref(question.section.id, question.anchor),
            title: [byId.sections.get(question.section.id)?.data.title ?? question.section.id, question.anchor].filter(Boolean).join(' · '),
          },
        ]),
      ),
    },
  }));
}

export async function pathPages() {
  const { paths, byId } = await content();
  return paths.map((path) => {
    const notes = new Map<string, string | undefined>(
      path.data.weeks.flatMap((week) => week.steps.map((step) => [`${path.id}/${step.id}`, step.note] as const)),
    );
    return {
      params: { role: path.data.role.id },
      props: {
        path,
        roleName: byId.roles.get(path.data.role.id)?.data.name ?? path.data.role.id,
        steps: pathSteps(path, byId).map((step) => ({ ...step, note: notes.get(step.key) })),
      },
    };
  });
}
