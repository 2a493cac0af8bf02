import { useNavigate } from 'react-router';
import { useCan } from '@sli/shared/data-access';
import { RecordControls, formatDate } from '@sli/shared/ui';
import type { ReviewDetail } from '../api/review-detail';
import { useDeleteEngagement } from '../api/engagement-records';
import { ENGAGEMENT_OUTCOMES, FAMILY_ROLES } from '../lib/review-plan-words';

type Engagement = ReviewDetail['engagements'][number];

/** Who, in words: a family member's role, or a practitioner's agency. */
export const engagedWho = (e: Engagement) =>
  e.party === 'FAMILY' ? `Family: ${e.familyRole ? FAMILY_ROLES[e.familyRole].toLowerCase() : 'role not recorded'}` : `Practitioner, ${e.agency?.name ?? 'agency not recorded'}`;

function EngagementItem({ e, review, search }: { e: Engagement; review: ReviewDetail; search: string }) {
  const can = useCan();
  const navigate = useNavigate();
  const remove = useDeleteEngagement();
  return (
    <li data-testid="engagement">
      <strong>
        {formatDate(e.engagedOn)}: {engagedWho(e)}
      </strong>{' '}
      – {ENGAGEMENT_OUTCOMES[e.outcome]}
      <RecordControls
        what={`engagement ${e.ref}`}
        id={e.id}
        editTo={can('updateReviewEngagement') ? { pathname: `/reviews/${review.id}/engagement/${e.id}/edit`, search } : null}
        remove={can('deleteReviewEngagement') ? remove : null}
        onDeleted={(ref) => navigate({ hash: 'review-engagement' }, { replace: true, state: { flash: `Engagement ${ref} deleted.` } })}
      />
    </li>
  );
}

/** The family and practitioner engagement log, oldest first, with how many took part. */
export function EngagementLog({ review, search }: { review: ReviewDetail; search: string }) {
  const log = review.engagements;
  if (log.length === 0) return <p className="state">No engagement recorded yet.</p>;
  const tookPart = (party: Engagement['party']) => log.filter((e) => e.party === party && e.outcome === 'TOOK_PART').length;
  return (
    <>
      <p className="hint" data-testid="engagement-summary">
        Took part: {tookPart('FAMILY')} family member{tookPart('FAMILY') === 1 ? '' : 's'}, {tookPart('PRACTITIONER')} practitioner
        {tookPart('PRACTITIONER') === 1 ? '' : 's'}.
      </p>
      <ol>
        {log.map((e) => (
          <EngagementItem key={e.id} e={e} review={review} search={search} />
        ))}
      </ol>
    </>
  );
}
