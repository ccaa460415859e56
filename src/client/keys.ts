/**
 * Page-wide keyboard shortcuts (the drill's arrows, space and 1–4) step aside for whatever has
 * focus: a form field being typed in, the keys a tab list or menu moves and chooses with (arrows,
 * Home, End, space, Enter), or any key pressed with Ctrl, Alt or Meta.
 */
const WIDGET_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', ' ', 'Enter']);

export function keyBelongsToFocus(event: KeyboardEvent): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return true;
  const target = event.target;
  if (!(target instanceof Element)) return false;
  if (target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])')) return true;
  return WIDGET_KEYS.has(event.key) && Boolean(target.closest('[role="tablist"], [role="menu"], [role="listbox"]'));
}
