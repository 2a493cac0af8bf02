import { useNavigate } from 'react-router';
import { useCan } from '@sli/shared/data-access';
import { RecordControls, formatDate } from '@sli/shared/ui';
import type { ReviewDetail } from '../api/review-detail';
import { useDeleteFinding, useDeleteRecommendation } from '../api/review-records';
import { RESPONSES } from '../forms/recommendation-form';

type Finding = ReviewDetail['findings'][number];

/** After a deletion the page stays, with the confirmation at the top. */
function useDeleted(hash: string) {
  const navigate = useNavigate();
  return (what: string) => (ref: string) => navigate({ hash }, { replace: true, state: { flash: `${what} ${ref} deleted.` } });
}

function FindingItem({ f, review, search }: { f: Finding; review: ReviewDetail; search: string }) {
  const can = useCan();
  const remove = useDeleteFinding();
  const deleted = useDeleted('review-findings');
  return (
    <li style={{ marginBottom: '0.5rem' }} data-testid="finding">
      {f.text}{' '}
      <span className="hint">
        ({f.ref}
        {f.themes.length ? `; themes: ${f.themes.map((t) => t.name).join(', ')}` : ''})
      </span>
      <RecordControls
        what={`finding ${f.ref}`}
        id={f.id}
        editTo={can('updateFinding') ? { pathname: `/reviews/${review.id}/findings/${f.id}/edit`, search } : null}
        remove={can('deleteFinding') ? remove : null}
        onDeleted={deleted('Finding')}
      />
    </li>
  );
}

function FindingList({ title, findings, testId, review, search }: { title: string; findings: Finding[]; testId: string; review: ReviewDetail; search: string }) {
  return (
    <div data-testid={testId}>
      <h3>
        {title} ({findings.length})
      </h3>
      {findings.length === 0 ? (
        <p className="hint">None recorded.</p>
      ) : (
        <ul>
          {findings.map((f) => (
            <FindingItem key={f.id} f={f} review={review} search={search} />
          ))}
        </ul>
      )}
    </div>
  );
}

/** Good practice to repeat, and areas for improvement, each with Edit and Delete for those who may. */
export function Findings({ review, search }: { review: ReviewDetail; search: string }) {
  if (review.findings.length === 0) return <p className="state">No findings recorded yet.</p>;
  return (
    <div className="grid-2">
      <FindingList title="Good practice" testId="good-practice" review={review} search={search} findings={review.findings.filter((f) => f.kind === 'GOOD_PRACTICE')} />
      <FindingList
        title="Areas for improvement"
        testId="areas-for-improvement"
        review={review}
        search={search}
        findings={review.findings.filter((f) => f.kind === 'AREA_FOR_IMPROVEMENT')}
      />
    </div>
  );
}

function RecommendationItem({ r, review, search }: { r: ReviewDetail['recommendations'][number]; review: ReviewDetail; search: string }) {
  const can = useCan();
  const remove = useDeleteRecommendation();
  const deleted = useDeleted('review-recommendations');
  return (
    <li style={{ marginBottom: '0.5rem' }} data-testid="recommendation">
      {r.text}{' '}
      <span className="hint">
        ({r.ref}
        {r.finding ? `; answers ${r.finding.ref}` : ''})
      </span>
      <br />
      <span data-testid="recommendation-response">
        <strong>{r.response ? RESPONSES[r.response] : 'Response awaited'}</strong>
        {r.response && r.respondedOn ? ` on ${formatDate(r.respondedOn)}` : ''}
        {r.responseReasons ? `: ${r.responseReasons}` : ''}
      </span>
      <RecordControls
        what={`recommendation ${r.ref}`}
        id={r.id}
        editTo={can('updateRecommendation') ? { pathname: `/reviews/${review.id}/recommendations/${r.id}/edit`, search } : null}
        remove={can('deleteRecommendation') ? remove : null}
        onDeleted={deleted('Recommendation')}
      />
    </li>
  );
}

/** What should change, with the finding each answers. */
export function Recommendations({ review, search }: { review: ReviewDetail; search: string }) {
  if (review.recommendations.length === 0) return <p className="state">No recommendations recorded yet.</p>;
  return (
    <ol>
      {review.recommendations.map((r) => (
        <RecommendationItem key={r.id} r={r} review={review} search={search} />
      ))}
    </ol>
  );
}
