/**
 * What the team page embeds about the content, built from plain content data with the training
 * page's own builders (pathSteps, sectionVersions), so that a person's row counts the same steps
 * and sections as their own path page and home page.
 */
import { pathSteps, sectionVersions, type PathData, type Titles } from '../training';
import type { TeamContent } from './rows';

export interface TeamContentInput {
  roles: { id: string; data: { name: string } }[];
  paths: PathData[];
  /** In handbook order. */
  sections: Parameters<typeof sectionVersions>[0];
  quizzes: { id: string; data: { title: string } }[];
  titles: Titles;
}

export function teamContent(input: TeamContentInput): TeamContent {
  return {
    roles: input.roles.map((role) => ({ id: role.id, name: role.data.name })),
    paths: Object.fromEntries(input.paths.map((path) => [path.data.role.id, pathSteps(path, input.titles)])),
    sections: sectionVersions(input.sections),
    quizzes: Object.fromEntries(input.quizzes.map((quiz) => [quiz.id, quiz.data.title])),
  };
}
