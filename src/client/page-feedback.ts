/**
 * <page-feedback>: 「这条有问题？」. Keeps the send link's address in step with what the reader
 * writes (src/lib/feedback.ts builds it) and fills in the text they last selected on the page.
 * Nothing is sent from here: the link opens the forge's form or the mail program, where the reader
 * sends it, or not.
 */
import { feedbackLink } from '../lib/feedback';
import { feedbackIsland, type FeedbackKey } from '../lib/islands/feedback';
import { island, required, strings } from './dom';

/** The text last selected on the page, outside any feedback form (before this loaded: see feedback-loader.ts). */
let selected = '';
document.addEventListener('selectionchange', () => {
  const selection = document.getSelection();
  const text = selection?.toString().trim() ?? '';
  const node = selection?.anchorNode;
  const inside = node instanceof Element ? node : node?.parentElement;
  if (text && inside?.closest('main') && !inside.closest('page-feedback')) selected = text;
});

class PageFeedback extends HTMLElement {
  connectedCallback(): void {
    if (!this.querySelector('script[data-island="feedback"]')) return;
    const text = strings<FeedbackKey>(this);
    const { page, target, labels } = island(this, 'feedback', feedbackIsland);
    const form = required(this, '[data-form]', HTMLFormElement);
    const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement;
    const send = required(this, '[data-send]', HTMLAnchorElement);
    const need = required(this, '[data-need]');
    const update = () => {
      const link = feedbackLink(
        page,
        { what: field('what').value, quote: field('quote').value, name: field('name').value },
        target,
        labels,
      );
      if (link) send.href = link.href;
      if (field('what').value.trim()) need.textContent = '';
    };
    form.addEventListener('input', update);
    const details = required(this, 'details', HTMLDetailsElement);
    const opened = () => {
      const quote = selected || (this.dataset.quote ?? '');
      if (quote && !field('quote').value) field('quote').value = quote;
      update();
      field('what').focus();
    };
    details.addEventListener('toggle', () => {
      if (details.open) opened();
    });
    // Loaded by the click that opened it: the toggle may already have happened.
    if (details.open) opened();
    send.addEventListener('click', (event) => {
      if (field('what').value.trim()) return;
      event.preventDefault();
      need.textContent = text('feedback.needWhat');
      field('what').focus();
    });
  }
}

customElements.define('page-feedback', PageFeedback);
