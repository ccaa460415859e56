import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { content } from '../../../data/content';
import { contentFile, pageSource } from '../../../data/publishing';
import { t } from '../../../lib/i18n';
import { sessionsIcs } from '../../../lib/training-ics';
import { urls } from '../../../lib/urls';
import { site } from '../../../site.config';

/** One .ics per session, plus plan.ics with the whole year (static files written at build). */
export async function getStaticPaths() {
  const { training } = await content();
  return [
    { params: { id: 'plan' }, props: { sessions: training } },
    ...training.map((session) => ({ params: { id: session.id }, props: { sessions: [session] } })),
  ];
}

/**
 * DTSTAMP: the day the plan last changed (its file's last commit), so two builds of one commit write
 * the same files; without git history, the day of the build.
 */
function planStamp(): Date {
  const day = pageSource(contentFile('training-plan.yaml'))?.updated ?? new Date().toISOString().slice(0, 10);
  return new Date(`${day}T00:00:00Z`);
}

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => {
  const sessions = [...props.sessions].sort((a, b) => a.data.date.localeCompare(b.data.date));
  const text = sessionsIcs(sessions, {
    company: site.company,
    siteUrl: site.url,
    pagePath: urls.trainingCalendar(),
    name: t('training.calendar.icsName', { company: site.company }),
    stamp: planStamp(),
  });
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
