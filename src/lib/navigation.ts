/** The site's navigation: the sections the header links to, and a page's trail of breadcrumbs. */

/** A section of the header's navigation, marked as current on its pages. */
export type NavKey = 'home' | 'handbook' | 'scripts' | 'cases' | 'forms' | 'glossary' | 'drill' | 'training';

/** One step of a page's breadcrumb trail; the last (the page itself) has no link. */
export interface Crumb {
  label: string;
  href?: string;
}
