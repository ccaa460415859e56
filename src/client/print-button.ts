/** <print-button>: prints the page (a form to fill in by hand, the completion report). */
import { required } from './dom';

class PrintButton extends HTMLElement {
  connectedCallback(): void {
    const button = required(this, 'button', HTMLButtonElement);
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
}

customElements.define('print-button', PrintButton);
