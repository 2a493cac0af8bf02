import type { ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useCan, useFilters } from '@sli/shared/data-access';
import { ConfirmButton, ErrorSummary, FlashMessage, PageHeader, QueryState, formatDate, useFieldProblems } from '@sli/shared/ui';
import { useDeleteReferral, useReferralRecord } from './api/referrals';
import { CRITERIA_LABELS, DECIDER_LABELS, DECISION_LABELS, PANEL_RESPONSE_LABELS, ROUTE_LABELS } from './lib/referral-labels';
import { reviewTypeLabel } from './lib/review-types';

const NO_FIELDS = {};

/** One referral: who referred it and when, the criteria, the recommendation and decision, what it led to; for admins edit and delete. */
export function ReferralPage() {
  const { id = '' } = useParams();
  const { search } = useFilters();
  const can = useCan();
  const navigate = useNavigate();
  const query = useReferralRecord(id);
  const remove = useDeleteReferral();
  const deleteProblems = useFieldProblems(remove.error, NO_FIELDS, 'referral-delete');
  const r = query.data;
  const rows: [string, ReactNode][] = r
    ? [
        ['Date referred', formatDate(r.referredOn)],
        ['Referred by', `${ROUTE_LABELS[r.route]}${r.referringAgency ? ` (${r.referringAgency.name})` : ''}`],
        ['Criteria considered', CRITERIA_LABELS[r.criteria]],
        ['Description', r.summary ?? 'Not recorded'],
        ["Review group's recommendation", r.groupRecommendation ? DECISION_LABELS[r.groupRecommendation] : 'None recorded'],
        [
          'Decision',
          r.decision ? `${DECISION_LABELS[r.decision]}, ${formatDate(r.decidedOn)}${r.decidedBy ? ` (${DECIDER_LABELS[r.decidedBy].toLowerCase()})` : ''}` : 'Not decided yet',
        ],
        ['Reasons', r.reasons ?? 'None recorded'],
        ['Referrer told', r.referrerToldOn ? formatDate(r.referrerToldOn) : r.decision ? 'Not yet' : 'Not yet: no decision'],
        ["The Panel's response", r.panelResponse ? PANEL_RESPONSE_LABELS[r.panelResponse] : 'None recorded'],
        [
          'Notification',
          r.notification ? <Link to={{ pathname: `/reviews/notifications/${r.notification.id}`, search }}>{r.notification.ref}</Link> : 'None',
        ],
        [
          'Review',
          r.review ? (
            <Link to={{ pathname: `/reviews/${r.review.id}`, search }}>
              {r.review.ref}: {r.review.title} ({reviewTypeLabel(r.review.type)})
            </Link>
          ) : (
            'None'
          ),
        ],
      ]
    : [];
  return (
    <>
      <PageHeader
        title={r ? `Referral ${r.ref}` : 'Referral'}
        lead={r ? `Referred ${formatDate(r.referredOn)} and screened against the criteria.` : undefined}
        actions={
          <Link to={{ pathname: '/referrals', search }} className="no-print">
            Back to referrals
          </Link>
        }
      />
      <FlashMessage />
      <QueryState isLoading={query.isLoading} error={query.error} isEmpty={!query.isLoading && !r} empty="There is no referral with this address, or you may not see it.">
        {r ? (
          <>
            <ErrorSummary items={deleteProblems.summary} title="The referral was not deleted" />
            {can('updateReferral') || can('deleteReferral') ? (
              <div className="record-actions no-print">
                {can('updateReferral') ? (
                  <Link className="button secondary" to={{ pathname: `/referrals/${r.id}/edit`, search }}>
                    Edit the referral
                  </Link>
                ) : null}
                {can('deleteReferral') ? (
                  <ConfirmButton
                    label="Delete the referral"
                    question={`Delete referral ${r.ref}? The change history keeps it.`}
                    confirmLabel="Yes, delete it"
                    pending={remove.isPending}
                    onConfirm={() =>
                      remove.mutate(r.id, { onSuccess: (gone) => navigate({ pathname: '/referrals', search }, { state: { flash: `Referral ${gone.ref} deleted.` } }) })
                    }
                  />
                ) : null}
              </div>
            ) : null}
            <dl className="details" data-testid="referral-details">
              {rows.map(([term, value]) => (
                <div key={term}>
                  <dt>{term}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
          </>
        ) : null}
      </QueryState>
    </>
  );
}
