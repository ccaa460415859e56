import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { editUrl, isProductionBuild, placeholderWarnings, readSettings, SETTINGS } from '../../src/lib/site-settings';
import { rehypeBaseLinks } from '../../src/plugins/rehype-base-links';
import { routes, urls, withBase, withoutBase } from '../../src/lib/urls';

const PAGES = 'https://example.github.io/sales-playbook/';
const all = {
  SITE_URL: 'https://handbook.example.cn/',
  REPO_URL: 'https://github.com/acme/handbook',
  COMPANY_NAME: '宁波某某包装有限公司',
};

describe('site settings from the environment', () => {
  it('has documented defaults for a local build', () => {
    expect(readSettings({})).toEqual({
      name: '业务部工作手册',
      department: '业务部',
      company: '华远包装材料有限公司',
      url: 'http://localhost:4321/',
      base: '/',
      repository: 'https://example.com/sales-playbook',
      branch: 'main',
      public: false,
    });
  });

  it('takes the base path from SITE_URL, with or without the trailing slash', () => {
    for (const value of [PAGES, PAGES.slice(0, -1)]) {
      const settings = readSettings({ SITE_URL: value });
      expect(settings.url).toBe(PAGES);
      expect(settings.base).toBe('/sales-playbook/');
    }
  });

  it('names the portal after the department unless SITE_NAME says otherwise', () => {
    expect(readSettings({ DEPARTMENT_NAME: '销售二部' }).name).toBe('销售二部工作手册');
    expect(readSettings({ DEPARTMENT_NAME: '销售二部', SITE_NAME: '销售宝典' }).name).toBe('销售宝典');
  });

  it('builds edit links on the configured branch', () => {
    const settings = readSettings({ REPO_URL: 'https://github.com/acme/handbook/', REPO_BRANCH: 'release/2027' });
    expect(editUrl(settings, 'content/scripts/budget.md')).toBe(
      'https://github.com/acme/handbook/blob/release/2027/content/scripts/budget.md',
    );
    expect(editUrl(readSettings({}), './content/glossary.yaml')).toBe('https://example.com/sales-playbook/blob/main/content/glossary.yaml');
  });

  it('REPO_URL=none is a site without a repository: no edit links, no placeholder warning', () => {
    for (const none of ['none', 'NONE', '无']) {
      expect(readSettings({ ...all, REPO_URL: none }).repository).toBe('');
      expect(placeholderWarnings({ ...all, REPO_URL: none })).toEqual([]);
    }
  });

  it('refuses values the portal cannot be built with, naming the variable and the fix', () => {
    expect(() => readSettings({ SITE_URL: 'handbook.example.cn' })).toThrow(
      'SITE_URL 不是有效的网址：“handbook.example.cn”。应为以 http:// 或 https:// 开头的完整网址，例如 https://handbook.example.cn/',
    );
    expect(() => readSettings({ REPO_URL: 'ftp://example.cn/repo' })).toThrow(
      'REPO_URL 应以 http:// 或 https:// 开头：“ftp://example.cn/repo”。例如 https://github.com/<组织>/<仓库>',
    );
    expect(() => readSettings({ SITE_URL: 'https://example.cn/?x=1' })).toThrow('SITE_URL 不能带 ? 或 # 部分');
    expect(() => readSettings({ SITE_URL: 'https://example.cn/scripts/' })).toThrow(
      'SITE_URL 的路径 /scripts/ 与门户自己的栏目同名，链接会混淆。请换一个路径，例如 /sales-playbook/',
    );
    expect(() => readSettings({ PUBLIC_PORTAL: 'ja' })).toThrow('PUBLIC_PORTAL 应为 true 或 false：“ja”');
    expect(() => readSettings({ REPO_BRANCH: 'my branch' })).toThrow('REPO_BRANCH 不能含空格');
  });

  it('switches to a public portal only when asked', () => {
    expect(readSettings({ PUBLIC_PORTAL: 'true' }).public).toBe(true);
    expect(readSettings({ PUBLIC_PORTAL: '1' }).public).toBe(true);
    expect(readSettings({ PUBLIC_PORTAL: 'false' }).public).toBe(false);
    expect(readSettings({ PUBLIC_PORTAL: '' }).public).toBe(false);
  });

  it('treats CI and any address but this computer as a production build', () => {
    expect(isProductionBuild({}, readSettings({}))).toBe(false);
    expect(isProductionBuild({ CI: 'true' }, readSettings({}))).toBe(true);
    expect(isProductionBuild({ CI: 'false' }, readSettings({}))).toBe(false);
    expect(isProductionBuild({}, readSettings({ SITE_URL: PAGES }))).toBe(true);
    expect(isProductionBuild({}, readSettings({ SITE_URL: 'http://127.0.0.1:8080/' }))).toBe(false);
  });

  it('warns once per placeholder still in use, naming the variable to set', () => {
    const warnings = placeholderWarnings({});
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toBe(
      'SITE_URL 仍是示例值 http://localhost:4321/：规范链接、RSS 订阅和日历文件中的网址都会指向本机。请在构建时设置 SITE_URL=门户的正式网址（例如 https://handbook.example.cn/，或 GitHub Pages 的 https://<用户名>.github.io/<仓库名>/）。',
    );
    expect(warnings[1]).toMatch(/^REPO_URL 仍是示例值 https:\/\/example\.com\/sales-playbook：.*请设置 REPO_URL=/);
    expect(warnings[2]).toMatch(/^COMPANY_NAME 仍是示例值 华远包装材料有限公司：.*请设置 COMPANY_NAME=/);
    expect(placeholderWarnings({ ...all, REPO_URL: undefined })).toEqual([warnings[1]]);
    expect(placeholderWarnings({ ...all, COMPANY_NAME: SETTINGS.COMPANY_NAME.default })).toEqual([warnings[2]]);
    expect(placeholderWarnings(all)).toEqual([]);
  });
});

