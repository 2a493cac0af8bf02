import { Link, useNavigate, useParams } from 'react-router';
import { useCan, useFilters, type ReviewStatus } from '@sli/shared/data-access';
import { ConfirmButton, ErrorSummary, FlashMessage, PageHeader, QueryState, formatDate, useFieldProblems } from '@sli/shared/ui';
import { useDeleteNotification, useNotificationRecord } from './api/notification';
import { TimelinessBadge } from './components/timeliness-badge';
import { AGE_LABELS, DECISION_LABELS, HARM_LABELS } from './lib/notification-labels';
import { DECISION_LABELS as REFERRAL_DECISION_LABELS } from './lib/referral-labels';
import { REVIEW_STATUSES, reviewTypeLabel } from './lib/review-types';

const NO_FIELDS = {};

/** One serious incident notification: its dates, harm and decision, the reviews arising, and for admins edit, delete and "open its rapid review". */
export function NotificationPage() {
  const { id = '' } = useParams();
  const { asOf, search } = useFilters();
  const can = useCan();
  const navigate = useNavigate();
  const query = useNotificationRecord(id, asOf);
  const remove = useDeleteNotification();
  const deleteProblems = useFieldProblems(remove.error, NO_FIELDS, 'notification-delete');
  const n = query.data;
  const rapid = n?.reviews.find((r) => r.type === 'RAPID_REVIEW');
  const statusLabel = (s: ReviewStatus) => REVIEW_STATUSES.find(([k]) => k === s)?.[1] ?? s;
  return (
    <>
      <PageHeader
        title={n ? `Notification ${n.ref}` : 'Notification'}
        lead={n ? `Serious incident notification, date aware ${formatDate(n.dateAware)}. Timeliness as of ${formatDate(asOf)}.` : undefined}
        actions={
          <Link to={{ pathname: '/reviews', search, hash: 'notifications' }} className="no-print">
            Back to reviews
          </Link>
        }
      />
      <FlashMessage />
      <QueryState isLoading={query.isLoading} error={query.error} isEmpty={!query.isLoading && !n} empty="There is no notification with this address, or you may not see it.">
        {n ? (
          <>
            <ErrorSummary items={deleteProblems.summary} title="The notification was not deleted" />
            {can('updateNotification') || can('deleteNotification') || can('createReview') ? (
              <div className="record-actions no-print">
                {can('createReview') && !rapid ? (
                  <Link className="button" to={{ pathname: '/reviews/new', search: withParams(search, { type: 'RAPID_REVIEW', notificationId: n.id }) }}>
                    Open its rapid review
                  </Link>
                ) : null}
                {can('updateNotification') ? (
                  <Link className="button secondary" to={{ pathname: `/reviews/notifications/${n.id}/edit`, search }}>
                    Edit the notification
                  </Link>
                ) : null}
                {can('deleteNotification') ? (
                  <ConfirmButton
                    label="Delete the notification"
                    question={`Delete notification ${n.ref}? The change history keeps it.`}
                    confirmLabel="Yes, delete it"
                    pending={remove.isPending}
                    onConfirm={() =>
                      remove.mutate(n.id, {
                        onSuccess: (gone) => navigate({ pathname: '/reviews', search, hash: 'notifications' }, { state: { flash: `Notification ${gone.ref} deleted.` } }),
                      })
                    }
                  />
                ) : null}
              </div>
            ) : null}
            <dl className="details" data-testid="notification-details">
              <div>
                <dt>Date aware</dt>
                <dd>{formatDate(n.dateAware)}</dd>
              </div>
              <div>
                <dt>Panel notified</dt>
                <dd>
                  {n.dateNotified ? formatDate(n.dateNotified) : 'Not yet'} (due by {formatDate(n.notificationDueOn)}){' '}
                  <TimelinessBadge value={n.notificationTimeliness} />
                </dd>
              </div>
              <div>
                <dt>Harm</dt>
                <dd>{HARM_LABELS[n.harm]}</dd>
              </div>
              <div>
                <dt>Child&apos;s age</dt>
                <dd>{AGE_LABELS[n.ageBand]}</dd>
              </div>
              <div>
                <dt>Decision</dt>
                <dd>{DECISION_LABELS[n.decision]}</dd>
              </div>
              <div>
                <dt>What happened</dt>
                <dd>{n.summary ?? 'Not recorded'}</dd>
              </div>
              <div>
                <dt>Themes</dt>
                <dd>{n.themes.length ? n.themes.map((t) => t.name).join(', ') : 'None'}</dd>
              </div>
            </dl>
            <h2>Referral</h2>
            {n.referrals.length === 0 ? (
              <p className="state">No referral recorded for this notification.</p>
            ) : (
              <ul>
                {n.referrals.map((r) => (
                  <li key={r.id}>
                    <Link to={{ pathname: `/referrals/${r.id}`, search }}>{r.ref}</Link>{' '}
                    <span className="hint">
                      (referred {formatDate(r.referredOn)}
                      {r.decision ? `; decided ${REFERRAL_DECISION_LABELS[r.decision].toLowerCase()} on ${formatDate(r.decidedOn)}` : ''})
                    </span>
                  </li>
                ))}
              </ul>
            )}
            <h2>Reviews arising</h2>
            {n.reviews.length === 0 ? (
              <p className="state">No review opened yet.</p>
            ) : (
              <ul>
                {n.reviews.map((r) => (
                  <li key={r.id}>
                    <Link to={{ pathname: `/reviews/${r.id}`, search }}>
                      {r.ref}: {r.title}
                    </Link>{' '}
                    <span className="hint">
                      ({reviewTypeLabel(r.type)}, initiated {formatDate(r.initiatedOn)}, {statusLabel(r.status).toLowerCase()})
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </>
        ) : null}
      </QueryState>
    </>
  );
}

/** The filters' search with some parameters added. */
export function withParams(search: string, add: Record<string, string>): string {
  const params = new URLSearchParams(search);
  for (const [k, v] of Object.entries(add)) params.set(k, v);
  return `?${params.toString()}`;
}
