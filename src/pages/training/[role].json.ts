import type { APIRoute } from 'astro';
import { content } from '../../data/content';
import { pathSteps, sectionVersions, type RoleData } from '../../lib/training';
import { pendingPlainText } from '../../lib/pending';
import { urls } from '../../lib/urls';

/** Per role, what the home page, the training index and the report read in the browser. */
export async function getStaticPaths() {
  const { roles } = await content();
  return roles.map((role) => ({ params: { role: role.id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const { roles, paths, sections, byId } = await content();
  const role = params.role!;
  const path = paths.find((p) => p.data.role.id === role);
  const data: RoleData = {
    role,
    roleName: roles.find((r) => r.id === role)?.data.name ?? role,
    path: path && {
      title: path.data.title,
      href: urls.trainingPath(role),
      steps: pathSteps(path, byId).map((step) => ({ ...step, title: pendingPlainText(step.title) })),
    },
    sections: sectionVersions(sections, role).map(({ audience: _audience, ...rest }) => rest),
  };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
