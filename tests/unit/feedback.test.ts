import { describe, expect, it } from 'vitest';
import { feedbackLink, mailtoUrl, newIssueUrl, ownerEmail, type FeedbackLabels, type FeedbackPage } from '../../src/lib/feedback';

const labels: FeedbackLabels = {
  title: '反馈：{kind}“{title}”（第 {version} 版）',
  page: '页面',
  version: '版本',
  file: '文件',
  quote: '选中的文字',
  what: '哪里不对或缺了什么',
  name: '反馈人',
  anonymous: '（未署名）',
};
const page: FeedbackPage = {
  kindLabel: '话术',
  title: '应对“价格太高”',
  version: 2,
  url: 'https://playbook.example.com/scripts/price-too-high/',
  file: 'content/scripts/price-too-high.md',
};

describe('feedback links', () => {
  it('opens a new issue prefilled with the page, its version, the selected text and the note', () => {
    const link = feedbackLink(
      page,
      { what: '客户常问运费谁出，这里没讲。', quote: '我们一起算一下总成本', name: '小王' },
      { repository: 'https://github.com/acme/playbook/' },
      labels,
    )!;
    expect(link.via).toBe('issue');
    const url = new URL(link.href);
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/acme/playbook/issues/new');
    expect(url.searchParams.get('title')).toBe('反馈：话术“应对“价格太高””（第 2 版）');
    expect(url.searchParams.get('body')).toBe(
      [
        '页面：[话术 · 应对“价格太高”](https://playbook.example.com/scripts/price-too-high/)',
        '版本：2',
        '文件：`content/scripts/price-too-high.md`',
        '',
        '选中的文字：',
        '> 我们一起算一下总成本',
        '',
        '哪里不对或缺了什么：',
        '客户常问运费谁出，这里没讲。',
        '',
        '反馈人：小王',
      ].join('\n'),
    );
  });

  it('uses GitLab’s own form fields on a GitLab host', () => {
    const url = new URL(newIssueUrl('https://gitlab.example.com/sales/playbook', 'T', 'B'));
    expect(url.pathname).toBe('/sales/playbook/-/issues/new');
    expect(url.searchParams.get('issue[title]')).toBe('T');
    expect(url.searchParams.get('issue[description]')).toBe('B');
  });

  it('writes a mail to the owner when no repository is configured, lines ending CRLF', () => {
    const link = feedbackLink(page, { what: '第一行\n第二行' }, { email: 'sales-manager@example.com' }, labels)!;
    expect(link.via).toBe('mail');
    expect(link.href.startsWith('mailto:sales-manager@example.com?subject=')).toBe(true);
    const body = decodeURIComponent(/[?&]body=([^&]*)/.exec(link.href)![1]!);
    expect(body).toContain('第一行\r\n第二行\r\n\r\n反馈人：（未署名）');
    expect(body).not.toContain('选中的文字');
    expect(mailtoUrl('a b@example.com', 's', 'b')).toBe('mailto:a%20b@example.com?subject=s&body=b');
  });

  it('offers no link with neither a repository nor an address', () => {
    expect(feedbackLink(page, { what: 'x' }, {}, labels)).toBeUndefined();
  });

  it('finds the owner role’s address, up the reporting line, or the department head’s', () => {
    const roles = [
      { id: 'manager', email: 'manager@example.com' },
      { id: 'supervisor', reportsTo: 'manager' },
      { id: 'rep', reportsTo: 'supervisor', email: 'rep-lead@example.com' },
    ];
    expect(ownerEmail(roles, 'rep')).toBe('rep-lead@example.com');
    expect(ownerEmail(roles, 'supervisor')).toBe('manager@example.com');
    expect(ownerEmail(roles)).toBe('manager@example.com');
    expect(
      ownerEmail(
        [
          { id: 'a', reportsTo: 'b' },
          { id: 'b', reportsTo: 'a' },
        ],
        'a',
      ),
    ).toBeUndefined();
  });
});
