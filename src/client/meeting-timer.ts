/** <meeting-timer>: the morning meeting's countdown (10 minutes unless the address says ?minutes=1–60). */
import { drillPage } from './drill-page';
import { required } from './dom';

export class MeetingTimer extends HTMLElement {
  private left = 0;
  private ticking?: number;

  connectedCallback(): void {
    this.left = this.length();
    required(this, '[data-toggle]').addEventListener('click', () => this.toggle());
    required(this, '[data-start-pause]').addEventListener('click', () => this.toggle());
    required(this, '[data-reset]').addEventListener('click', () => this.reset());
    this.render();
  }

  /** Seconds the countdown starts from. */
  private length(): number {
    return Math.round(drillPage(this).plan.minutes * 60);
  }

  get running(): boolean {
    return this.ticking !== undefined;
  }

  /** Starts the countdown unless it runs or has run out. */
  start(): void {
    if (this.running || this.left <= 0) return;
    const end = Date.now() + this.left * 1000;
    this.ticking = window.setInterval(() => {
      this.left = Math.max(0, Math.round((end - Date.now()) / 1000));
      if (this.left === 0) this.stop();
      this.render();
    }, 250);
    this.render();
  }

  toggle(): void {
    if (this.running) this.stop();
    else this.start();
    this.render();
  }

  reset(): void {
    this.stop();
    this.left = this.length();
    this.render();
  }

  private stop(): void {
    window.clearInterval(this.ticking);
    this.ticking = undefined;
  }

  private render(): void {
    const { text } = drillPage(this);
    const time = required(this, '[data-time]');
    time.textContent = this.left > 0 ? `${Math.floor(this.left / 60)}:${String(this.left % 60).padStart(2, '0')}` : text('drill.timer.up');
    required(this, '[data-toggle]').classList.toggle('is-up', this.left === 0);
    required(this, '[data-start-pause]').textContent = text(this.running ? 'drill.timer.pause' : 'drill.timer.start');
  }
}

customElements.define('meeting-timer', MeetingTimer);
