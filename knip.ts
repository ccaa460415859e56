/**
 * knip: unused files, exports and dependencies. Entry points come from knip's Astro, Vitest and
 * Playwright plugins and from package.json scripts; what it cannot see is declared here, each
 * with the reason.
 */
import type { KnipConfig } from 'knip';

/** MDX/Markdown pages: their imports, plus the `layout:` their frontmatter names (Astro imports it). */
function pageImports(text: string): string {
  const layout = /^---\r?\n[\s\S]*?^layout:\s*['"]?([^'"\s]+)['"]?\s*$/m.exec(text)?.[1];
  const imports = text.match(/^import[^'"]+['"][^'"]+['"]/gm) ?? [];
  return [...imports, ...(layout ? [`import '${layout}';`] : [])].join('\n');
}

const config: KnipConfig = {
  // Markdown pages are routes too (knip's Astro plugin lists .astro and .mdx pages only).
  // Playwright's globalSetup is named in its config, which knip's Playwright plugin does not read.
  // The build's child processes are started by path (src/integrations/related.ts, rechunk-child.ts,
  // quick-answers.ts), so are the
  // test's own children (tests/unit/build-child.test.ts).
  entry: [
    'scripts/*.ts',
    'scripts/bench/*.bench.ts',
    'src/pages/**/*.md',
    'tests/e2e/global-setup.ts',
    'src/integrations/related-worker.ts',
    'src/integrations/rechunk-worker.ts',
    'src/integrations/quick-answers-worker.ts',
    'tests/fixtures/child/*.ts',
    // The service worker's source, bundled by path (src/integrations/service-worker.ts).
    'src/worker/sw.ts',
  ],
  project: ['src/**/*.{ts,astro,mdx,md}', 'scripts/**/*.ts', 'tests/**/*.ts', '*.{ts,mjs,js}'],
  // An exported type or function used by its own module (a return type, a helper the module's
  // tests reach through the public function) is part of that module's contract, not dead code.
  ignoreExportsUsedInFile: true,
  // `astro check` (spawned by scripts/check.ts through npx) loads @astrojs/check itself.
  ignoreDependencies: ['@astrojs/check'],
  compilers: { mdx: pageImports, md: pageImports },
};

export default config;
