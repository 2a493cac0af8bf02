import { Link } from 'react-router';
import { useFilters } from '@sli/shared/data-access';
import { DataTable, formatDate, QueryState, type Column } from '@sli/shared/ui';
import { useMyAuditReturns, type MyReturnRow } from '../api/agency-returns';
import { ReturnStatusBadge, returnStatusWords } from './return-status-badge';

const KIND_WORDS: Record<MyReturnRow['kind'], string> = { SELF_ASSESSMENT: 'Self-assessment', CASE_AUDIT: 'Case narratives' };

/** On "My actions and requests": the audit returns the agency lead's agency owes, outstanding first, each linking to its form. */
export function MyAuditReturns() {
  const { today, search } = useFilters();
  const query = useMyAuditReturns(today);
  const rows = query.data?.myAuditReturns ?? [];
  const open = rows.filter((r) => !r.returnedOn).length;
  const columns: Column<MyReturnRow>[] = [
    {
      key: 'audit',
      header: 'Audit',
      value: (r) => `${r.audit.ref}: ${r.audit.title}`,
      render: (r) => <Link to={{ pathname: `/audits/${r.audit.id}/returns/${r.id}`, search }}>{`${r.audit.ref}: ${r.audit.title}`}</Link>,
    },
    { key: 'kind', header: 'Return', value: (r) => KIND_WORDS[r.kind] },
    { key: 'dueOn', header: 'Due', value: (r) => r.dueOn, render: (r) => formatDate(r.dueOn) },
    { key: 'status', header: 'Status', value: (r) => returnStatusWords(r.status), render: (r) => <ReturnStatusBadge value={r.status} /> },
    { key: 'returnedOn', header: 'Returned', value: (r) => r.returnedOn, render: (r) => (r.returnedOn ? formatDate(r.returnedOn) : 'Not yet') },
  ];
  return (
    <section aria-labelledby="my-audit-returns">
      <h2 id="my-audit-returns">Audit returns ({open} open)</h2>
      <QueryState isLoading={query.isLoading} error={query.error}>
        <DataTable
          caption="Audit returns your agency owes"
          columns={columns}
          rows={rows}
          exportName="my-audit-returns"
          exportAsOf={today}
          rowKey={(r) => r.id}
          empty="Your agency has not been invited to return any audit."
        />
      </QueryState>
    </section>
  );
}
