/**
 * Loads 「这条有问题？」 (<page-feedback>, src/client/page-feedback.ts) when a reader first reaches
 * for it, so reading pages ship no script of their own; bundled with the header's search loader.
 * The text selected on the page when they do is kept for the form: a click on the summary would
 * clear the selection before the element loads.
 */
let loading = false;

function reach(event: Event): void {
  const box = event.target instanceof Element ? event.target.closest('page-feedback') : null;
  if (!box) return;
  if (event.type === 'pointerdown' && !box.hasAttribute('data-quote')) {
    const selection = document.getSelection();
    const node = selection?.anchorNode;
    const inside = node instanceof Element ? node : node?.parentElement;
    const text = selection?.toString().trim();
    if (text && inside?.closest('main') && !inside.closest('page-feedback')) box.setAttribute('data-quote', text);
  }
  if (loading) return;
  loading = true;
  void import('./page-feedback');
}

for (const type of ['pointerdown', 'focusin', 'keydown']) document.addEventListener(type, reach, true);
