import type { ReviewsPageListQuery } from '@sli/shared/data-access';
import { DataTable, formatDate, type Column, type ServerExport, type ServerSort } from '@sli/shared/ui';
import { Link } from 'react-router';
import { REVIEW_STATUSES, reviewTypeLabel } from '../lib/review-types';
import { TIMELINESS_WORDS } from '../lib/timeliness';
import { TimelinessBadge } from './timeliness-badge';

type Row = ReviewsPageListQuery['reviews']['nodes'][number];

const statusLabel = (s: Row['status']) => REVIEW_STATUSES.find(([v]) => v === s)?.[1] ?? s;
/** Rapid reviews: the 15-working-day deadline; LCSPR, SAR, DHR and PLR: the 6-month completion. */
const dueOn = (r: Row) => r.rapidReviewDueOn ?? r.completionDueOn ?? null;
const timeliness = (r: Row) => r.rapidReviewTimeliness ?? r.completionTimeliness ?? null;

function columns(search: string, asOf: string): Column<Row>[] {
  return [
    { key: 'ref', header: 'Reference' },
    { key: 'title', header: 'Title', render: (r) => <Link to={`/reviews/${r.id}${search}`}>{r.title}</Link> },
    { key: 'type', header: 'Type', value: (r) => reviewTypeLabel(r.type) },
    { key: 'status', header: 'Status', value: (r) => statusLabel(r.status) },
    { key: 'initiatedOn', header: 'Initiated', render: (r) => formatDate(r.initiatedOn) },
    { key: 'completedOn', header: 'Completed', render: (r) => formatDate(r.completedOn) },
    { key: 'publishedOn', header: 'Published', render: (r) => formatDate(r.publishedOn) },
    { key: 'dueOn', header: 'Completion due', value: dueOn, render: (r) => formatDate(dueOn(r)) },
    {
      key: 'timeliness',
      header: `Timeliness at ${formatDate(asOf)}`,
      value: (r) => {
        const t = timeliness(r);
        return t ? TIMELINESS_WORDS[t] : null;
      },
      render: (r) => <TimelinessBadge value={timeliness(r)} />,
    },
  ];
}

export function ReviewsTable({
  rows,
  search,
  asOf,
  caption,
  serverExport,
  serverSort,
}: {
  rows: Row[];
  search: string;
  asOf: string;
  caption: string;
  /** The whole list, which the API downloads (the columns are those on screen). */
  serverExport: ServerExport;
  /** The server's sort of the list, kept in the URL. */
  serverSort: ServerSort;
}) {
  const shown = columns(search, asOf);
  return (
    <DataTable
      caption={caption}
      columns={shown}
      rows={rows}
      exportName="reviews"
      serverExport={{ ...serverExport, columns: shown.map((c) => c.key) }}
      serverSort={serverSort}
      rowKey={(r) => r.id}
      empty="No reviews match these filters."
    />
  );
}
