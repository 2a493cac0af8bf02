import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useFilters, useKeptValues, type RagRating } from '@sli/shared/data-access';
import { ErrorSummary, Field, KeptNotice, PageHeader, QueryState, Radios, useFieldProblems } from '@sli/shared/ui';
import { useAuditRecord, useModerateAssessment, type AssessmentRecord, type AuditRecord } from '../api/audit-records';
import { ragOptions, ratingWords } from '../labels';

const LABELS = { rating: 'Rating after moderation', note: 'Why the moderators agreed or changed it' };
type F = keyof typeof LABELS;

/**
 * Moderation (peer challenge) of one self-assessment: the rating it ends with and why. The agency's own
 * rating stays beside it; the moderated one becomes the final rating. Moderating again replaces both.
 */
function ModerationForm({ audit, assessment }: { audit: AuditRecord; assessment: AssessmentRecord }) {
  const navigate = useNavigate();
  const { search } = useFilters();
  const form = useKeptValues(`section11-moderation:${assessment.id}`, {
    rating: (assessment.moderatedRating ?? '') as string,
    note: assessment.moderationNote ?? '',
  });
  const v = form.values;
  const scale = audit.tool?.ratingScale;
  const moderate = useModerateAssessment(assessment.id);
  const [local, setLocal] = useState<Partial<Record<F, string>>>({});
  const problems = useFieldProblems(moderate.error, LABELS, 'moderation', { local });
  const back = { pathname: `/audits/${audit.id}`, search, hash: 'audit-returns' };

  function submit(e: FormEvent) {
    e.preventDefault();
    const p: Partial<Record<F, string>> = {};
    if (!v.rating) p.rating = 'Select the rating after moderation';
    setLocal(p);
    if (Object.keys(p).length > 0) return;
    moderate.mutate(
      { rating: v.rating as RagRating, note: v.note.trim() || null },
      {
        onSuccess: () =>
          navigate(back, {
            state: { flash: `${assessment.toolStandard.title} for ${assessment.agency.name} moderated: ${ratingWords(scale, v.rating as RagRating).toLowerCase()}.` },
          }),
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate className="narrow record-form">
      {form.kept ? <KeptNotice what="the moderation" /> : null}
      <ErrorSummary items={problems.summary} title="The moderation was not recorded" />
      <dl className="details" data-testid="moderated-assessment">
        <div>
          <dt>Agency</dt>
          <dd>{assessment.agency.name}</dd>
        </div>
        <div>
          <dt>Standard</dt>
          <dd>{assessment.toolStandard.title}</dd>
        </div>
        <div>
          <dt>The agency&apos;s own rating</dt>
          <dd>{ratingWords(scale, assessment.selfRating)}</dd>
        </div>
        <div>
          <dt>What the agency says</dt>
          <dd>{assessment.narrative ?? 'Not recorded'}</dd>
        </div>
        <div>
          <dt>Evidence</dt>
          <dd>{assessment.evidence ?? 'Not recorded'}</dd>
        </div>
      </dl>
      <Radios
        id={problems.id('rating')}
        name="rating"
        legend={LABELS.rating}
        hint="Choose the agency's own rating to confirm it, or another to change it. It becomes the final rating."
        error={problems.error('rating')}
        options={ragOptions(scale)}
        value={v.rating}
        onChange={(x) => form.setValue('rating', x)}
      />
      <Field id={problems.id('note')} label={`${LABELS.note} (optional)`} hint="What the peer challenge found." error={problems.error('note')}>
        {(control) => <textarea {...control} rows={4} value={v.note} onChange={(e) => form.setValue('note', e.target.value)} />}
      </Field>
      <div className="button-group">
        <button type="submit" className="primary" disabled={moderate.isPending}>
          {moderate.isPending ? 'Recording…' : 'Record the moderation'}
        </button>
        <Link to={back}>Cancel</Link>
      </div>
    </form>
  );
}

/** `/audits/:id/assessments/:assessmentId/moderate`. */
export function ModerationPage() {
  const { id = '', assessmentId = '' } = useParams();
  const query = useAuditRecord(id);
  const audit = query.data;
  const assessment = audit?.section11Assessments.find((a) => a.id === assessmentId);
  return (
    <>
      <PageHeader title={assessment ? `Moderate: ${assessment.toolStandard.title.toLowerCase()}` : 'Moderate an assessment'}
        lead={audit && assessment ? `${assessment.agency.name}'s self-assessment, in ${audit.title}.` : undefined} />
      <QueryState isLoading={query.isLoading} error={query.error} isEmpty={!query.isLoading && !assessment} empty="There is no such assessment, or you may not see it.">
        {audit && assessment ? <ModerationForm audit={audit} assessment={assessment} /> : null}
      </QueryState>
    </>
  );
}
