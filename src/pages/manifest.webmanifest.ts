/** The web app manifest: the portal installs as an app named after the site, in Chinese. */
import type { APIRoute } from 'astro';
import { webAppManifest } from '../lib/web-app';
import { basePath } from '../lib/urls';
import { site } from '../site.config';
import { t } from '../lib/i18n';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(webAppManifest(site.name, t('offline.manifest.description', { department: site.department }), basePath), null, 2),
    {
      headers: { 'Content-Type': 'application/manifest+json' },
    },
  );
