/**
 * <site-search>: the search box in every page's header. Only the "/" shortcut lives here; the
 * search itself (src/client/search-box.ts) loads when the box first gets focus. Without JavaScript
 * the box is a plain GET form to /search/.
 */
class SiteSearch extends HTMLElement {
  connectedCallback(): void {
    const input = this.querySelector('input');
    if (!input) return;
    document.addEventListener('keydown', (event) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      // Typing "/" in a field is just typing.
      if (event.target instanceof Element && event.target.closest('input, textarea, select, [contenteditable]')) return;
      event.preventDefault();
      input.focus();
    });
    input.addEventListener('focus', () => void import('./search-box').then(({ enhance }) => enhance(input)), { once: true });
  }
}

customElements.define('site-search', SiteSearch);
