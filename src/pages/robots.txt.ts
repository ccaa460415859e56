/**
 * robots.txt: an internal handbook (the default) asks every crawler to stay away; a public portal
 * (PUBLIC_PORTAL=true) allows crawling and names its sitemap. Crawlers read robots.txt only at a
 * host's root, so a portal published in a sub-folder also carries <meta name="robots"> on every
 * page (BaseLayout).
 */
import type { APIRoute } from 'astro';
import { site } from '../site.config';

export const GET: APIRoute = () => {
  const lines = site.public
    ? ['User-agent: *', 'Allow: /', '', `Sitemap: ${new URL('sitemap-index.xml', site.url).href}`]
    : ['# 内部手册：不允许搜索引擎收录（公开门户请在构建时设置 PUBLIC_PORTAL=true）', 'User-agent: *', 'Disallow: /'];
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
