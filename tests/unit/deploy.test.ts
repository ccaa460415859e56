/**
 * The deployment files agree with the code they serve: nginx sends the pages' own CSP, the Pages
 * workflow publishes only what the tests passed, with the official actions, and builds with the
 * settings the site reads.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { contentSecurityPolicy, contentSecurityPolicyHeader } from '../../src/lib/csp';
import { SETTINGS } from '../../src/lib/site-settings';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('Content-Security-Policy', () => {
  it('nginx sends the policy of the pages, plus frame-ancestors', () => {
    const header = /add_header Content-Security-Policy "([^"]+)" always;/.exec(read('deploy/nginx.conf'))?.[1];
    expect(header).toBe(contentSecurityPolicyHeader);
    expect(contentSecurityPolicyHeader).toBe(`${contentSecurityPolicy}; frame-ancestors 'none'`);
  });

  it('allows no inline or evaluated script, only the WebAssembly Pagefind compiles', () => {
    const scripts = /script-src ([^;]+)/.exec(contentSecurityPolicy)?.[1];
    expect(scripts).toBe("'self' 'wasm-unsafe-eval'");
    expect(contentSecurityPolicy).not.toContain('unsafe-inline');
    expect(contentSecurityPolicy).not.toMatch(/'unsafe-eval'/);
  });
});

interface Step {
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Workflow {
  name: string;
  on: Record<string, { workflows?: string[]; types?: string[]; branches?: string[] } | null>;
  permissions: Record<string, string>;
  jobs: Record<string, { if?: string; needs?: string; steps: Step[]; environment?: { name: string } }>;
}

describe('GitHub Pages workflow', () => {
  const pages = parse(read('.github/workflows/pages.yml')) as Workflow;
  const ci = parse(read('.github/workflows/ci.yml')) as Workflow;
  const build = pages.jobs.build;
  const deploy = pages.jobs.deploy;

  it('runs after the tests pass on main, never for a pull request', () => {
    expect(pages.on.workflow_run).toEqual({ workflows: [ci.name], types: ['completed'], branches: ['main'] });
    expect(build?.if).toContain("github.event.workflow_run.conclusion == 'success'");
    expect(build?.if).toContain("github.event.workflow_run.event == 'push'");
    expect(build?.steps[0]?.with).toMatchObject({ ref: '${{ github.event.workflow_run.head_sha || github.sha }}', 'fetch-depth': 0 });
  });

  it('uses the official Pages actions and the permissions they need', () => {
    const uses = [...(build?.steps ?? []), ...(deploy?.steps ?? [])].flatMap((step) => (step.uses ? [step.uses.split('@')[0]] : []));
    expect(uses).toEqual(expect.arrayContaining(['actions/configure-pages', 'actions/upload-pages-artifact', 'actions/deploy-pages']));
    expect(pages.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
    expect(deploy?.needs).toBe('build');
    expect(deploy?.environment?.name).toBe('github-pages');
  });

  it('builds with every setting the site reads, the Pages address by default', () => {
    const buildStep = build?.steps.find((step) => step.run === 'npm run build');
    expect(Object.keys(buildStep?.env ?? {}).sort()).toEqual(Object.keys(SETTINGS).sort());
    expect(buildStep?.env?.SITE_URL).toBe('${{ vars.SITE_URL || steps.pages.outputs.base_url }}');
    expect(build?.steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact'))?.with).toEqual({ path: 'dist' });
  });
});
