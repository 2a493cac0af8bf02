import { useState } from 'react';
import { Link } from 'react-router';
import { useCan, useFilters, useViewer } from '@sli/shared/data-access';
import { ConfirmButton, DataTable, formatDate, QueryState, type Column } from '@sli/shared/ui';
import { useAuditReturnsTracker, useReinviteAgency, type TrackerRow } from '../api/agency-returns';
import type { AuditRecord } from '../api/audit-records';
import { InviteAgenciesForm } from './invite-agencies-form';
import { ReturnStatusBadge, returnStatusWords } from './return-status-badge';

/** Who has returned, in a sentence: the counts a business unit chases by. */
function trackerSummary(rows: TrackerRow[]): string {
  const count = (s: TrackerRow['status']) => rows.filter((r) => r.status === s).length;
  const returned = count('RETURNED');
  const overdue = count('OVERDUE');
  return `${returned} of ${rows.length} ${rows.length === 1 ? 'agency has' : 'agencies have'} returned; ${overdue} overdue.`;
}

/** "Invite again" records a reminder today; on a returned row it reopens the return, so it asks first. */
function ReinviteButton({ row }: { row: TrackerRow }) {
  const reinvite = useReinviteAgency();
  const again = () => reinvite.mutate({ id: row.id, dueOn: null });
  if (row.returnedOn) {
    return (
      <span className="no-print">
        <ConfirmButton
          label={
            <>
              Reopen<span className="visually-hidden"> the return of {row.agency.name}</span>
            </>
          }
          question={`Reopen ${row.agency.name}'s return? It stops counting as returned until the agency submits it again.`}
          confirmLabel="Yes, reopen it"
          onConfirm={again}
          pending={reinvite.isPending}
        />
      </span>
    );
  }
  return (
    <button type="button" className="link-button no-print" disabled={reinvite.isPending} onClick={again}>
      Invite again<span className="visually-hidden"> {row.agency.name}</span>
    </button>
  );
}

/**
 * The round's "Agency returns": each invited agency's status as of the page's date, its due and returned
 * dates, a link to its return, and for the business unit the invitation form and "invite again".
 */
export function AgencyReturnsTracker({ audit }: { audit: AuditRecord }) {
  const { today, search } = useFilters();
  const can = useCan();
  const viewer = useViewer();
  const query = useAuditReturnsTracker(audit.id, today);
  const [inviting, setInviting] = useState(false);
  const rows = query.data?.auditAgencyReturns ?? [];
  const mayOpen = (r: TrackerRow) => can('inviteAuditAgencies') || viewer.agency?.id === r.agency.id || Boolean(r.returnedOn);
  const columns: Column<TrackerRow>[] = [
    {
      key: 'agency',
      header: 'Agency',
      value: (r) => r.agency.name,
      render: (r) =>
        mayOpen(r) ? (
          <Link to={{ pathname: `/audits/${audit.id}/returns/${r.id}`, search }}>
            {r.agency.name}
            <span className="visually-hidden">: open the return</span>
          </Link>
        ) : (
          r.agency.name
        ),
    },
    { key: 'status', header: 'Status', value: (r) => returnStatusWords(r.status), render: (r) => <ReturnStatusBadge value={r.status} /> },
    { key: 'sentOn', header: 'Invited', value: (r) => r.sentOn, render: (r) => formatDate(r.sentOn) },
    { key: 'dueOn', header: 'Due', value: (r) => r.dueOn, render: (r) => formatDate(r.dueOn) },
    {
      key: 'returnedOn',
      header: 'Returned on',
      value: (r) => r.returnedOn,
      render: (r) => (r.returnedOn ? `${formatDate(r.returnedOn)}${r.returnedOn > r.dueOn ? ', late' : ''}` : 'Not yet'),
    },
    { key: 'chased', header: 'Last chased', value: (r) => r.lastRemindedOn, render: (r) => (r.lastRemindedOn ? formatDate(r.lastRemindedOn) : 'Not yet') },
    ...(can('reinviteAuditAgency') ? [{ key: 'again', header: 'Chase', value: () => '', render: (r: TrackerRow) => <ReinviteButton row={r} /> }] : []),
  ];
  return (
    <section aria-labelledby="agency-returns">
      <h2 id="agency-returns">Agency returns</h2>
      <p className="hint">
        Each agency invited returns its part of the round by its due date, from its own page; reminders go to its leads before the due date, on the day it
        becomes overdue and weekly after. Status as of today, {formatDate(today)}.
      </p>
      <QueryState isLoading={query.isLoading} error={query.error}>
        {rows.length > 0 ? (
          <p data-testid="agency-returns-summary">
            <strong>{trackerSummary(rows)}</strong>
          </p>
        ) : null}
        <DataTable
          caption={`Agency returns for ${audit.ref}`}
          columns={columns}
          rows={rows}
          exportName={`agency-returns-${audit.ref}`}
          exportAsOf={today}
          rowKey={(r) => r.id}
          empty="No agency has been invited to return its part yet."
        />
      </QueryState>
      {can('inviteAuditAgencies') ? (
        inviting ? (
          <InviteAgenciesForm audit={audit} invited={rows.map((r) => r.agency.id)} onDone={() => setInviting(false)} />
        ) : (
          <p className="no-print">
            <button type="button" className="secondary" onClick={() => setInviting(true)}>
              Invite agencies to return
            </button>
          </p>
        )
      ) : null}
    </section>
  );
}
