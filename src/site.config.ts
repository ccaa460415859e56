/**
 * Site-wide settings a department sets once: its name, its company, where the portal is published
 * and where its content lives in the repository (for "edit this page" links). They come from
 * environment variables at build time (SITE_URL, REPO_URL, REPO_BRANCH, DEPARTMENT_NAME, SITE_NAME,
 * COMPANY_NAME, PUBLIC_PORTAL); every variable and its default is listed in src/lib/site-settings.ts.
 * Read at build time only: browser code never imports this file.
 */
import { readSettings } from './lib/site-settings';

export const site = readSettings(process.env);
