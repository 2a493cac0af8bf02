import type { ReviewDetail } from '../api/review-detail';

type Finding = ReviewDetail['findings'][number];

function FindingList({ title, findings, testId }: { title: string; findings: Finding[]; testId: string }) {
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
            <li key={f.id} style={{ marginBottom: '0.5rem' }}>
              {f.text}{' '}
              <span className="hint">
                ({f.ref}
                {f.themes.length ? `; themes: ${f.themes.map((t) => t.name).join(', ')}` : ''})
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Good practice to repeat, and areas for improvement. */
export function Findings({ review }: { review: ReviewDetail }) {
  if (review.findings.length === 0) return <p className="state">No findings recorded yet.</p>;
  return (
    <div className="grid-2">
      <FindingList title="Good practice" testId="good-practice" findings={review.findings.filter((f) => f.kind === 'GOOD_PRACTICE')} />
      <FindingList
        title="Areas for improvement"
        testId="areas-for-improvement"
        findings={review.findings.filter((f) => f.kind === 'AREA_FOR_IMPROVEMENT')}
      />
    </div>
  );
}

/** What should change, with the finding each answers. */
export function Recommendations({ review }: { review: ReviewDetail }) {
  if (review.recommendations.length === 0) return <p className="state">No recommendations recorded yet.</p>;
  return (
    <ol>
      {review.recommendations.map((r) => (
        <li key={r.id} style={{ marginBottom: '0.5rem' }}>
          {r.text}{' '}
          <span className="hint">
            ({r.ref}
            {r.finding ? `; answers ${r.finding.ref}` : ''})
          </span>
        </li>
      ))}
    </ol>
  );
}