describe('links under a base path', () => {
  it('prefixes site paths once, and leaves other URLs alone', () => {
    const base = '/sales-playbook/';
    expect(withBase('/scripts/budget/', base)).toBe('/sales-playbook/scripts/budget/');
    expect(withBase('/', base)).toBe('/sales-playbook/');
    expect(withBase('/sales-playbook/scripts/', base)).toBe('/sales-playbook/scripts/');
    expect(withBase('/sales-playbook', base)).toBe('/sales-playbook');
    for (const url of ['//cdn.example.cn/x.js', 'https://example.cn/', '#top', 'mailto:a@b.cn', 'budget/'])
      expect(withBase(url, base)).toBe(url);
    expect(withBase('/scripts/', '/')).toBe('/scripts/');
    expect(withoutBase('/sales-playbook/scripts/budget/', base)).toBe('/scripts/budget/');
    expect(withoutBase('/scripts/', '/')).toBe('/scripts/');
  });

  it('gives routes and links alike at the site root (tests and the content check run there)', () => {
    expect(urls.section('sales-process/quote', '报价')).toBe(routes.section('sales-process/quote', '报价'));
    expect(urls.drill({ date: '2026-12-01' })).toBe('/drill/?date=2026-12-01');
  });

  it('rewrites root-relative links in Markdown bodies', async () => {
    const html = async (markdown: string, base: string) =>
      String(await unified().use(remarkParse).use(remarkRehype).use(rehypeBaseLinks, { base }).use(rehypeStringify).process(markdown));
    const markdown =
      '见[报价](/handbook/sales-process/quote/#discount)、[官网](https://example.cn/)、[本节](#points)和![图](/images/a.png)。';
    expect(await html(markdown, '/sales-playbook/')).toBe(
      '<p>见<a href="/sales-playbook/handbook/sales-process/quote/#discount">报价</a>、<a href="https://example.cn/">官网</a>、<a href="#points">本节</a>和<img src="/sales-playbook/images/a.png" alt="图">。</p>',
    );
    expect(await html(markdown, '/')).toContain('<a href="/handbook/sales-process/quote/#discount">');
  });
});
