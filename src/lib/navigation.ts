/** The site's navigation: the sections the header links to, and a page's trail of breadcrumbs. */
import type { UiKey } from './i18n';
import { urls } from './urls';

/** A section of the header's navigation, marked as current on its pages. */
export type NavKey = 'home' | 'handbook' | 'scripts' | 'cases' | 'forms' | 'glossary' | 'drill' | 'training';

/** The main sections, as the header (and the 404 page) lists them. */
export const MAIN_SECTIONS: readonly { key: NavKey; label: UiKey; href: () => string }[] = [
  { key: 'handbook', label: 'site.nav.handbook', href: () => urls.handbook() },
  { key: 'scripts', label: 'site.nav.scripts', href: () => urls.scripts() },
  { key: 'cases', label: 'site.nav.cases', href: () => urls.cases() },
  { key: 'drill', label: 'site.nav.drill', href: () => urls.drill() },
  { key: 'forms', label: 'site.nav.forms', href: () => urls.forms() },
  { key: 'glossary', label: 'site.nav.glossary', href: () => urls.glossary() },
  { key: 'training', label: 'site.nav.training', href: () => urls.training() },
];

/** One step of a page's breadcrumb trail; the last (the page itself) has no link. */
export interface Crumb {
  label: string;
  href?: string;
}
