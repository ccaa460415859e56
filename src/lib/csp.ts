/**
 * The portal's Content-Security-Policy, in one place: every page carries it in a
 * <meta http-equiv> (so it holds on any static host), and deploy/nginx.conf sends the same policy
 * as a header, plus what only a header can say (a unit test keeps the two equal).
 *
 * Every script is an external file of this site (no inline scripts, no inline event handlers), and
 * every style a stylesheet file (no <style> blocks, no style attributes), so no hashes are needed
 * and the policy does not change from build to build. Pagefind compiles its WebAssembly search
 * engine, which is what 'wasm-unsafe-eval' allows — nothing else is evaluated.
 *
 * Why not Astro's `experimental.csp` (5.9+): it hashes each page's inline scripts and styles into
 * a per-page policy, which a static nginx header cannot repeat, and a page with no inline code gains
 * nothing from hashes. The Astro config (astro-config.ts) keeps every script and stylesheet a file instead
 * (`build.inlineStylesheets: 'never'`, `vite.build.assetsInlineLimit: 0`).
 */
const DIRECTIVES: [string, ...string[]][] = [
  ['default-src', "'self'"],
  ['script-src', "'self'", "'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self'"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

/** Directives a browser ignores in a <meta> policy: sent by the web server only. */
const HEADER_ONLY: [string, ...string[]][] = [['frame-ancestors', "'none'"]];

const format = (directives: [string, ...string[]][]) => directives.map((parts) => parts.join(' ')).join('; ');

/** The policy of the <meta http-equiv="Content-Security-Policy"> on every page. */
export const contentSecurityPolicy = format(DIRECTIVES);

/**
 * The policy in `astro dev`: Vite's dev server puts each stylesheet in a <style> element (to swap
 * it live), which the site's policy blocks, leaving a writer's preview unstyled. Never in a build.
 */
export const devServerPolicy = format(
  DIRECTIVES.map(([name, ...values]) => (name === 'style-src' ? [name, ...values, "'unsafe-inline'"] : [name, ...values])),
);

/** The policy of the Content-Security-Policy header (deploy/nginx.conf). */
export const contentSecurityPolicyHeader = format([...DIRECTIVES, ...HEADER_ONLY]);
