/** The throwaway fixture projects the content tests make do not pile up in the OS temp folder. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureProject } from './fixture-site';

describe('a fixture project', () => {
  let made = '';
  it('holds the valid fixture site while its test runs', () => {
    made = fixtureProject();
    expect(existsSync(join(made, 'content/roles.yaml'))).toBe(true);
  });
  it('is removed once that test has finished', () => {
    expect(made).not.toBe('');
    expect(existsSync(made)).toBe(false);
  });
});
