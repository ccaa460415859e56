/**
 * Every URL of the portal, built in one place so routes and links cannot drift apart.
 *
 * `routes` are the site's own paths (`/handbook/…`), the same wherever the portal is published:
 * what content links, redirects and the content check compare. `urls` are the same routes as links
 * a browser follows: under the site's base path when it is published in a sub-folder (GitHub Pages
 * serves a project at `/<repo>/`; SITE_URL sets it, see src/site.config.ts). Vite fills
 * import.meta.env.BASE_URL in pages and client scripts; plain Node (the content check) has none and
 * uses `/`.
 */

/** The base path, with a leading and a trailing slash: `/` or `/sales-playbook/`. */
export const basePath: string = normaliseBase((import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL);

export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '/').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** A site path (`/scripts/`) as a link under `base`; links already under it, and any other URL, as they are. */
export function withBase(path: string, base: string = basePath): string {
  if (base === '/' || !path.startsWith('/') || path.startsWith('//') || path.startsWith(base) || `${path}/` === base) return path;
  return `${base.slice(0, -1)}${path}`;
}

/** A link (`/sales-playbook/scripts/`) back to its site path (`/scripts/`). */
export function withoutBase(url: string, base: string = basePath): string {
  return base !== '/' && url.startsWith(base) ? url.slice(base.length - 1) : url;
}

export const routes = {
  home: () => '/',
  handbook: () => '/handbook/',
  chapter: (chapterId: string) => `/handbook/${chapterId}/`,
  /** The sign-off sheet of every rule awaiting confirmation (待确认), optionally at one owner's chapter. */
  pending: (anchor?: string) => `/handbook/pending/${anchor ? `#${anchor}` : ''}`,
  /** The source documents the rules rest on, optionally at one of them. */
  sources: (sourceId?: string) => `/handbook/sources/${sourceId ? `#${encodeURIComponent(sourceId)}` : ''}`,
  section: (sectionId: string, anchor?: string) => `/handbook/${sectionId}/${anchor ? `#${encodeURIComponent(anchor)}` : ''}`,
  scripts: () => '/scripts/',
  script: (id: string) => `/scripts/${id}/`,
  cases: () => '/cases/',
  case: (id: string) => `/cases/${id}/`,
  forms: () => '/forms/',
  form: (id: string) => `/forms/${id}/`,
  glossary: (term?: string) => `/glossary/${term ? `#${encodeURIComponent(term)}` : ''}`,
  quiz: (id: string) => `/quiz/${id}/`,
  training: () => '/training/',
  trainingPath: (role: string) => `/training/${role}/`,
  trainingReport: () => '/training/report/',
  trainingCalendar: () => '/training/calendar/',
  /** The manager's team view, built from people's export files. */
  trainingTeam: () => '/training/team/',
  /** One session as an .ics file, or the whole plan without an id. */
  trainingIcs: (id?: string) => (id ? `/training/calendar/${id}.ics` : '/training/calendar/plan.ics'),
  /** What the home page and report read in the browser: paths and section versions. */
  trainingData: (role: string) => `/training/${role}.json`,
  // Publishing: revision log and its feed, the editor's guide, the printable handbook.
  /** The revision log: its newest month, or a month (YYYY-MM) and a page of it (src/lib/revision-log.ts). */
  changes: (month?: string, page = 1) => `/changes/${month ? `${month}/${page > 1 ? `${page}/` : ''}` : ''}`,
  changesFeed: () => '/changes/rss.xml',
  /** The revision table of a page (a section, script or case), by the page's address. */
  revisionsOf: (pageUrl: string) => `${pageUrl}#revisions`,
  guide: (anchor?: string) => `/guide/${anchor ? `#${anchor}` : ''}`,
  /** The guide's page on turning unanswered searches and feedback into a pull request. */
  guideFeedback: () => '/guide/feedback/',
  print: () => '/print/',
  /** The morning drill: today's, a given date's (YYYY-MM-DD), or practice of hand-picked scripts. */
  drill: (options: { date?: string; scripts?: string[] } = {}) => {
    const query = [
      options.date ? `date=${options.date}` : '',
      options.scripts?.length ? `scripts=${options.scripts.map(encodeURIComponent).join(',')}` : '',
    ]
      .filter(Boolean)
      .join('&');
    return `/drill/${query ? `?${query}` : ''}`;
  },
  /** One file of drill cards (src/lib/drill/card-files.ts), by its name. */
  drillCards: (file: string) => `/drill/cards/${file}.json`,
  search: (query?: string) => `/search/${query ? `?q=${encodeURIComponent(query)}` : ''}`,
  /** Query understanding's lexicon, and its pinyin keys by first letter. */
  searchLexicon: () => '/search/lexicon.json',
  /** The lexicon cut by character for site search: core.json and <n>.json. */
  searchLexiconShard: (file: 'core' | number) => `/search/lexicon/${file}.json`,
  searchPinyin: (letter: string) => `/search/pinyin/${letter}.json`,
  /** The readings of the hanzi of one shard, read only to correct a typo (src/lib/search/typos.ts). */
  searchReadings: (shard: number) => `/search/readings/${shard}.json`,
  /** The vocabulary words by their other readings, by first letter (typos.ts). */
  searchSounds: (letter: string) => `/search/sounds/${letter}.json`,
  /** The header box's quick answers for the terms of one shard (src/lib/search/quick-answers.ts). */
  searchQuick: (shard: number) => `/search/quick/${shard}.json`,
  /** The text of the glossary cards in one shard. */
  searchGlossary: (shard: number) => `/search/glossary/${shard}.json`,
  /** A sharded lunr index: its manifest, a term shard (a number) or a file of rows (rows-<n>). */
  searchShard: (index: 'scripts' | 'pages', file: string | number) => `/search/${index}/${file}.json`,
  /** Pagefind's browser API (written by the build, never bundled). */
  pagefind: () => '/pagefind/pagefind.js',
  favicon: () => '/favicon.svg',
  // Installable and offline: the web app manifest, its icons, the service worker and the page it
  // shows for a page not stored offline.
  manifest: () => '/manifest.webmanifest',
  appIcon: (size: number) => `/icons/icon-${size}.png`,
  serviceWorker: () => '/sw.js',
  offline: () => '/offline/',
};

type Routes = typeof routes;

/**
 * `astro dev` answers an endpoint whose name is a parameter (/search/lexicon/[file].json,
 * /training/[role].json) only with a trailing slash, as the site's trailingSlash: 'always' asks of
 * pages; the built site has the files themselves. In the dev server only (Vite drops this from
 * builds and tests), data files are linked with the slash, so the drill, training pages and search
 * load their data while a writer previews.
 */
const DEV_SERVER = (import.meta as { env?: { MODE?: string } }).env?.MODE === 'development';

/** The routes as links under the base path (see the top of this file). */
export const urls = Object.fromEntries(
  Object.entries(routes).map(([name, route]) => [
    name,
    DEV_SERVER
      ? (...args: unknown[]) => withBase((route as (...a: unknown[]) => string)(...args)).replace(/\.(json|ics)$/, '$&/')
      : (...args: unknown[]) => withBase((route as (...a: unknown[]) => string)(...args)),
  ]),
) as Routes;
