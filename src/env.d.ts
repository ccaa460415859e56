/**
 * The JSX of .astro templates, for type-aware lint rules. Astro types a template element as
 * `HTMLElement | any` (so that every JSX framework fits), which typescript-eslint reads as `any`
 * and then reports every `.map((item) => <li>…</li>)` as an unsafe return
 * (ota-meshi/eslint-plugin-astro#168). Astro's own checks use their own types and ignore this.
 */
declare namespace JSX {
  type Element = HTMLElement;
  type IntrinsicElements = astroHTML.JSX.IntrinsicElements;
}
