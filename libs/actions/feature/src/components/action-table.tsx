import { Link } from 'react-router';
import { DataTable, formatCount, formatDate, type Column, type ServerExport } from '@sli/shared/ui';
import type { ActionItem } from '../api/lists';
import { BRAGS, STATUS_LABELS } from '../lib/labels';
import { BragBadge } from './brag-badge';

type Kind = 'overdue' | 'all';

/** A page of actions; each ref opens the action's panel (details, history, status change). */
export function ActionTable({
  items,
  caption,
  exportName,
  kind,
  openSearch,
  serverExport,
  serverSort,
  empty,
}: {
  items: ActionItem[];
  caption: string;
  exportName: string;
  kind: Kind;
  /** Which list the API downloads whole, given the column keys on screen. */
  serverExport: (columns: string[]) => ServerExport;
  /** The search string that opens an action's panel. */
  openSearch: (id: string) => string;
  /** Sorted by the API (the register): see DataTable. */
  serverSort?: Parameters<typeof DataTable<ActionItem>>[0]['serverSort'];
  empty?: string;
}) {
  const columns: Column<ActionItem>[] = [
    {
      key: 'ref',
      header: 'Ref',
      value: (r) => r.action.ref,
      render: (r) => (
        <Link to={{ search: openSearch(r.action.id) }} preventScrollReset className="ap-nowrap">
          {r.action.ref}
        </Link>
      ),
    },
    { key: 'title', header: 'Action', value: (r) => r.action.title },
    { key: 'owner', header: 'Owner agency', value: (r) => r.action.ownerAgency.name },
    { key: 'source', header: 'Source', value: (r) => r.action.review?.ref ?? r.action.audit?.ref ?? null },
    { key: 'committee', header: 'Committee', value: (r) => r.action.monitoringCommittee ?? null },
    { key: 'due', header: 'Due', type: 'date', value: (r) => r.action.dueOn, render: (r) => <span className="ap-nowrap">{formatDate(r.action.dueOn)}</span> },
    { key: 'status', header: 'Status', value: (r) => STATUS_LABELS[r.action.status] },
  ];
  if (kind === 'overdue') {
    columns.push({ key: 'days', header: 'Days overdue', align: 'right', value: (r) => r.daysOverdue, render: (r) => formatCount(r.daysOverdue) });
  } else {
    columns.push(
      {
        key: 'brag',
        header: 'BRAG',
        value: (r) => BRAGS.find((b) => b.brag === r.brag)?.word ?? 'Not rated',
        render: (r) => <BragBadge brag={r.brag} />,
      },
      { key: 'completed', header: 'Completed on', type: 'date', value: (r) => r.action.completedOn ?? null, render: (r) => <span className="ap-nowrap">{formatDate(r.action.completedOn)}</span> },
      { key: 'days', header: 'Days overdue', align: 'right', value: (r) => r.daysOverdue, render: (r) => formatCount(r.daysOverdue) },
    );
  }
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={items}
      exportName={exportName}
      serverExport={serverExport(columns.map((c) => c.key))}
      rowKey={(r) => r.action.id}
      serverSort={serverSort}
      empty={empty}
    />
  );
}
