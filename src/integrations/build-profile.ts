/**
 * Where a build's time and memory go, phase by phase, for `npm run bench`: with
 * PLAYBOOK_BUILD_PROFILE=<file> set, each phase's wall and CPU seconds (this process only; Pagefind's
 * indexer is a child process of its own) and the memory in use at its end are written to <file> as
 * JSON when the build ends, with the highest seen during each phase and the process's peak resident memory. Without the variable it does
 * nothing. First in the config (astro-config.ts), so its marks bracket the other integrations' hooks.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';

export interface PhaseFigure {
  /** What ran before this mark, e.g. "content check", "server bundle". */
  phase: string;
  wall: number;
  cpu: number;
  /** Resident memory at the end of the phase, MiB. */
  rss: number;
  /** The highest resident memory seen during the phase (sampled every quarter second), MiB. */
  peak: number;
}

export interface BuildProfile {
  phases: PhaseFigure[];
  /** The process's peak resident memory, MiB. */
  peakRss: number;
}

const mib = (bytes: number) => Math.round(bytes / 2 ** 20);

/**
 * Records the time and memory between successive marks. The first phase runs from `since` (by
 * default the process's start, where `performance.now()` and `process.cpuUsage()` count from), so
 * it includes starting Node and the astro CLI and loading astro.config.mjs with what it imports.
 */
export function phaseClock(
  now = () => performance.now() / 1000,
  cpu = () => process.cpuUsage(),
  since: { wall: number; cpu: NodeJS.CpuUsage } = { wall: 0, cpu: { user: 0, system: 0 } },
) {
  const phases: PhaseFigure[] = [];
  let wall = since.wall;
  let used = since.cpu;
  let highest = 0;
  return {
    /** Notes the memory in use now: the phase's peak is the highest of these and its end. */
    sample(rss = process.memoryUsage().rss) {
      highest = Math.max(highest, rss);
    },
    mark(phase: string) {
      const wallNow = now();
      const usedNow = cpu();
      const rss = process.memoryUsage().rss;
      phases.push({
        phase,
        wall: wallNow - wall,
        cpu: (usedNow.user - used.user + usedNow.system - used.system) / 1e6,
        rss: mib(rss),
        peak: mib(Math.max(highest, rss)),
      });
      wall = wallNow;
      used = usedNow;
      highest = 0;
    },
    phases,
  };
}

export function buildProfile(file = process.env.PLAYBOOK_BUILD_PROFILE): AstroIntegration {
  const clock = phaseClock();
  const mark = (phase: string): void => {
    if (file) clock.mark(phase);
  };
  // The content sync runs a Vite server of its own before the build: only the build's bundles count.
  let building = false;
  return {
    name: 'playbook:build-profile',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (!file || command !== 'build') return;
        mark('start-up: Node, Astro, config');
        // Where in a phase the memory peaks (Rollup, rendering): sampled, without keeping the process alive.
        setInterval(() => clock.sample(), 250).unref();
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'playbook:build-profile',
                // Astro bundles the server first, then the client: each mark closes the phase before it.
                buildStart() {
                  if (building && this.environment.name === 'client') mark('server bundle');
                },
                closeBundle() {
                  if (building && this.environment.name === 'client') mark('client bundle');
                },
              },
            ],
          },
        });
        process.once('exit', () => {
          mark('after pages: Pagefind, service worker, swap');
          const profile: BuildProfile = { phases: clock.phases, peakRss: Math.round(process.resourceUsage().maxRSS / 1024) };
          writeFileSync(file, JSON.stringify(profile, null, 2));
        });
      },
      'astro:config:done': () => mark('content check, redirects, set-up'),
      'astro:build:start': () => {
        building = true;
        mark('content sync, types');
      },
      'astro:build:generated': () => mark('pages'),
    },
  };
}
