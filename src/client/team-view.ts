/**
 * <team-view>: the manager's team view on /training/team/. Files chosen or dropped are read in the
 * browser with the import's own reader (src/lib/team); nothing is uploaded. Everything shown is
 * computed by src/lib/team from the files and the content island; this element only renders it.
 */
import { formatDate, shanghaiDate } from '../lib/date';
import { teamIsland, type TeamKey } from '../lib/islands/team';
import {
  addFiles,
  COLUMNS,
  confirmations,
  csvLabels,
  filterRows,
  forgetTeam,
  groupGaps,
  groupPeople,
  keepTeam,
  keptTeam,
  NO_ROLE,
  peopleCsv,
  quizCsv,
  sortRows,
  teamRows,
  TEAM_KEY,
  type Column,
  type PersonRow,
  type RefusedFile,
  type TeamFiles,
} from '../lib/team';
import { urls } from '../lib/urls';
import { all, create, island, required, strings, type Text } from './dom';
import { quizRows, stepRows, type ReportRowText } from './report-rows';

const storage = (): Storage | undefined => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
};

class TeamView extends HTMLElement {
  private text!: Text<TeamKey>;
  private content!: ReturnType<typeof teamIsland.parse>;
  private files: TeamFiles = { files: [], refused: [] };
  private rows: PersonRow[] = [];
  /** Names two or more loaded people share. */
  private namesakes = new Set<string>();
  private sort: { column: Column; descending: boolean } = { column: 'name', descending: false };

