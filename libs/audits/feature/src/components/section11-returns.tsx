import { Link, useNavigate } from 'react-router';
import { useCan, useFilters, type RagRating } from '@sli/shared/data-access';
import { RecordControls } from '@sli/shared/ui';
import { useAuditReturnsTracker } from '../api/agency-returns';
import { useDeleteAssessment, type AssessmentRecord, type AuditRecord } from '../api/audit-records';
import { ratingWords, type RatingScale } from '../labels';
const ORDER: RagRating[] = ['RED', 'AMBER', 'GREEN'];

/** Where moderation left the agency's own rating, in words. */
export function moderationWords(a: Pick<AssessmentRecord, 'selfRating' | 'moderatedRating'>, scale?: RatingScale): string {
  if (!a.moderatedRating) return 'Not moderated yet';
  const change = ORDER.indexOf(a.moderatedRating) - ORDER.indexOf(a.selfRating);
  const rating = ratingWords(scale, a.moderatedRating).toLowerCase();
  if (change === 0) return `Confirmed ${rating}`;
  return change > 0 ? `Raised to ${rating}` : `Lowered to ${rating}`;
}

function AssessmentRow({ a, audit, search }: { a: AssessmentRecord; audit: AuditRecord; search: string }) {
  const can = useCan();
  const navigate = useNavigate();
  const remove = useDeleteAssessment();
  const scale = audit.tool?.ratingScale;
  const title = a.toolStandard.title;
  return (
    <tr data-testid="section11-assessment">
      <td data-label="Standard">{title}</td>
      <td data-label="Own rating">{ratingWords(scale, a.selfRating)}</td>
      <td data-label="Moderation">
        {moderationWords(a, scale)}
        {a.moderationNote ? <p className="hint">{a.moderationNote}</p> : null}
      </td>
      <td>
        {can('moderateSection11Assessment') ? (
          <Link className="no-print" to={{ pathname: `/audits/${audit.id}/assessments/${a.id}/moderate`, search }}>
            {a.moderatedRating ? 'Moderate again' : 'Moderate'}
            <span className="visually-hidden">
              {' '}
              {title} for {a.agency.name}
            </span>
          </Link>
        ) : null}
        <RecordControls
          what={`assessment of ${title.toLowerCase()} by ${a.agency.name}`}
          id={a.id}
          editTo={can('updateSection11Assessment') ? { pathname: `/audits/${audit.id}/assessments/${a.id}/edit`, search } : null}
          remove={can('deleteSection11Assessment') ? remove : null}
          onDeleted={() => navigate({ hash: 'audit-returns' }, { replace: true, state: { flash: `The assessment of ${title.toLowerCase()} by ${a.agency.name} deleted.` } })}
        />
      </td>
    </tr>
  );
}

/** One agency's return: its rating of each standard it has assessed, and where moderation left it. */
function AgencyReturn({ agency, assessments, audit, search, draft }: { agency: { id: string; name: string }; assessments: AssessmentRecord[]; audit: AuditRecord; search: string; draft: boolean }) {
  const can = useCan();
  const moderated = assessments.filter((a) => a.moderatedRating).length;
  const standardCount = audit.tool?.standards.length ?? 0;
  const headingId = `return-${agency.id}`;
  return (
    <section aria-labelledby={headingId} data-testid="section11-return">
      <h3 id={headingId}>{agency.name}</h3>
      <p className="hint">
        {assessments.length} of {standardCount} standards assessed; {moderated} moderated.
        {draft ? ' A draft: the agency has not submitted its return yet.' : ''}
      </p>
      <div className="table-scroll">
        <table className="stackable">
          <caption className="visually-hidden">Section 11 return of {agency.name}</caption>
          <thead>
            <tr>
              <th scope="col">Standard</th>
              <th scope="col">Own rating</th>
              <th scope="col">Moderation</th>
              <th scope="col">
                <span className="visually-hidden">Changes</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {assessments.map((a) => (
              <AssessmentRow key={a.id} a={a} audit={audit} search={search} />
            ))}
          </tbody>
        </table>
      </div>
      {can('createSection11Assessment') && (!audit.tool || assessments.length < standardCount) ? (
        <p className="no-print">
          <Link to={{ pathname: `/audits/${audit.id}/assessments/new`, search: withReturnOf(search, agency.id) }}>
            Add another standard<span className="visually-hidden"> to the return of {agency.name}</span>
          </Link>
        </p>
      ) : null}
    </section>
  );
}

function withReturnOf(search: string, agencyId: string): string {
  const params = new URLSearchParams(search);
  params.set('returnOf', agencyId);
  return `?${params.toString()}`;
}

/** A section 11 audit's returns, one per agency, each standard with its own and its moderated rating. */
export function Section11Returns({ audit, search }: { audit: AuditRecord; search: string }) {
  const can = useCan();
  const { today } = useFilters();
  // Agencies invited and not yet returned: their rows are a draft (the same query as the tracker above, cached).
  const drafts = new Set((useAuditReturnsTracker(audit.id, today).data?.auditAgencyReturns ?? []).filter((r) => !r.returnedOn).map((r) => r.agency.id));
  const byAgency = new Map<string, { agency: { id: string; name: string }; assessments: AssessmentRecord[] }>();
  for (const a of audit.section11Assessments) {
    const entry = byAgency.get(a.agency.id) ?? { agency: a.agency, assessments: [] };
    entry.assessments.push(a);
    byAgency.set(a.agency.id, entry);
  }
  const returns = [...byAgency.values()].sort((x, y) => x.agency.name.localeCompare(y.agency.name, 'en-GB'));
  for (const r of returns) r.assessments.sort((x, y) => x.toolStandard.position - y.toolStandard.position);
  return (
    <section aria-labelledby="audit-returns">
      <h2 id="audit-returns">Agencies&apos; returns</h2>
      {can('createSection11Assessment') ? (
        <p className="no-print">
          <Link className="button secondary" to={{ pathname: `/audits/${audit.id}/assessments/new`, search }}>
            Record an agency&apos;s assessment
          </Link>
        </p>
      ) : null}
      {returns.length === 0 ? (
        <p className="state">No agency has returned its self-assessment yet.</p>
      ) : (
        returns.map((r) => <AgencyReturn key={r.agency.id} agency={r.agency} assessments={r.assessments} audit={audit} search={search} draft={drafts.has(r.agency.id)} />)
      )}
    </section>
  );
}
