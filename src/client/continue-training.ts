/**
 * <continue-training>: on the home page, the reader's place on their onboarding path and the
 * sections revised since they confirmed reading them. Reads the progress without zod and the role's
 * path from /training/<role>.json.
 */
import type { ContinueKey } from '../lib/islands/strings';
import { pathSummary, revisedSince } from '../lib/path-progress';
import type { RoleData } from '../lib/training';
import { urls } from '../lib/urls';
import { create, required, strings } from './dom';
import { peekProgress } from './progress';

class ContinueTraining extends HTMLElement {
  async connectedCallback(): Promise<void> {
    const text = strings<ContinueKey>(this);
    const progress = peekProgress();
    const role = progress?.profile?.role;
    if (!progress || !role) return;
    // Offline, a role's path not yet stored: the home page simply shows no progress.
    const response = await fetch(urls.trainingData(role)).catch(() => undefined);
    if (!response?.ok) return;
    const data = (await response.json()) as RoleData;
    if (data.path) {
      const summary = pathSummary(data.path.steps, progress);
      required(this, '[data-progress]').replaceChildren(
        create('a', { href: data.path.href, textContent: text('training.continue.path', { path: data.path.title, ...summary }) }),
      );
      const next = required(this, '[data-next-step]');
      const link = required(next, 'a', HTMLAnchorElement);
      if (summary.next) {
        link.textContent = text('training.continue.next', { week: summary.next.week, title: summary.next.title });
        link.href = summary.next.href ?? data.path.href;
      } else {
        link.textContent = text('training.continue.all');
        link.href = urls.trainingReport();
      }
      next.hidden = false;
    }
    const revised = revisedSince(data.sections, progress);
    if (revised.length) {
      const box = required(this, '[data-revised]');
      required(box, 'ul').replaceChildren(
        ...revised.map((section) => {
          const item = create('li');
          item.append(
            create('a', { href: section.href, textContent: section.title }),
            ` ${text('training.revised.item', { from: section.readVersion, to: section.version })}`,
          );
          return item;
        }),
      );
      box.hidden = false;
    }
  }
}

customElements.define('continue-training', ContinueTraining);
