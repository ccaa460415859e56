/**
 * Two browser chunks for the tiny modules reading pages load. Left to Rollup, each became its own
 * file and a section page made ten small JavaScript requests (issue 16). `reading`: what every page
 * loads (DOM helpers, dates, routes, Vite's preload helper); `progress-light`: the light progress
 * reader that sections (reading confirmation) and training pages add. Kept apart so script, case and
 * glossary pages do not download the progress code they never run.
 * Client build only: Astro chunks the server build its own way.
 */
import type { AstroUserConfig } from 'astro';

/** Vite's plugin type as Astro's config takes it (Vite comes with Astro, not as our own dependency). */
type VitePlugin = NonNullable<NonNullable<AstroUserConfig['vite']>['plugins']>[number];

/** Module ids (as Vite sees them, containing these paths) and the chunk each goes into. */
const CHUNKS: Record<string, readonly string[]> = {
  reading: ['/src/client/dom.ts', '/src/lib/date.ts', '/src/lib/urls.ts', 'vite/preload-helper'],
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
