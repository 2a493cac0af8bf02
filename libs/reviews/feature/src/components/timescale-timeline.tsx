import { useNavigate } from 'react-router';
import { daysFrom } from '@sli/reviews-domain';
import { useCan } from '@sli/shared/data-access';
import { RecordControls, formatDate } from '@sli/shared/ui';
import type { ReviewDetail } from '../api/review-detail';
import { changeName, useDeleteTimescaleChange } from '../api/timescale-records';
import { dueDateMovedBy, TIMESCALE_REASONS } from '../lib/review-plan-words';

type Change = ReviewDetail['timescaleChanges'][number];

const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

/** One pause or extension in words: "Paused 1 March 2025 to 31 March 2025 (30 days)". */
function describe(c: Change): string {
  if (c.kind === 'EXTENSION') {
    return `Extension agreed on ${formatDate(c.startsOn)}${c.agreedBy ? ` by ${c.agreedBy}` : ''}: new due date ${formatDate(c.agreedDueOn)}`;
  }
  return c.endsOn
    ? `Paused ${formatDate(c.startsOn)}, restarted ${formatDate(c.endsOn)} (${days(daysFrom(c.startsOn, c.endsOn))})`
    : `Paused since ${formatDate(c.startsOn)}, not yet restarted`;
}

function ChangeItem({ c, review, search }: { c: Change; review: ReviewDetail; search: string }) {
  const can = useCan();
  const navigate = useNavigate();
  const remove = useDeleteTimescaleChange(formatDate);
  const reason = `${TIMESCALE_REASONS[c.reason]}${c.reasonDetails ? `: ${c.reasonDetails}` : ''}`;
  return (
    <li data-testid="timescale-change">
      <strong>{describe(c)}</strong>
      <br />
      <span className="hint">Reason: {reason}</span>
      <RecordControls
        what={changeName(c, formatDate)}
        id={c.id}
        editTo={can('updateReviewTimescaleChange') ? { pathname: `/reviews/${review.id}/timescale/${c.id}/edit`, search } : null}
        remove={can('deleteReviewTimescaleChange') ? remove : null}
        onDeleted={(name) => navigate({ hash: 'review-timescale' }, { replace: true, state: { flash: `The ${name} was deleted.` } })}
      />
    </li>
  );
}

/**
 * The six-month clock of an LCSPR, SAR, DHR or PLR: the original due date (kept in view), the due date
 * as of the page's date with the days paused or the extension agreed, then each pause and extension in
 * the order it started.
 */
export function TimescaleTimeline({ review, asOf, search }: { review: ReviewDetail; asOf: string; search: string }) {
  const clock = review.completionClock;
  const moved = dueDateMovedBy(review);
  return (
    <>
      {clock ? (
        <dl className="details" data-testid="completion-due-dates">
          <div>
            <dt>Original due date</dt>
            <dd data-testid="original-due-on">{formatDate(clock.originalDueOn)} (6 calendar months after initiation)</dd>
          </div>
          <div>
            <dt>Due date at {formatDate(asOf)}</dt>
            <dd data-testid="current-due-on">
              {formatDate(clock.dueOn)} ({moved ?? 'no pause or extension'})
            </dd>
          </div>
          {clock.onPause ? (
            <div>
              <dt>Paused</dt>
              <dd>Yes: the due date moves on a day for each day paused until the review restarts</dd>
            </div>
          ) : null}
        </dl>
      ) : (
        <p className="hint">This type of review has no six-month due date: a pause is recorded for the timeline only.</p>
      )}
      {review.timescaleChanges.length === 0 ? (
        <p className="state">No pause or extension recorded.</p>
      ) : (
        <ol className="timescale-changes">
          {review.timescaleChanges.map((c) => (
            <ChangeItem key={c.id} c={c} review={review} search={search} />
          ))}
        </ol>
      )}
    </>
  );
}
