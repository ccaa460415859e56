/**
 * 「这条有问题？」 (issue 17): a reader's note on a section, script or case becomes a prefilled new
 * issue in the content repository — or, when the site has no repository, an e-mail to the page's
 * owner role. Only a link is built here: the reader sees the text, and nothing leaves the browser
 * until they send it themselves on the forge or in their mail program.
 */

export interface FeedbackPage {
  /** 小节 · 话术 · 案例, as the page names its kind. */
  kindLabel: string;
  title: string;
  version: number;
  /** The page's absolute address. */
  url: string;
  /** The content file, from the repository root (content/…). */
  file: string;
}

export interface FeedbackNote {
  /** What is wrong or missing. */
  what: string;
  /** The text the reader selected on the page, if any. */
  quote?: string;
  name?: string;
}

/** Where feedback goes: the repository's address, else an e-mail address; neither means no link. */
export interface FeedbackTarget {
  repository?: string;
  email?: string;
}

/** The labels of the issue or mail (from the page's UI strings). */
export interface FeedbackLabels {
  /** `{kind}{title}（第 {version} 版）有问题` and the like; {kind} {title} {version} filled in. */
  title: string;
  page: string;
  version: string;
  file: string;
  quote: string;
  what: string;
  name: string;
  anonymous: string;
}

export const WHAT_MAX = 2000;
export const QUOTE_MAX = 500;

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

/** The issue's (or mail's) subject and body, in Markdown a forge renders and a mail reader can read. */
export function feedbackText(page: FeedbackPage, note: FeedbackNote, labels: FeedbackLabels): { title: string; body: string } {
  const quote = (note.quote ?? '').trim().slice(0, QUOTE_MAX);
  const what = note.what.trim().slice(0, WHAT_MAX);
  const lines = [
    `${labels.page}：[${page.kindLabel} · ${page.title}](${page.url})`,
    `${labels.version}：${page.version}`,
    `${labels.file}：\`${page.file}\``,
    '',
    ...(quote ? [`${labels.quote}：`, ...quote.split(/\r?\n/).map((line) => `> ${line}`), ''] : []),
    `${labels.what}：`,
    what,
    '',
    `${labels.name}：${note.name?.trim() ? note.name.trim() : labels.anonymous}`,
  ];
  return { title: fill(labels.title, { kind: page.kindLabel, title: page.title, version: page.version }), body: lines.join('\n') };
}

/**
 * The forge's "new issue" address with title and body filled in: GitLab's form takes
 * issue[title] and issue[description] under /-/issues/new; GitHub, Gitea and Forgejo take title
 * and body under /issues/new.
 */
export function newIssueUrl(repository: string, title: string, body: string): string {
  const base = repository.replace(/\/+$/, '');
  const gitlab = /(^|\.)gitlab\./i.test(new URL(base).hostname);
  const query = gitlab
    ? `issue[title]=${encodeURIComponent(title)}&issue[description]=${encodeURIComponent(body)}`
    : `title=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;
  return `${base}${gitlab ? '/-/issues/new' : '/issues/new'}?${query}`;
}

/** A mailto: address with subject and body (RFC 6068: every line ends CRLF, everything percent-encoded). */
export function mailtoUrl(email: string, subject: string, body: string): string {
  return `mailto:${encodeURIComponent(email).replace(/%40/g, '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}`;
}

export interface FeedbackLink {
  via: 'issue' | 'mail';
  href: string;
}

/** The link that sends the note: a new issue when there is a repository, else a mail; undefined with neither. */
export function feedbackLink(
  page: FeedbackPage,
  note: FeedbackNote,
  target: FeedbackTarget,
  labels: FeedbackLabels,
): FeedbackLink | undefined {
  const { title, body } = feedbackText(page, note, labels);
  if (target.repository) return { via: 'issue', href: newIssueUrl(target.repository, title, body) };
  if (target.email) return { via: 'mail', href: mailtoUrl(target.email, title, body) };
  return undefined;
}

/**
 * The address feedback on a page goes to when there is no repository: the e-mail of the page's
 * owner role, else of the role it reports to, and so on up; pages without an owner (scripts and
 * cases) go to the department's head (a role reporting to no one) that has an address.
 */
export function ownerEmail(roles: readonly { id: string; email?: string; reportsTo?: string }[], owner?: string): string | undefined {
  const byId = new Map(roles.map((role) => [role.id, role]));
  const seen = new Set<string>();
  for (let id = owner; id && !seen.has(id); id = byId.get(id)?.reportsTo) {
    seen.add(id);
    const email = byId.get(id)?.email;
    if (email) return email;
  }
  return roles.find((role) => !role.reportsTo && role.email)?.email;
}
