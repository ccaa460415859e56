/**
 * The settings a department sets once to publish the portal, read from environment variables at
 * build time — never by editing code. Every variable, its default and what it is for is listed in
 * SETTINGS below (and in the README's "Publishing the portal"). A bad value stops the build with a
 * message naming the variable and the fix; a placeholder still in use in a production build gets
 * one warning each.
 */
import { normaliseBase, routes } from './urls';

interface Setting {
  /** Used when the variable is unset or empty. */
  default: string;
  /** What it is for, in the words of the person publishing the portal. */
  about: string;
  /** A default that is only an example: a production build warns while it is in use. */
  placeholder?: string;
}

export const SETTINGS = {
  SITE_URL: {
    default: 'http://localhost:4321/',
    about: '门户发布后的完整网址；路径部分（如 /sales-playbook/）就是网站的根路径',
    placeholder:
      '规范链接、RSS 订阅和日历文件中的网址都会指向本机。请在构建时设置 SITE_URL=门户的正式网址（例如 https://handbook.example.cn/，或 GitHub Pages 的 https://<用户名>.github.io/<仓库名>/）',
  },
  REPO_URL: {
    default: 'https://example.com/sales-playbook',
    about:
      '内容仓库的网址，用于每页的「在仓库中编辑此页」链接和「这条有问题？」新建问题；设为 none：没有仓库，不显示编辑链接，反馈改为发邮件给负责岗位',
    placeholder:
      '每页的「在仓库中编辑此页」链接都打不开。请设置 REPO_URL=内容仓库的网址（例如 https://github.com/<组织>/<仓库>）；没有仓库时设为 none，反馈改为发邮件',
  },
  REPO_BRANCH: { default: 'main', about: '「在仓库中编辑此页」打开的分支' },
  DEPARTMENT_NAME: { default: '业务部', about: '部门名称，印在表格上' },
  SITE_NAME: { default: '', about: '门户名称，显示在页眉和浏览器标签上；不设置时为「<部门名称>工作手册」' },
  COMPANY_NAME: {
    default: '华远包装材料有限公司',
    about: '公司名称，显示在页脚、表格、培训报告和日历上',
    placeholder: '页脚、表格、培训报告和打印件都会印上这个示例公司名。请设置 COMPANY_NAME=贵公司的名称',
  },
  PUBLIC_PORTAL: {
    default: 'false',
    about: 'true：公开门户，生成 sitemap 并允许搜索引擎收录；默认 false：内部手册，robots.txt 禁止收录',
  },
} satisfies Record<string, Setting>;

export type SettingName = keyof typeof SETTINGS;
type Env = Partial<Record<string, string | undefined>>;

export interface SiteSettings {
  /** Shown in the header and the browser tab. */
  name: string;
  /** The department, printed on forms. */
  department: string;
  /** The company, shown in the footer and on printed documents. */
  company: string;
  /** Where the portal is published, ending in `/`; used for canonical links, the feed and calendars. */
  url: string;
  /** The path part of `url` (`/` or `/sales-playbook/`): Astro's `base`. */
  base: string;
  /**
   * The repository page of a file is `${repository}/blob/${branch}/${path}`. Empty for a site with no
   * repository (REPO_URL=none): no edit links, and feedback goes by mail to the owner role.
   */
  repository: string;
  branch: string;
  /** A public portal gets a sitemap; an internal one (the default) asks search engines to stay away. */
  public: boolean;
}

/** Thrown for a value the portal cannot be built with; the message names the variable and the fix. */
export class SettingError extends Error {}

function value(env: Env, name: SettingName): string {
  // An empty variable (a CI variable that is not set) means the default too.
  const given = env[name]?.trim();
  if (given) return given;
  return SETTINGS[name].default;
}

function httpUrl(env: Env, name: 'SITE_URL' | 'REPO_URL', example: string): URL {
  const text = value(env, name);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new SettingError(`${name} 不是有效的网址：“${text}”。应为以 http:// 或 https:// 开头的完整网址，例如 ${example}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new SettingError(`${name} 应以 http:// 或 https:// 开头：“${text}”。例如 ${example}`);
  }
  if (url.search || url.hash) throw new SettingError(`${name} 不能带 ? 或 # 部分：“${text}”。例如 ${example}`);
  return url;
}

/** The portal's top-level folders: a base path named like one of them would be mistaken for it. */
const TOP_FOLDERS = new Set(
  [...Object.values(routes).map((route) => (route as () => string)()), '/pagefind/', '/_astro/']
    .map((path) => path.split('/')[1])
    .filter(Boolean),
);

/** REPO_URL for a department that keeps its content without a forge to open issues in. */
const NO_REPOSITORY = /^(none|无)$/i;

export function readSettings(env: Env): SiteSettings {
  const site = httpUrl(env, 'SITE_URL', 'https://handbook.example.cn/');
  const base = normaliseBase(site.pathname);
  const first = base.split('/')[1];
  if (first && TOP_FOLDERS.has(first)) {
    throw new SettingError(`SITE_URL 的路径 ${base} 与门户自己的栏目同名，链接会混淆。请换一个路径，例如 /sales-playbook/`);
  }
  const repository = NO_REPOSITORY.test(value(env, 'REPO_URL'))
    ? ''
    : httpUrl(env, 'REPO_URL', 'https://github.com/<组织>/<仓库>').href.replace(/\/+$/, '');
  const branch = value(env, 'REPO_BRANCH');
  if (/\s/.test(branch)) throw new SettingError(`REPO_BRANCH 不能含空格：“${branch}”。例如 main`);
  const flag = value(env, 'PUBLIC_PORTAL').toLowerCase();
  if (!['true', '1', 'yes', 'false', '0', 'no'].includes(flag)) {
    throw new SettingError(`PUBLIC_PORTAL 应为 true 或 false：“${flag}”。公开门户设为 true，内部手册不设置或设为 false`);
  }
  const department = value(env, 'DEPARTMENT_NAME');
  return {
    name: value(env, 'SITE_NAME') || `${department}工作手册`,
    department,
    company: value(env, 'COMPANY_NAME'),
    url: `${site.origin}${base}`,
    base,
    repository,
    branch,
    public: ['true', '1', 'yes'].includes(flag),
  };
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** A build for publishing: in CI, or for an address other than this computer. */
export function isProductionBuild(env: Env, settings: SiteSettings): boolean {
  const ci = env.CI?.trim().toLowerCase();
  return Boolean(ci && ci !== 'false' && ci !== '0') || !LOCAL_HOSTS.has(new URL(settings.url).hostname);
}

/** One warning per placeholder still in use: the variable, its value, what goes wrong and the fix. */
export function placeholderWarnings(env: Env): string[] {
  return (Object.entries(SETTINGS) as [SettingName, Setting][]).flatMap(([name, setting]) =>
    setting.placeholder && value(env, name) === setting.default ? [`${name} 仍是示例值 ${setting.default}：${setting.placeholder}。`] : [],
  );
}

/** The edit link of a file in the repository, `path` from the repository root. */
export function editUrl(settings: Pick<SiteSettings, 'repository' | 'branch'>, path: string): string {
  return `${settings.repository}/blob/${encodeURIComponent(settings.branch).replace(/%2F/g, '/')}/${path.replace(/^\.?\//, '')}`;
}
