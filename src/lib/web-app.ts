/**
 * The portal as an installable web app: its manifest, icons and what the service worker keeps for
 * offline use. Pure data from the site settings, shared by the build (src/pages/manifest.webmanifest.ts,
 * src/integrations/service-worker.ts) and tests.
 */
import { routes, withBase } from './urls';

/** The brand colour of the light theme (src/styles/global.css --brand, public/favicon.svg). */
export const THEME_COLOUR = '#0b5c8a';
export const APP_ICON_SIZES = [192, 512] as const;

export interface WebAppManifest {
  name: string;
  short_name: string;
  description: string;
  lang: string;
  dir: 'ltr';
  start_url: string;
  scope: string;
  id: string;
  display: 'standalone';
  background_color: string;
  theme_color: string;
  icons: { src: string; sizes: string; type: string; purpose: string }[];
}

export function webAppManifest(name: string, description: string, base: string): WebAppManifest {
  return {
    name,
    short_name: name.length <= 12 ? name : name.slice(0, 12),
    description,
    lang: 'zh-CN',
    dir: 'ltr',
    start_url: base,
    scope: base,
    id: base,
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: THEME_COLOUR,
    icons: [
      { src: withBase(routes.favicon(), base), sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ...APP_ICON_SIZES.map((size) => ({
        src: withBase(routes.appIcon(size), base),
        sizes: `${size}x${size}`,
        type: 'image/png',
        purpose: 'any',
      })),
      // The drawing keeps to the safe zone, so the largest icon also serves phones that crop icons.
      { src: withBase(routes.appIcon(512), base), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}

/**
 * What the service worker stores when it is installed (paths in the built site, globs): the shell
 * (home, offline page, code, styles, icons), the script finder with every script page, the drill
 * with every card file it fetches, the glossary, the search page and the search indexes. Handbook
 * sections, cases and other pages are cached as they are read, so this list does not grow with the
 * handbook.
 */
export const PRECACHE_GLOBS = [
  'index.html',
  'offline/index.html',
  '_astro/**/*.{js,css}',
  'favicon.svg',
  'manifest.webmanifest',
  'icons/*.png',
  'scripts/index.html',
  'scripts/*/index.html',
  'drill/index.html',
  'drill/cards/*.json',
  'glossary/index.html',
  'search/index.html',
  'search/lexicon.json',
  // With the readings and other readings typo correction reads (about 49 kB gzip): offline, 回宽
  // still finds 回款.
  'search/{scripts,glossary,pinyin,lexicon,readings,sounds}/*.json',
  // Every page's title, kind and summary by Pagefind id (the part-of-a-word rows): offline, a
  // result whose fragment was never fetched is shown from its row (search-engine.ts).
  'search/pages/manifest.json',
  'search/pages/rows-*.json',
  // Pagefind: its code, WebAssembly, entry, metadata, filters and index chunks — not the
  // per-page fragments, which are cached as search results are shown.
  'pagefind/pagefind.js',
  'pagefind/pagefind-entry.json',
  'pagefind/wasm.*.pagefind',
  'pagefind/*.pf_meta',
  'pagefind/filter/*.pf_filter',
  'pagefind/index/*.pf_index',
];
