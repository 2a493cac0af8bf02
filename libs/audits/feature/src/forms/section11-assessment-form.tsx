import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useFilters, useKeptValues, usePartnershipChoices, type RagRating } from '@sli/shared/data-access';
import { CheckAnswers, Combobox, ErrorSummary, Field, KeptNotice, PageHeader, QueryState, Radios, useCheckStep, useFieldProblems } from '@sli/shared/ui';
import { useAuditRecord, useCreateAssessment, useUpdateAssessment, type AssessmentRecord, type AuditRecord } from '../api/audit-records';
import { useAssuranceTools } from '../api/assurance-tools';
import { ragOptions, ratingWords } from '../labels';
import { readableStandards } from '../lib/readable';

const LABELS = {
  agencyId: 'Agency',
  standard: 'Standard',
  selfRating: "The agency's own rating",
  narrative: 'What the agency says',
  evidence: 'Evidence',
  ref: 'Reference',
};
type F = keyof typeof LABELS;

/**
 * The audit's tool: its own, or for an audit with none yet (imported without assessments) the
 * partnership's section 11 tool in use, which the API then rates it against.
 */
function useAuditTool(audit: AuditRecord) {
  const tools = useAssuranceTools(audit.tool ? null : audit.partnershipId);
  return audit.tool ?? tools.data?.find((t) => t.toolKey === 'section-11' && t.status === 'IN_USE') ?? null;
}

/**
 * Records one agency's self-assessment against one section 11 standard (then "check your answers"), or
 * edits one. An agency's return is its assessments of the standards, one each; moderation comes after.
 */
