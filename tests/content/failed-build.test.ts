/**
 * A build that fails leaves the last good dist/ as it was: no half-written site for `astro
 * preview`, `npm start` or a deploy to serve. Real builds of the fixture site in a temp root.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { buildSite, siteRoot } from '../helpers/site-root';

const FORM = `---
title: 拜访记录表
summary: 每次拜访客户后当天填写，交小组主管。
owner: supervisor
audience: [rep]
sections: [daily-work/morning-routine]
---
`;

function siteWithPreviousBuild() {
  const site = siteRoot('playbook-failed-build-');
  onTestFinished(site.remove);
  mkdirSync(site.dist);
  writeFileSync(join(site.dist, 'index.html'), '上一次成功构建的网站');
  return site;
}

/** What the failed build printed. */
function failure(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return `${stdout}${stderr}`;
  }
  throw new Error('the build passed');
}

describe('a failed build', { timeout: 240_000 }, () => {
  it('stops at the content check with the Chinese line for an MDX syntax error, before touching dist/', () => {
    const site = siteWithPreviousBuild();
    writeFileSync(join(site.content, 'forms/visit-record.mdx'), `${FORM}\n<div class="form-lines">\n\n填表人：__________\n`);
    const output = failure(() => buildSite(site));
    expect(output).toContain('content/forms/visit-record.mdx:9  body  标签 <div> 没有闭合；请补上 </div>');
    expect(output).toContain('内容检查未通过：1 个错误');
    expect(readFileSync(join(site.dist, 'index.html'), 'utf8')).toBe('上一次成功构建的网站');
  });

  it('that throws while rendering a page keeps the previous dist/ and leaves no staging folder behind', () => {
    const site = siteWithPreviousBuild();
    // Passes the content check (an expression that defines what it uses) but throws when rendered.
    writeFileSync(join(site.content, 'forms/visit-record.mdx'), `${FORM}\n{(() => { throw new Error('渲染失败'); })()}\n`);
    const output = failure(() => buildSite(site));
    expect(output).toContain('渲染失败');
    expect(readFileSync(join(site.dist, 'index.html'), 'utf8')).toBe('上一次成功构建的网站');
    expect(readdirSync(site.root).filter((name) => name.startsWith('.dist'))).toEqual([]);
    expect(existsSync(join(site.root, '.dist-building'))).toBe(false);
  });
});
