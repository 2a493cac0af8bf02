import type { AgeBand, Harm, NotificationDecision, NotificationsPageListQuery } from '@sli/shared/data-access';
import { DataTable, formatDate, type Column, type ServerExport, type ServerSort } from '@sli/shared/ui';
import { Link } from 'react-router';

type Row = NotificationsPageListQuery['notifications']['nodes'][number];

const HARM: Record<Harm, string> = { DEATH: 'Death', SERIOUS_HARM: 'Serious harm' };
const AGE: Record<AgeBand, string> = { UNDER_1: 'Under 1', AGE_1_5: '1–5', AGE_6_10: '6–10', AGE_11_15: '11–15', AGE_16_17: '16–17' };
const DECISION: Record<NotificationDecision, string> = {
  PENDING: 'Pending',
  RAPID_REVIEW: 'Rapid review',
  NO_RAPID_REVIEW: 'No rapid review',
};

const columns = (search: string): Column<Row>[] => [
  { key: 'ref', header: 'Reference', render: (n) => <Link to={{ pathname: `/reviews/notifications/${n.id}`, search }}>{n.ref}</Link> },
  { key: 'dateAware', header: 'Date aware', render: (n) => formatDate(n.dateAware) },
  { key: 'dateNotified', header: 'Date notified', render: (n) => formatDate(n.dateNotified) },
  { key: 'harm', header: 'Harm', value: (n) => HARM[n.harm] },
  { key: 'ageBand', header: 'Age band', value: (n) => AGE[n.ageBand] },
  { key: 'decision', header: 'Decision', value: (n) => DECISION[n.decision] },
];

/** A page of serious incident notifications, sorted by the server. */
export function NotificationsTable({
  rows,
  caption,
  serverSort,
  serverExport,
  search,
}: {
  /** The filters, carried onto each notification's page. */
  search: string;
  rows: Row[];
  caption: string;
  serverSort: ServerSort;
  /** Downloads hold every notification of the filters, from the API, not only this page. */
  serverExport: ServerExport;
}) {
  return (
    <DataTable
      caption={caption}
      columns={columns(search)}
      rows={rows}
      exportName="notifications"
      exportTitle={caption}
      serverSort={serverSort}
      serverExport={serverExport}
      rowKey={(n) => n.id}
      empty="No notifications match these filters."
    />
  );
}
