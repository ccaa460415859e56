/**
 * On a touch screen, 「搜索」 on the keyboard closes it, so that it does not cover half the results it
 * asked for; with a mouse and keys focus stays in the box. For the search page and the script
 * finder; a module of its own, because dom.ts is in the chunk every reading page loads.
 */
import { required } from './dom';

export function closeKeyboardOnSubmit(form: HTMLFormElement): void {
  form.addEventListener('submit', () => {
    if (matchMedia('(pointer: coarse)').matches) required(form, '[name="q"]', HTMLInputElement).blur();
  });
}
