/**
 * The server bundle is built without Rollup's tree-shaking. That bundle only renders the pages
 * during the build and is never published; tree-shaking it — deciding, statement by statement,
 * what of its ~460 modules the pages use — took about 0.7 s of the server bundle's ~5 s of CPU, to
 * leave out code the rendering never calls. The built site is the same file for file. The client
 * bundle, which is published, is tree-shaken as before.
 */
import type { AstroIntegration } from 'astro';

export function serverBundleUnshaken(): AstroIntegration {
  return {
    name: 'playbook:server-bundle',
    hooks: {
      'astro:build:setup': ({ target, updateConfig }) => {
        if (target === 'server') updateConfig({ build: { rollupOptions: { treeshake: false } } });
      },
    },
  };
}
