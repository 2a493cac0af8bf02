import { useId } from 'react';
import { Link, useLocation } from 'react-router';
import type { ActionStatus, Brag } from '@sli/shared/data-access';
import { DataTable, QueryState, formatCount, formatRate, type Column } from '@sli/shared/ui';
import { useSummary, type SummaryRow } from '../api/summary';
import { GROUPINGS, type Grouping } from '../lib/page-params';
import { registerLink } from '../lib/register-params';
import type { Scope } from '../lib/scope';

/** Which actions a count cell stands for, for its link into the register. */
interface CellActions {
  statuses?: ActionStatus[];
  brags?: Brag[];
}

const count = (
  key: string,
  header: string,
  pick: (r: SummaryRow) => number,
  cell?: CellActions,
  linkTo?: (r: SummaryRow, cell: CellActions) => { pathname: string; search: string },
): Column<SummaryRow> => ({
  key,
  header,
  align: 'right',
  value: pick,
  render: (r) =>
    cell && linkTo && pick(r) > 0 ? (
      <Link to={linkTo(r, cell)} aria-label={`${formatCount(pick(r))} ${header.toLowerCase()}: ${r.label}, list them`}>
        {formatCount(pick(r))}
      </Link>
    ) : (
      formatCount(pick(r))
    ),
});

const share = (key: string, header: string, pick: (r: SummaryRow) => { value: number | null; numerator: number; denominator: number }): Column<SummaryRow> => ({
  key,
  header,
  align: 'right',
  // Exported as a percentage with one decimal place, as on screen.
  value: (r) => {
    const v = pick(r).value;
    return v == null ? null : Math.round(v * 1000) / 10;
  },
  render: (r) => formatRate(pick(r)),
});

/** Committee summaries: counts by status and BRAG, overdue, completed on time and impact evidenced, per group. */
export function SummaryTable({
  scope,
  grouping,
  onGrouping,
  periodLabel,
  asOfLabel,
  reviewSearch,
}: {
  scope: Scope;
  grouping: Grouping;
  onGrouping: (value: string) => void;
  periodLabel: string;
  asOfLabel: string;
  /** The search string showing one review's action plan. */
  reviewSearch: (reviewId: string) => string;
}) {
  const id = useId();
  const query = useSummary(scope, grouping.by);
  const { search } = useLocation();
  // The register filtered to one row's actions: an owner agency through the agency filter, the rest by their summary row.
  const linkTo = (r: SummaryRow, cell: CellActions) =>
    registerLink(
      search,
      grouping.by === 'OWNER_AGENCY' && r.key ? { ...cell, agencyId: r.key } : { ...cell, group: { by: grouping.by, key: r.key } },
    );
  const columns: Column<SummaryRow>[] = [
    {
      key: 'label',
      header: grouping.label,
      render: (r) =>
        grouping.by === 'REVIEW' && r.key && !r.label.startsWith('Audit:') ? (
          <Link to={{ search: reviewSearch(r.key) }}>{r.label}</Link>
        ) : (
          r.label
        ),
    },
    count('total', 'Actions', (r) => r.total, {}, linkTo),
    count('notStarted', 'Not started', (r) => r.byStatus.notStarted, { statuses: ['NOT_STARTED'] }, linkTo),
    count('inProgress', 'In progress', (r) => r.byStatus.inProgress, { statuses: ['IN_PROGRESS'] }, linkTo),
    count('completed', 'Completed', (r) => r.byStatus.completed, { statuses: ['COMPLETED'] }, linkTo),
    count('impact', 'Impact evidenced', (r) => r.byStatus.impactEvidenced, { statuses: ['IMPACT_EVIDENCED'] }, linkTo),
    count('cancelled', 'Cancelled', (r) => r.byStatus.cancelled, { statuses: ['CANCELLED'] }, linkTo),
    count('blue', 'Blue', (r) => r.byBrag.blue, { brags: ['BLUE'] }, linkTo),
    count('red', 'Red', (r) => r.byBrag.red, { brags: ['RED'] }, linkTo),
    count('amber', 'Amber', (r) => r.byBrag.amber, { brags: ['AMBER'] }, linkTo),
    count('green', 'Green', (r) => r.byBrag.green, { brags: ['GREEN'] }, linkTo),
    count('overdue', 'Overdue', (r) => r.overdue, { brags: ['RED'] }, linkTo),
    share('onTime', 'Completed on time %', (r) => r.completedOnTime),
    share('impactRate', 'Impact evidenced %', (r) => r.impactEvidenced),
  ];
  return (
    <>
      <div className="field ap-inline-field">
        <label htmlFor={`${id}-group`}>Group the actions by</label>
        <select id={`${id}-group`} value={grouping.value} onChange={(e) => onGrouping(e.target.value)}>
          {GROUPINGS.map((g) => (
            <option key={g.value} value={g.value}>
              {g.label}
            </option>
          ))}
        </select>
      </div>
      <p className="hint">
        Actions due in {periodLabel}, as of {asOfLabel}. BRAG: blue complete, red overdue, amber due within 30 days, green on track.
        Completed on time is out of the actions not cancelled; impact evidenced is out of the completed ones.{grouping.by === 'THEME' ? ' An action with two themes counts in both rows.' : ''}
      </p>
      <QueryState isLoading={query.isLoading} error={query.error}>
        <div className="ap-summary">
          <DataTable
            caption={`Actions by ${grouping.noun}`}
            columns={columns}
            rows={query.data ?? []}
            exportName={`actions-by-${grouping.value}`}
            rowKey={(r) => r.key ?? 'none'}
          />
        </div>
      </QueryState>
    </>
  );
}
