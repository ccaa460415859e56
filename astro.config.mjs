// @ts-check
/**
 * The site's config is src/integrations/astro-config.ts. Loaded here bundled into one plain module
 * (src/integrations/import-bundled.mjs), so Node imports this file itself and Astro starts no Vite
 * server to compile the ~100 TypeScript modules the integrations import (~0.8 s of every build).
 */
import { importBundled } from './src/integrations/import-bundled.mjs';

const config = /** @type {typeof import('./src/integrations/astro-config.ts')} */ (
  await importBundled(new URL('.', import.meta.url), new URL('./src/integrations/astro-config.ts', import.meta.url))
);

export default config.default;
