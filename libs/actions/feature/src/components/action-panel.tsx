import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { canChangeOwned, canDo, useViewer } from '@sli/shared/data-access';
import { ConfirmButton, DataTable, ErrorSummary, QueryState, SuccessMessage, formatCount, formatDate, useFieldProblems, type Column } from '@sli/shared/ui';
import { useAction, type ActionUpdateRow } from '../api/action';
import { useDeleteAction } from '../api/action-records';
import { STATUS_LABELS, formatDateTime, isComplete } from '../lib/labels';
import { BragBadge } from './brag-badge';
import { ImpactCheck } from './impact-check';
import { SignOffForm } from './sign-off-form';
import { StatusForm } from './status-form';

const NO_FIELDS = {};

const historyColumns: Column<ActionUpdateRow>[] = [
  { key: 'changedAt', header: 'When', render: (r) => <span className="ap-nowrap">{formatDateTime(r.changedAt)}</span> },
  { key: 'changedBy', header: 'By' },
  { key: 'fromStatus', header: 'From', value: (r) => (r.fromStatus ? STATUS_LABELS[r.fromStatus] : 'Created') },
  { key: 'toStatus', header: 'To', value: (r) => STATUS_LABELS[r.toStatus] },
  { key: 'note', header: 'Note' },
];

/**
 * One action: its details, its update history, and, for those allowed, the forms that change its status
 * (an agency lead only on their agency's actions) and sign it off (once complete or cancelled).
 */