  connectedCallback(): void {
    this.text = strings<TeamKey>(this);
    this.content = island(this, 'team', teamIsland);
    const input = required(this, '[data-files]', HTMLInputElement);
    const keep = required(this, '[data-keep]', HTMLInputElement);
    for (const control of [input, keep]) control.disabled = false;

    input.addEventListener('change', () => {
      void this.add([...(input.files ?? [])]).then(() => (input.value = ''));
    });
    const drop = required(this, '[data-drop]');
    drop.addEventListener('dragover', (event) => {
      event.preventDefault();
      drop.classList.add('is-over');
    });
    drop.addEventListener('dragleave', () => drop.classList.remove('is-over'));
    drop.addEventListener('drop', (event) => {
      event.preventDefault();
      drop.classList.remove('is-over');
      void this.add([...(event.dataTransfer?.files ?? [])]);
    });

    keep.addEventListener('change', () => {
      const store = storage();
      if (!keep.checked) {
        if (store) forgetTeam(store);
        this.say(this.text('team.load.keepOff'));
      } else this.keep();
    });
    required(this, '[data-forget]').addEventListener('click', () => {
      if (!confirm(this.text('team.load.forgetConfirm'))) return;
      const store = storage();
      if (store) forgetTeam(store);
      keep.checked = false;
      this.files = { files: [], refused: [] };
      this.update();
      this.say(this.text('team.load.forgotten'));
    });

    required(this, '[data-role-filter]', HTMLSelectElement).addEventListener('change', () => this.render());
    for (const button of all<HTMLButtonElement>(this, '[data-sort]')) {
      button.addEventListener('click', () => {
        const column = button.dataset.sort as Column;
        this.sort = { column, descending: this.sort.column === column ? !this.sort.descending : false };
        this.render();
      });
    }
    required(this, '[data-people]').addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('[data-person]');
      const row = button && this.rows.find((r) => r.key === button.dataset.person);
      if (row) this.detail(row);
    });
    for (const button of all<HTMLButtonElement>(this, '[data-csv]')) button.addEventListener('click', () => this.csv(button.dataset.csv!));
    required(this, '[data-print]').addEventListener('click', () => window.print());

    // A team kept on this computer loads at once.
    const store = storage();
    const kept = store && store.getItem(TEAM_KEY) !== null ? keptTeam(store) : undefined;
    if (kept) {
      keep.checked = true;
      this.files = { files: kept.files, refused: kept.refused };
      this.update();
      this.say(this.text('team.load.kept', { date: formatDate(shanghaiDate(new Date(kept.savedAt))), files: kept.files.length }));
    }
    this.dataset.ready = '';
  }

  private say(line: string): void {
    required(this, '[data-status]').textContent = line;
  }

  private async add(chosen: File[]): Promise<void> {
    if (chosen.length === 0) return;
    this.say(this.text('team.load.reading', { n: chosen.length }));
    const read = await Promise.all(
      chosen.map(async (file) => ({
        name: file.name,
        size: file.size,
        ...(file.size <= 5 * 1024 * 1024 ? { text: await file.text() } : {}),
      })),
    );
    const before = this.files.refused.length;
    this.files = addFiles(this.files, read);
    this.update();
    const refused = this.files.refused.length - before;
    this.say(
      [
        this.text('team.load.loaded', { files: this.files.files.length, people: this.rows.length }),
        refused > 0 ? this.text('team.load.refusedCount', { n: refused }) : '',
      ].join(''),
    );
    if (required(this, '[data-keep]', HTMLInputElement).checked) this.keep();
  }

  private keep(): void {
    const store = storage();
    const ok = !!store && keepTeam(store, this.files.files);
    this.say(this.text(ok ? 'team.load.keptSaved' : 'team.load.keepFailed'));
    if (!ok) required(this, '[data-keep]', HTMLInputElement).checked = false;
  }

  /** The files changed: people and rows anew, then the page. */
  private update(): void {
    this.rows = teamRows(groupPeople(this.files.files), { ...this.content, now: new Date() });
    const names = this.rows.map((row) => this.name(row));
    this.namesakes = new Set(names.filter((name, i) => names.indexOf(name) !== i));
    this.renderRefused();
    this.renderFilter();
    this.render();
  }

  private name(row: PersonRow): string {
    return row.name || `${this.text('team.noName')} ${row.file.names[0] ?? ''}`.trim();
  }

  /** The name in a list of names: with the employee number when someone else loaded has the same name. */
  private label(row: PersonRow): string {
    const name = this.name(row);
    return row.employeeNo && this.namesakes.has(name) ? `${name}（${row.employeeNo}）` : name;
  }

  private reason(file: RefusedFile): string {
    const { reason } = file;
    switch (reason.kind) {
      case 'newer':
        return this.text('team.refused.newer', { file: file.name, detail: reason.detail });
      case 'shape':
        return this.text('team.refused.shape', { file: file.name, where: reason.where || '…' });
      default:
        return this.text(`team.refused.${reason.kind}`, { file: file.name });
    }
  }

  private renderRefused(): void {
    required(this, '[data-refused]').hidden = this.files.refused.length === 0;
    required(this, '[data-refused-list]').replaceChildren(
      ...this.files.refused.map((file) => create('li', { textContent: this.reason(file) })),
    );
    required(this, '[data-forget]').hidden = this.files.files.length === 0 && this.files.refused.length === 0;
  }

  private renderFilter(): void {
    const select = required(this, '[data-role-filter]', HTMLSelectElement);
    const chosen = select.value;
    const count = (role: string) => filterRows(this.rows, role).length;
    const options = [create('option', { value: '', textContent: this.text('team.filter.all', { n: this.rows.length }) })];
    for (const role of this.content.roles) {
      if (count(role.id))
        options.push(
          create('option', { value: role.id, textContent: this.text('team.filter.option', { role: role.name, n: count(role.id) }) }),
        );
    }
    if (count(NO_ROLE))
      options.push(create('option', { value: NO_ROLE, textContent: this.text('team.filter.none', { n: count(NO_ROLE) }) }));
    select.replaceChildren(...options);
    select.value = options.some((o) => o.value === chosen) ? chosen : '';
  }

  private visible(): PersonRow[] {
    const role = required(this, '[data-role-filter]', HTMLSelectElement).value;
    return sortRows(
      filterRows(this.rows, role),
      this.sort.column,
      this.sort.descending,
      this.content.roles.map((r) => r.id),
    );
  }

  private render(): void {
    required(this, '[data-report]').hidden = this.rows.length === 0;
    const rows = this.visible();
    for (const th of all(this, 'th[data-column]')) {
      const sorted = th.dataset.column === this.sort.column;
      if (sorted) th.setAttribute('aria-sort', this.sort.descending ? 'descending' : 'ascending');
      else th.removeAttribute('aria-sort');
    }
    required(this, '[data-people]').replaceChildren(...rows.map((row) => this.tableRow(row)));
    this.renderConfirmations(rows);
    this.renderGaps(rows);
    this.renderFiles();
  }

  private tableRow(row: PersonRow): HTMLTableRowElement {
    const t = this.text;
    const cells: Record<Column, Node | string> = {
      name: this.nameCell(row),
      role: row.roleName ?? t('team.noRole'),
      path: row.path ? t('team.cell.path', row.path) : '—',
      week: row.path ? (row.path.week ? t('team.cell.week', { n: row.path.week }) : t('team.cell.finished')) : '—',
      overdue: this.overdueCell(row),
      quizzes: row.quizzes.total
        ? [
            t('team.cell.quizzes', row.quizzes),
            row.quizzes.meanBest === undefined ? '' : t('team.cell.meanBest', { n: row.quizzes.meanBest }),
          ]
            .filter(Boolean)
            .join(' · ')
        : '—',
      failed: row.quizzes.failed.exact ? String(row.quizzes.failed.count) : t('team.cell.atMost', { n: row.quizzes.failed.count }),
      awaiting: String(row.awaiting.length),
      lastDrill: row.drill.last ?? '—',
      streak: t('team.cell.days', { n: row.drill.streak }),
      due: String(row.drill.due),
      unanswered: String(row.unanswered.reduce((sum, entry) => sum + entry.count, 0)),
      file: this.fileCell(row),
    };
    const tr = create('tr');
    tr.dataset.person = row.key;
    for (const column of COLUMNS) {
      const cell = create(column === 'name' ? 'th' : 'td');
      if (column === 'name') cell.setAttribute('scope', 'row');
      cell.dataset.column = column;
      cell.append(cells[column]);
      if (column === 'overdue' && (row.path?.overdue?.length ?? 0) > 0) cell.classList.add('is-bad');
      if (column === 'awaiting' && row.awaiting.length > 0) cell.classList.add('is-bad');
      tr.append(cell);
    }
    return tr;
  }

  private overdueCell(row: PersonRow): Node | string {
    if (!row.path) return '—';
    if (!row.path.overdue) return this.text('team.cell.noStart');
    if (!row.start?.estimated) return String(row.path.overdue.length);
    const fragment = document.createDocumentFragment();
    fragment.append(
      String(row.path.overdue.length),
      create('small', { className: 'team__no', textContent: this.text('team.cell.estimated') }),
    );
    return fragment;
  }

  private nameCell(row: PersonRow): Node {
    const fragment = document.createDocumentFragment();
    fragment.append(create('button', { type: 'button', className: 'team__person', textContent: this.name(row) }));
    (fragment.lastChild as HTMLButtonElement).dataset.person = row.key;
    if (row.employeeNo) fragment.append(create('small', { className: 'team__no', textContent: row.employeeNo }));
    return fragment;
  }

  private fileCell(row: PersonRow): Node {
    const fragment = document.createDocumentFragment();
    fragment.append(row.file.date ?? '—');
    if (row.file.stale)
      fragment.append(
        create('span', { className: 'badge team__stale', textContent: this.text('team.cell.stale', { n: row.file.age ?? '?' }) }),
      );
    return fragment;
  }

  private renderConfirmations(rows: PersonRow[]): void {
    const t = this.text;
    const view = confirmations(rows, this.content.sections);
    const names = (label: string, people: string[], className: string) => {
      const p = create('p', { className });
      p.append(create('strong', { textContent: `${label}：` }), people.length ? people.join('、') : t('team.confirm.nobody'));
      return p;
    };
    const items: HTMLElement[] = view.sections.map(({ section, confirmed, pending, unread }) => {
      const article = create('article', { className: 'team__confirm' });
      const heading = create('h3');
      heading.append(create('a', { href: section.href, textContent: section.title }));
      article.append(
        heading,
        create('p', {
          className: 'team__confirm-count',
          textContent: t('team.confirm.section', {
            version: section.version,
            confirmed: confirmed.length,
            pending: pending.length,
            unread: unread.length,
          }),
        }),
        names(
          t('team.confirm.pending'),
          pending.map(({ row, readVersion }) => t('team.confirm.readOld', { name: this.label(row), version: readVersion })),
          'team__pending',
        ),
        names(
          t('team.confirm.confirmed'),
          confirmed.map((row) => this.label(row)),
          'team__confirmed',
        ),
      );
      if (unread.length)
        article.append(
          names(
            t('team.confirm.unreadLabel'),
            unread.map((row) => this.label(row)),
            'team__unread',
          ),
        );
      return article;
    });
    if (view.unreadByAll.length) {
      const details = create('details', { className: 'team__unread-all' });
      const list = create('ul');
      list.append(
        ...view.unreadByAll.map((section) => {
          const li = create('li');
          li.append(
            create('a', { href: section.href, textContent: section.title }),
            ` · ${t('team.confirm.version', { n: section.version })}`,
          );
          return li;
        }),
      );
      details.append(create('summary', { textContent: t('team.confirm.unreadByAll', { n: view.unreadByAll.length }) }), list);
      items.push(details);
    }
    required(this, '[data-confirmations]').replaceChildren(
      ...(items.length ? items : [create('p', { textContent: t('team.confirm.none') })]),
    );
  }

  private renderGaps(rows: PersonRow[]): void {
    const t = this.text;
    const gaps = groupGaps(rows, (row) => this.label(row));
    required(this, '[data-gaps]').replaceChildren(
      ...(gaps.length
        ? gaps.map((gap) => {
            const li = create('li');
            li.append(
              create('a', { href: urls.search(gap.query), textContent: gap.query }),
              ' ',
              create('span', {
                className: 'team__gap-count',
                textContent: t('team.gaps.item', { people: gap.people.length, count: gap.count, date: gap.date }),
              }),
              ' ',
              create('span', { className: 'badge', textContent: gap.nothingFound ? t('team.gaps.nothing') : t('team.gaps.unopened') }),
              create('br'),
              create('small', { textContent: gap.people.join('、') }),
            );
            return li;
          })
        : [create('li', { className: 'team__none', textContent: t('team.gaps.none') })]),
    );
  }

  private renderFiles(): void {
    const files = this.files.files;
    const byFile = new Map(this.rows.flatMap((row) => row.file.names.map((name) => [name, this.label(row)] as const)));
    required(this, '[data-file-list]').replaceChildren(
      ...files.map((file) =>
        create('li', {
          textContent: this.text('team.files.item', {
            file: file.name,
            name: byFile.get(file.name) ?? '',
            date: file.exportedAt ? shanghaiDate(new Date(file.exportedAt)) : '—',
          }),
        }),
      ),
    );
    required(this, '[data-print-header]').textContent = this.text('team.print.header', {
      date: formatDate(shanghaiDate(new Date())),
      n: files.length,
    });
  }

  private reportText(): ReportRowText {
    const t = this.text;
    return {
      kinds: {
        read: t('training.step.read'),
        quiz: t('training.step.quiz'),
        drill: t('training.step.drill'),
        task: t('training.step.task'),
      },
      passed: t('training.report.passed'),
      failed: t('training.report.failed'),
      notTaken: t('training.report.notTaken'),
    };
  }

  private detail(row: PersonRow): void {
    const t = this.text;
    const dialog = required(this, '[data-detail]', HTMLDialogElement);
    required(dialog, '[data-detail-title]').textContent = t('team.detail.title', { name: this.name(row) });
    const person = [row.roleName ?? t('team.noRole')];
    if (row.employeeNo) person.push(t('team.detail.employeeNo', { no: row.employeeNo }));
    if (row.start) {
      const values = { date: formatDate(row.start.date), week: row.path?.calendarWeek ?? '—' };
      person.push(row.start.estimated ? t('team.detail.startEstimated', values) : t('team.detail.start', values));
    } else person.push(t('team.detail.noStart'));
    required(dialog, '[data-detail-person]').textContent = person.join(' · ');

    const report = row.report;
    const summary = report
      ? [
          t('training.report.summary', report.summary),
          row.path?.overdue?.length ? t('team.detail.overdue', { n: row.path.overdue.length }) : '',
        ]
          .filter(Boolean)
          .join(' ')
      : t('team.detail.noPath');
    required(dialog, '[data-summary]').textContent = summary;
    const text = this.reportText();
    required(dialog, '[data-steps]').replaceChildren(...(report ? stepRows(report, text) : []));
    required(dialog, '[data-quizzes]').replaceChildren(
      ...(report
        ? quizRows(report, text, (result) =>
            result.failed ? `${result.attempts}（${t('team.detail.failed', { n: result.failed })}）` : result.attempts,
          )
        : []),
    );
    required(dialog, '[data-detail-awaiting]').replaceChildren(
      ...(row.awaiting.length
        ? row.awaiting.map((revised) => {
            const li = create('li');
            li.append(
              create('a', { href: revised.href, textContent: revised.title }),
              ` ${t('team.detail.awaitingItem', { from: revised.readVersion, to: revised.version })}`,
            );
            return li;
          })
        : [create('li', { textContent: t('team.detail.awaitingNone') })]),
    );
    const drill = row.drill;
    required(dialog, '[data-detail-drill]').textContent = drill.last
      ? [
          t('team.detail.drillLine', { ...drill, last: drill.last }),
          drill.retention === undefined ? '' : t('team.detail.retention', { n: drill.retention }),
        ].join('')
      : t('team.detail.never');
    required(dialog, '[data-detail-unanswered]').replaceChildren(
      ...row.unanswered.map((entry) => {
        const li = create('li');
        li.append(create('a', { href: urls.search(entry.query), textContent: entry.query }), t('team.detail.unansweredItem', entry));
        return li;
      }),
    );
    required(dialog, '[data-detail-files]').replaceChildren(...row.file.names.map((name) => create('li', { textContent: name })));
    dialog.showModal();
  }

  private csv(kind: string): void {
    const rows = this.visible();
    const labels = csvLabels((key) => this.text(key));
    const date = shanghaiDate(new Date());
    const [name, body] =
      kind === 'quiz'
        ? [this.text('team.csv.quiz.file', { date }), quizCsv(rows, labels)]
        : [this.text('team.csv.people.file', { date }), peopleCsv(rows, labels)];
    const link = create('a', { href: URL.createObjectURL(new Blob([body], { type: 'text/csv;charset=utf-8' })), download: name });
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    this.say(this.text('team.csv.saved', { file: name }));
  }
}

customElements.define('team-view', TeamView);