function AssessmentForm({ audit, assessment, agencyId }: { audit: AuditRecord; assessment?: AssessmentRecord; agencyId: string }) {
  const navigate = useNavigate();
  const { search } = useFilters();
  const form = useKeptValues(`section11:${assessment?.id ?? `new:${audit.id}`}`, {
    agencyId: assessment?.agency.id ?? agencyId,
    standard: (assessment?.standard ?? '') as string,
    selfRating: (assessment?.selfRating ?? '') as string,
    narrative: assessment?.narrative ?? '',
    evidence: assessment?.evidence ?? '',
    ref: assessment?.ref ?? '',
  });
  const v = form.values;
  const tool = useAuditTool(audit);
  const standards = tool?.standards ?? [];
  const titleOf = (code: string) => standards.find((s) => s.code === code)?.title ?? code;
  const agencies = usePartnershipChoices(audit.partnershipId).data?.agencies ?? [];
  const create = useCreateAssessment();
  const update = useUpdateAssessment(assessment?.id ?? '');
  const save = assessment ? update : create;
  const [local, setLocal] = useState<Partial<Record<F, string>>>({});
  const problems = useFieldProblems(save.error, LABELS, 'section11', { local, readable: readableStandards(standards) });
  const step = useCheckStep();
  const back = { pathname: `/audits/${audit.id}`, search, hash: 'audit-returns' };
  // Standards this agency has already assessed in this audit are said beside the question, not offered blind.
  const done = new Set(audit.section11Assessments.filter((a) => a.agency.id === v.agencyId && a.id !== assessment?.id).map((a) => a.standard));

  function submit(e: FormEvent) {
    e.preventDefault();
    const p: Partial<Record<F, string>> = {};
    if (!v.agencyId) p.agencyId = 'Choose the agency from the list';
    if (!v.standard) p.standard = 'Select the standard';
    if (!v.selfRating) p.selfRating = "Select the agency's own rating";
    setLocal(p);
    if (Object.keys(p).length > 0) return;
    if (assessment) send();
    else step.check();
  }

  function send() {
    const input = {
      agencyId: v.agencyId,
      standard: v.standard,
      selfRating: v.selfRating as RagRating,
      narrative: v.narrative.trim() || null,
      evidence: v.evidence.trim() || null,
      ...(v.ref.trim() ? { ref: v.ref.trim() } : {}),
    };
    const agencyName = agencies.find((a) => a.value === v.agencyId)?.label ?? 'the agency';
    const finish = (_saved: unknown, verb: string) =>
      navigate(back, { state: { flash: `${titleOf(v.standard)} for ${agencyName} ${verb}.` } });
    if (assessment) update.mutate(input, { onError: step.back, onSuccess: (s) => finish(s, 'saved') });
    else create.mutate({ ...input, auditId: audit.id }, { onError: step.back, onSuccess: (s) => finish(s, 'recorded') });
  }

  if (step.checking) {
    return (
      <CheckAnswers
        title="Check your answers before recording the assessment"
        onChange={(f) => step.change(problems.id(f as F))}
        rows={[
          { key: LABELS.agencyId, field: 'agencyId', value: agencies.find((a) => a.value === v.agencyId)?.label ?? '' },
          { key: LABELS.standard, field: 'standard', value: titleOf(v.standard) },
          { key: LABELS.selfRating, field: 'selfRating', value: ratingWords(tool?.ratingScale, v.selfRating as RagRating) },
          { key: LABELS.narrative, field: 'narrative', value: v.narrative.trim() },
          { key: LABELS.evidence, field: 'evidence', value: v.evidence.trim() },
          { key: LABELS.ref, field: 'ref', value: v.ref.trim() || 'Made for you when recorded' },
        ]}
      >
        <div className="button-group">
          <button type="button" className="primary" disabled={save.isPending} onClick={send}>
            {save.isPending ? 'Recording…' : 'Record the assessment'}
          </button>
        </div>
      </CheckAnswers>
    );
  }

  return (
    <form onSubmit={submit} noValidate className="narrow record-form">
      {form.kept ? <KeptNotice what="the assessment" /> : null}
      <ErrorSummary items={problems.summary} title={assessment ? 'The assessment was not saved' : 'The assessment was not recorded'} />
      <Field id={problems.id('agencyId')} label={LABELS.agencyId} hint="The agency rating itself. Start typing its name, then choose it from the list." error={problems.error('agencyId')}>
        {(control) => <Combobox control={control} noun="agencies" options={agencies} value={v.agencyId} onChange={(x) => form.setValue('agencyId', x)} />}
      </Field>
      <Radios
        id={problems.id('standard')}
        name="standard"
        legend={LABELS.standard}
        hint={`The standards of ${tool ? `${tool.name} (version ${tool.version})` : "the audit's tool"}. One assessment per agency and standard in an audit.`}
        error={problems.error('standard')}
        options={standards.map((s) => ({ value: s.code, label: s.title, ...(done.has(s.code) ? { hint: 'Already assessed by this agency in this audit' } : {}) }))}
        value={v.standard}
        onChange={(x) => form.setValue('standard', x)}
      />
      <Radios
        id={problems.id('selfRating')}
        name="selfRating"
        legend={LABELS.selfRating}
        hint="Moderation may change it later; the agency's own rating is kept beside the moderated one."
        error={problems.error('selfRating')}
        options={ragOptions(tool?.ratingScale)}
        value={v.selfRating}
        onChange={(x) => form.setValue('selfRating', x)}
      />
      <Field id={problems.id('narrative')} label={`${LABELS.narrative} (optional)`} hint="How the agency meets the standard, in its own words." error={problems.error('narrative')}>
        {(control) => <textarea {...control} rows={4} value={v.narrative} onChange={(e) => form.setValue('narrative', e.target.value)} />}
      </Field>
      <Field id={problems.id('evidence')} label={`${LABELS.evidence} (optional)`} hint="What shows it: policies, audits, training records." error={problems.error('evidence')}>
        {(control) => <textarea {...control} rows={3} value={v.evidence} onChange={(e) => form.setValue('evidence', e.target.value)} />}
      </Field>
      <Field id={problems.id('ref')} label={`${LABELS.ref} (optional)`} hint="Your own reference. Left blank, one is made for you." error={problems.error('ref')}>
        {(control) => <input {...control} className="width-10" value={v.ref} onChange={(e) => form.setValue('ref', e.target.value)} />}
      </Field>
      <div className="button-group">
        <button type="submit" className="primary" disabled={save.isPending}>
          {assessment ? (save.isPending ? 'Saving…' : 'Save changes') : 'Continue'}
        </button>
        <Link to={back}>Cancel</Link>
      </div>
    </form>
  );
}

/** `/audits/:id/assessments/new` (`?returnOf=AGENCY_ID` to go on with one agency's return) and `/audits/:id/assessments/:assessmentId/edit`. */
export function Section11AssessmentFormPage() {
  const { id = '', assessmentId } = useParams();
  const agencyId = useSearchParams()[0].get('returnOf') ?? '';
  const query = useAuditRecord(id);
  const audit = query.data;
  const assessment = assessmentId ? audit?.section11Assessments.find((a) => a.id === assessmentId) : undefined;
  const missing = !query.isLoading && (!audit || (assessmentId && !assessment));
  const wrongType = audit && audit.type !== 'SECTION_11';
  return (
    <>
      <PageHeader
        title={assessment ? `Edit the assessment of ${assessment.toolStandard.title.toLowerCase()}` : 'Record a section 11 assessment'}
        lead={audit ? (assessment ? `By ${assessment.agency.name}, in ${audit.title}.` : `In ${audit.title}.`) : undefined}
      />
      <QueryState isLoading={query.isLoading} error={query.error} isEmpty={Boolean(missing)} empty="There is no such audit or assessment, or you may not see it.">
        {wrongType ? <p className="state">Only a section 11 audit holds agencies&apos; assessments.</p> : null}
        {audit && !wrongType && (!assessmentId || assessment) ? <AssessmentForm audit={audit} assessment={assessment} agencyId={agencyId} /> : null}
      </QueryState>
    </>
  );
}