export function ActionPanel({
  id,
  asOf,
  asOfLabel,
  closeSearch,
  filterSearch,
}: {
  id: string;
  asOf: string;
  asOfLabel: string;
  closeSearch: string;
  /** The shared filters, for links to other pages. */
  filterSearch: string;
}) {
  const query = useAction(id, asOf);
  const viewer = useViewer();
  const heading = useRef<HTMLHeadingElement>(null);
  const [message, setMessage] = useState<string | null>(null);
  const action = query.data;
  const canChange = !!action && canChangeOwned(viewer, 'changeActionStatus', action.ownerAgency.id);
  const ownedElsewhere = !!action && canDo(viewer, 'changeActionStatus') && !canChange;
  const navigate = useNavigate();
  const remove = useDeleteAction();
  const deleteProblems = useFieldProblems(remove.error, NO_FIELDS, 'action-delete');
  // The business unit and committee members sign off any action; a member of the action's group, at its meeting.
  const mayRecord = viewer?.role === 'ADMIN' || viewer?.role === 'COMMITTEE_MEMBER' || !!action?.group?.mayRecord;
  const canSignOff = !!action && canDo(viewer, 'signOffAction') && mayRecord && !action.signedOffOn && (isComplete(action.status) || action.status === 'CANCELLED');

  // Focus moves to the panel when an action is opened, so keyboard and screen-reader users land on it.
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'start' });
    setMessage(null);
  }, [id]);

  return (
    <section id="action" aria-labelledby="action-heading" className="ap-panel">
      <div className="ap-panel-head">
        <h2 id="action-heading" ref={heading} tabIndex={-1}>
          {action ? `Action ${action.ref}` : 'Action'}
        </h2>
        <Link to={{ search: closeSearch }} preventScrollReset>
          Close the action
        </Link>
      </div>
      <QueryState isLoading={query.isLoading} error={query.error} isEmpty={!query.isLoading && !action} empty="This action was not found.">
        {action ? (
          <>
            <p className="ap-title">{action.title}</p>
            <ErrorSummary items={deleteProblems.summary} title="The action was not deleted" />
            {canDo(viewer, 'updateAction') || canDo(viewer, 'deleteAction') ? (
              <div className="record-actions no-print">
                {canDo(viewer, 'updateAction') && action.review ? (
                  <Link to={{ pathname: `/actions/${action.id}/edit`, search: filterSearch }}>
                    Edit<span className="visually-hidden"> action {action.ref}</span>
                  </Link>
                ) : null}
                {canDo(viewer, 'deleteAction') ? (
                  <ConfirmButton
                    label={
                      <>
                        Delete<span className="visually-hidden"> action {action.ref}</span>
                      </>
                    }
                    question={`Delete action ${action.ref} with its update history? The change history keeps it.`}
                    confirmLabel="Yes, delete it"
                    pending={remove.isPending}
                    onConfirm={() =>
                      remove.mutate(action.id, {
                        onSuccess: (gone) => navigate({ search: closeSearch }, { state: { flash: `Action ${gone.ref} deleted.` } }),
                      })
                    }
                  />
                ) : null}
              </div>
            ) : null}
            <dl className="ap-details">
              <div>
                <dt>Status</dt>
                <dd data-testid="action-status">{STATUS_LABELS[action.status]}</dd>
              </div>
              <div>
                <dt>BRAG as of {asOfLabel}</dt>
                <dd>
                  <BragBadge brag={action.brag} />
                  {action.daysOverdue > 0 ? ` ${formatCount(action.daysOverdue)} days overdue` : ''}
                </dd>
              </div>
              <div>
                <dt>Due</dt>
                <dd>{formatDate(action.dueOn)}</dd>
              </div>
              <div>
                <dt>Completed on</dt>
                <dd>{formatDate(action.completedOn)}</dd>
              </div>
              <div>
                <dt>Owner agency</dt>
                <dd>{action.ownerAgency.name}</dd>
              </div>
              <div>
                <dt>Monitoring committee</dt>
                <dd>{action.monitoringCommittee ?? 'None recorded'}</dd>
              </div>
              <div>
                <dt>Source</dt>
                <dd>
                  {action.review ? (
                    <Link to={{ pathname: `/reviews/${action.review.id}`, search: filterSearch }}>
                      {action.review.title} ({action.review.ref})
                    </Link>
                  ) : action.audit ? (
                    `Audit: ${action.audit.title} (${action.audit.ref})`
                  ) : (
                    '–'
                  )}
                </dd>
              </div>
              <div>
                <dt>Themes</dt>
                <dd>{action.themes.length ? action.themes.map((t) => t.name).join(', ') : 'None'}</dd>
              </div>
              <div>
                <dt>Evidence of impact</dt>
                <dd>{action.impactEvidence ?? 'None recorded'}</dd>
              </div>
              <div>
                <dt>Signed off</dt>
                <dd>
                  {action.signedOffOn
                    ? `${formatDate(action.signedOffOn)} by ${action.signedOffBy ?? 'unknown'}${action.signedOffMeeting ? `, at the ${action.group?.name ?? 'group'} meeting` : ''}`
                    : 'Not yet'}
                </dd>
              </div>
            </dl>
            <ImpactCheck action={action} asOf={asOf} asOfLabel={asOfLabel} filterSearch={filterSearch} />
            <SuccessMessage message={message} className="ap-success" />
            <div className={canChange || canSignOff ? 'ap-panel-body' : undefined}>
              {canChange || canSignOff ? (
                <div>
                  {canChange ? <StatusForm key={action.status} action={action} onChanged={setMessage} /> : null}
                  {canSignOff ? <SignOffForm action={action} onSignedOff={setMessage} /> : null}
                </div>
              ) : null}
              <div>
                {ownedElsewhere ? (
                  <p className="hint" data-testid="not-your-agency">
                    Only {action.ownerAgency.name} can change this action&apos;s status.
                  </p>
                ) : null}
                <h3>Update history</h3>
                <DataTable
                  caption={`Status updates of ${action.ref}, oldest first`}
                  columns={historyColumns}
                  rows={action.updates}
                  exportName={`action-${action.ref.replace(/[^A-Za-z0-9-]+/g, '-')}-updates`}
                  exportFilters="partnership"
                  rowKey={(r) => r.id}
                  empty="No updates recorded."
                />
              </div>
            </div>
          </>
        ) : null}
      </QueryState>
    </section>
  );
}
