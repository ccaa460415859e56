/** The team view's page data: the content each person's row is measured against. */
import { teamContent } from '../lib/team/content';
import type { TeamContent } from '../lib/team/rows';
import { content } from './content';

export async function teamPageData(): Promise<TeamContent> {
  const { roles, paths, tree, quizzes, byId } = await content();
  return teamContent({
    roles,
    paths,
    sections: tree.flatMap((node) => node.sections),
    quizzes,
    titles: byId,
  });
}
