/**
 * A build meant for publishing (in CI, or for an address other than this computer) says which
 * settings still hold the examples they ship with — one warning per placeholder, naming the
 * environment variable to set — so nobody publishes edit links to example.com unknowingly.
 */
import type { AstroIntegration } from 'astro';
import { isProductionBuild, placeholderWarnings, type SiteSettings } from '../lib/site-settings';

export function siteSettings(settings: SiteSettings, env: NodeJS.ProcessEnv = process.env): AstroIntegration {
  return {
    name: 'playbook:site-settings',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' || !isProductionBuild(env, settings)) return;
        for (const warning of placeholderWarnings(env)) logger.warn(warning);
      },
    },
  };
}
