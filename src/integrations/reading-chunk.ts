/**
 * Three browser chunks for the tiny modules pages load. Left to Rollup, each became its own file and
 * a section page made ten small JavaScript requests (issue 16). `reading`: what every page loads
 * (DOM helpers, Vite's preload helper, where progress is stored); `routes`: the route table and
 * dates, for pages that build addresses or count days in the browser; `progress-light`: the light progress reader that
 * training pages and the home page add, and a section page once something is stored. Kept apart
 * so a first visit to a section, and script, case and glossary pages, download neither.
 * Client build only: Astro chunks the server build its own way.
 */
import type { AstroUserConfig } from 'astro';

/** Vite's plugin type as Astro's config takes it (Vite comes with Astro, not as our own dependency). */
type VitePlugin = NonNullable<NonNullable<AstroUserConfig['vite']>['plugins']>[number];

/** Module ids (as Vite sees them, containing these paths) and the chunk each goes into. */
const CHUNKS: Record<string, readonly string[]> = {
  reading: [
    '/src/client/dom.ts',
    'vite/preload-helper',
    // Whether any progress is stored: a first visit's reading confirmation needs no more.
    '/src/client/local-store.ts',
    '/src/lib/progress/keys.ts',
  ],
  routes: ['/src/lib/urls.ts', '/src/lib/date.ts'],
  'progress-light': ['/src/client/progress.ts', '/src/lib/progress/light.ts', '/src/lib/progress/unanswered.ts'],
};

export function readingChunk(moduleId: string): string | undefined {
  const id = moduleId.replace(/\\/g, '/');
  return Object.keys(CHUNKS).find((chunk) => CHUNKS[chunk]!.some((module) => id.includes(module)));
}

export function readingChunkPlugin(): VitePlugin {
  return {
    name: 'playbook:reading-chunk',
    apply: 'build',
    config(_config, env) {
      if (env.isSsrBuild) return;
      return { build: { rollupOptions: { output: { manualChunks: readingChunk } } } };
    },
  };
}
