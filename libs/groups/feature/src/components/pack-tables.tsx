import { DataTable, DownloadButtons, exportTable, formatDate, type Column } from '@sli/shared/ui';
import type { MeetingDetail } from '../api/groups';
import { ACTION_STATUS_LABELS } from '../lib/labels';

type Pack = MeetingDetail['pack'];
type PackAction = Pack['overdue'][number];
type Change = Pack['changes'][number];

/** One line of the pack's download: every section in one sheet, named in its first column. */
interface PackRow {
  section: string;
  ref: string;
  title: string;
  ownerAgency: string | null;
  date: string | null;
  what: string;
  daysOverdue: number | null;
}

const changeWords = (c: Change) =>
  c.fromStatus ? `${ACTION_STATUS_LABELS[c.fromStatus]} to ${ACTION_STATUS_LABELS[c.toStatus]}` : `Agreed (${ACTION_STATUS_LABELS[c.toStatus]})`;

const actionColumns = (dateHeader: string, date: (a: PackAction) => string | null, extra: Column<PackAction>[] = []): Column<PackAction>[] => [
  { key: 'ref', header: 'Action', value: (a) => a.ref },
  { key: 'title', header: 'Title', value: (a) => a.title },
  { key: 'ownerAgency', header: 'Owner', value: (a) => a.ownerAgency },
  { key: 'date', header: dateHeader, render: (a) => formatDate(date(a)), value: (a) => date(a) },
  { key: 'status', header: 'Status', value: (a) => ACTION_STATUS_LABELS[a.status] },
  ...extra,
];

const changeColumns: Column<Change>[] = [
  { key: 'changedOn', header: 'Date', render: (c) => formatDate(c.changedOn), value: (c) => c.changedOn },
  { key: 'ref', header: 'Action', value: (c) => c.ref },
  { key: 'title', header: 'Title', value: (c) => c.title },
  { key: 'change', header: 'Change', value: changeWords },
  { key: 'changedBy', header: 'By', value: (c) => c.changedBy },
];

const downloadColumns: Column<PackRow>[] = [
  { key: 'section', header: 'Section' },
  { key: 'ref', header: 'Action' },
  { key: 'title', header: 'Title' },
  { key: 'ownerAgency', header: 'Owner' },
  { key: 'date', header: 'Date', type: 'date' },
  { key: 'what', header: 'Status or change' },
  { key: 'daysOverdue', header: 'Days overdue', type: 'number' },
];

/** Every line of the pack, section by section, as the page shows them. */
export function packRows(pack: Pack, sections: ReturnType<typeof sectionTitles>): PackRow[] {
  const action = (section: string, a: PackAction, date: string | null): PackRow => ({
    section,
    ref: a.ref,
    title: a.title,
    ownerAgency: a.ownerAgency,
    date,
    what: ACTION_STATUS_LABELS[a.status],
    daysOverdue: a.daysOverdue > 0 ? a.daysOverdue : null,
  });
  return [
    ...pack.changes.map((c) => ({ section: sections.changes, ref: c.ref, title: c.title, ownerAgency: null, date: c.changedOn, what: changeWords(c), daysOverdue: null })),
    ...pack.overdue.map((a) => action(sections.overdue, a, a.dueOn)),
    ...pack.dueBeforeNextMeeting.map((a) => action(sections.due, a, a.dueOn)),
    ...pack.awaitingSignOff.map((a) => action(sections.awaiting, a, a.closedOn)),
  ];
}

export function sectionTitles(pack: Pack) {
  return {
    changes: pack.previousMeetingOn ? `Changed since the meeting on ${formatDate(pack.previousMeetingOn)}` : 'Changed so far (no earlier meeting held)',
    overdue: 'Overdue',
    due: pack.nextMeetingOn ? `Due before the next meeting on ${formatDate(pack.nextMeetingOn)}` : 'Due before the next meeting (none set)',
    awaiting: 'Awaiting sign-off',
  };
}

/** The committee pack: its four sections as tables, and one download holding all of them. */
export function PackTables({ meeting }: { meeting: MeetingDetail }) {
  const pack = meeting.pack;
  const titles = sectionTitles(pack);
  const details = [
    { label: 'Group', value: meeting.group.name },
    { label: 'Meeting', value: formatDate(meeting.meetsOn) },
  ];
  const download = (format: 'csv' | 'xlsx') =>
    exportTable(format, {
      name: 'committee-pack',
      title: `Committee pack of ${meeting.group.name}, meeting on ${formatDate(meeting.meetsOn)}`,
      columns: downloadColumns,
      rows: packRows(pack, titles),
      scope: { filter: { partnershipIds: [meeting.partnershipId] }, asOf: pack.asOf, extra: details },
    });
  const table = (key: string, title: string, node: React.ReactNode) => (
    <section className="pack-section" aria-labelledby={`pack-${key}`} data-testid={`pack-${key}`}>
      <h3 id={`pack-${key}`}>{title}</h3>
      {node}
    </section>
  );
  const actionTable = (key: string, title: string, rows: PackAction[], columns: Column<PackAction>[], empty: string) =>
    table(
      key,
      `${title} (${rows.length})`,
      <DataTable caption={title} columns={columns} rows={rows} exportName={`committee-pack-${key}`} exportFilters="none" exportAsOf={pack.asOf} exportDetails={details} rowKey={(a) => a.actionId} empty={empty} />,
    );
  return (
    <>
      <DownloadButtons what="the whole committee pack" download={download} hint="One file with every section." />
      {table(
        'changes',
        `${titles.changes} (${pack.changes.length})`,
        <DataTable
          caption={titles.changes}
          columns={changeColumns}
          rows={pack.changes}
          exportName="committee-pack-changes"
          exportFilters="none"
          exportAsOf={pack.asOf}
          exportDetails={details}
          rowKey={(c, i) => `${c.actionId}-${i}`}
          empty="No action changed status."
        />,
      )}
      {actionTable(
        'overdue',
        titles.overdue,
        pack.overdue,
        actionColumns('Due', (a) => a.dueOn, [{ key: 'daysOverdue', header: 'Days overdue', value: (a) => a.daysOverdue, align: 'right' }]),
        'Nothing overdue.',
      )}
      {actionTable('due', titles.due, pack.dueBeforeNextMeeting, actionColumns('Due', (a) => a.dueOn), 'Nothing falls due before the next meeting.')}
      {actionTable('awaiting', titles.awaiting, pack.awaitingSignOff, actionColumns('Completed or cancelled', (a) => a.closedOn), 'Nothing awaits sign-off.')}
    </>
  );
}
