/**
 * <path-meter>: a path's progress bar on the training index, and the 「我的路径」 badge on the
 * reader's own path. The path's steps come from /training/<role>.json.
 */
import type { PathMeterKey } from '../lib/islands/strings';
import { pathSummary } from '../lib/path-progress';
import type { RoleData } from '../lib/training';
import { create, required, strings, type Text } from './dom';
import { onProgressChange, openProgress, type ProgressSession } from './progress';

class PathMeter extends HTMLElement {
  private data?: RoleData;

  async connectedCallback(): Promise<void> {
    const text = strings<PathMeterKey>(this);
    const session = await openProgress();
    onProgressChange(() => this.render(session, text));
    this.render(session, text);
    const response = await fetch(this.dataset.src ?? '');
    if (!response.ok) return;
    this.data = (await response.json()) as RoleData;
    this.render(session, text);
  }

  private render(session: ProgressSession, text: Text<PathMeterKey>): void {
    const progress = session.current();
    const card = this.closest<HTMLElement>('li[data-role]');
    if (card) required(card, '[data-mine]').hidden = progress.profile.role !== card.dataset.role;
    if (!this.data?.path) return;
    const summary = pathSummary(this.data.path.steps, progress);
    const island = this.querySelector('script[data-island]');
    this.replaceChildren(
      create('progress', { max: summary.total, value: summary.done }),
      create('span', { className: 'path-meter__value', textContent: text('training.progress.value', summary) }),
      ...(island ? [island] : []),
    );
  }
}

customElements.define('path-meter', PathMeter);
