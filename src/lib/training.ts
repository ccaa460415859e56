/**
 * Training page data computed from plain content: a path's steps with titles and links, the
 * sections a role must confirm, the sessions of the training plan. No Astro imports.
 */
import type { PathStep, SectionVersion } from './path-progress';
import { urls } from './urls';

export interface PathData {
  id: string;
  data: {
    title: string;
    role: { id: string };
    weeks: {
      week: number;
      title: string;
      goal?: string;
      steps: (
        | { id: string; kind: 'read'; section: { id: string }; note?: string }
        | { id: string; kind: 'quiz'; quiz: { id: string }; note?: string }
        | { id: string; kind: 'drill'; title: string; scripts: { id: string }[]; note?: string }
        | { id: string; kind: 'task'; title: string; note?: string }
      )[];
    }[];
  };
}

export interface Titles {
  sections: Map<string, { data: { title: string } }>;
  quizzes: Map<string, { data: { title: string } }>;
  scripts: Map<string, { data: { title: string } }>;
}

/** The steps of a path in order, flattened, each with its key, title and link. */
export function pathSteps(path: PathData, titles: Titles): PathStep[] {
  return path.data.weeks.flatMap((week) =>
    week.steps.map((step): PathStep => {
      const key = `${path.id}/${step.id}`;
      switch (step.kind) {
        case 'read':
          return {
            key,
            kind: 'read',
            ref: step.section.id,
            title: titles.sections.get(step.section.id)?.data.title ?? step.section.id,
            href: urls.section(step.section.id),
            week: week.week,
          };
        case 'quiz':
          return {
            key,
            kind: 'quiz',
            ref: step.quiz.id,
            title: titles.quizzes.get(step.quiz.id)?.data.title ?? step.quiz.id,
            href: urls.quiz(step.quiz.id),
            week: week.week,
          };
        case 'drill': {
          const scripts = step.scripts.map((s) => s.id);
          return { key, kind: 'drill', scripts, title: step.title, href: urls.drill({ scripts }), week: week.week };
        }
        case 'task':
          return { key, kind: 'task', title: step.title, week: week.week };
      }
    }),
  );
}

/** Section data for "revised since you read it" (role filter applied by the caller). */
export function sectionVersions(
  sections: {
    id: string;
    data: { title: string; version: number; audience: { id: string }[]; changes: { version: number; date: string; summary: string }[] };
  }[],
  role?: string,
): (SectionVersion & { audience: string[] })[] {
  return sections
    .filter((s) => !role || s.data.audience.some((a) => a.id === role))
    .map((s) => ({
      id: s.id,
      title: s.data.title,
      href: urls.section(s.id),
      version: s.data.version,
      changes: s.data.changes,
      audience: s.data.audience.map((a) => a.id),
    }));
}

/** Sessions grouped by month (YYYY-MM), in date order. */
export function byMonth<T extends { data: { date: string } }>(sessions: T[]): { month: string; sessions: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const session of [...sessions].sort((a, b) => a.data.date.localeCompare(b.data.date))) {
    const month = session.data.date.slice(0, 7);
    groups.set(month, [...(groups.get(month) ?? []), session]);
  }
  return [...groups].map(([month, list]) => ({ month, sessions: list }));
}

/** What /training/<role>.json holds: the role's path and the sections the role must read. */
export interface RoleData {
  role: string;
  roleName: string;
  path?: { title: string; href: string; steps: PathStep[] };
  sections: SectionVersion[];
}
