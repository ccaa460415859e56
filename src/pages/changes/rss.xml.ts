/** RSS feed of the portal's revisions (/changes/rss.xml): the 50 newest, each linking to its revision table. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { portalRevisions } from '../../data/publishing';
import { t } from '../../lib/i18n';
import { urls } from '../../lib/urls';
import { site } from '../../site.config';

export async function GET(context: APIContext) {
  const items = (await portalRevisions()).slice(0, 50);
  const base = context.site ?? new URL(site.url);
  return rss({
    title: t('publishing.feed.title', { site: site.name }),
    description: t('publishing.feed.description'),
    site: base,
    customData: '<language>zh-CN</language>',
    items: items.map((item) => ({
      title: t('publishing.feed.item', { title: item.title, n: item.version }),
      // Absolute, so @astrojs/rss does not append a trailing slash after the #anchor.
      link: new URL(urls.revisionsOf(item.url), base).href,
      pubDate: new Date(`${item.date}T00:00:00+08:00`),
      description: item.summary,
      categories: [t(`publishing.changes.kind.${item.kind}`)],
      customData: `<guid isPermaLink="false">${item.kind}:${item.id}@${item.version}</guid>`,
    })),
  });
}
