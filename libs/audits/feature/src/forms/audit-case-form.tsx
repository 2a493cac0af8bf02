import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { repeatedDomainProblems } from '@sli/audits-domain';
import { useFilters, useKeptValues, type AuditDomain, type OfstedGrade } from '@sli/shared/data-access';
import { CheckAnswers, ErrorSummary, Field, Fieldset, KeptNotice, PageHeader, QueryState, Radios, useCheckStep, useFieldProblems } from '@sli/shared/ui';
import { useAuditRecord, useCreateAuditCase, useUpdateAuditCase, type AuditCaseRecord, type AuditRecord } from '../api/audit-records';
import { DOMAIN_LABELS, GRADE_WORDS, gradesCases, named } from '../labels';

const DOMAINS = Object.keys(DOMAIN_LABELS) as AuditDomain[];
const GRADE_OPTIONS = (Object.keys(GRADE_WORDS) as OfstedGrade[]).map((value) => ({ value, label: GRADE_WORDS[value] }));

/** Each domain's grade is its own field (`grade-RECOGNITION`), so the kept draft stays flat. */
const gradeField = (d: AuditDomain) => `grade-${d}` as const;
type GradeField = ReturnType<typeof gradeField>;

const LABELS = {
  overallGrade: 'Overall grade',
  narrative: 'What the auditors found',
  ...(Object.fromEntries(DOMAINS.map((d) => [gradeField(d), DOMAIN_LABELS[d]])) as Record<GradeField, string>),
  domainGrades: 'Grades by domain',
  ref: 'Case reference',
};
type F = keyof typeof LABELS;

function initial(c?: AuditCaseRecord): Record<string, string> {
  const byDomain = new Map(c?.domainGrades.map((g) => [g.domain, g.grade]) ?? []);
  return {
    overallGrade: c?.overallGrade ?? '',
    narrative: c?.narrative ?? '',
    ...Object.fromEntries(DOMAINS.map((d) => [gradeField(d), byDomain.get(d) ?? ''])),
    ref: c?.ref ?? '',
  };
}

/** Adds a graded case to a case audit (then "check your answers"), or edits one. */
function AuditCaseForm({ audit, auditCase }: { audit: AuditRecord; auditCase?: AuditCaseRecord }) {
  const navigate = useNavigate();
  const { search } = useFilters();
  const form = useKeptValues(`audit-case:${auditCase?.id ?? `new:${audit.id}`}`, initial(auditCase));
  const v = form.values;
  const create = useCreateAuditCase();
  const update = useUpdateAuditCase(auditCase?.id ?? '');
  const save = auditCase ? update : create;
  const [local, setLocal] = useState<Partial<Record<F, string>>>({});
  const problems = useFieldProblems(save.error, LABELS, 'audit-case', { local });
  const step = useCheckStep();
  const back = { pathname: `/audits/${audit.id}`, search, hash: 'audit-cases' };
  // A domain's own narrative is not asked here; editing the grade keeps what was written.
  const narratives = new Map(auditCase?.domainGrades.map((g) => [g.domain, g.narrative ?? null]) ?? []);
  const domainGrades = DOMAINS.filter((d) => v[gradeField(d)]).map((d) => ({ domain: d, grade: v[gradeField(d)] as OfstedGrade, narrative: narratives.get(d) ?? null }));

  function submit(e: FormEvent) {
    e.preventDefault();
    const p: Partial<Record<F, string>> = {};
    if (!v['overallGrade']) p.overallGrade = 'Select the overall grade';
    // One grade per domain: the form cannot repeat one, but the rule is the domain's, as in the API and the importer.
    for (const rule of repeatedDomainProblems(domainGrades)) p.domainGrades ??= `${LABELS.domainGrades}: ${rule.message}`;
    setLocal(p);
    if (Object.keys(p).length > 0) return;
    if (auditCase) send();
    else step.check();
  }

  function send() {
    const input = {
      overallGrade: v['overallGrade'] as OfstedGrade,
      narrative: (v['narrative'] ?? '').trim() || null,
      domainGrades,
      ...((v['ref'] ?? '').trim() ? { ref: (v['ref'] ?? '').trim() } : {}),
    };
    const done = (s: { ref: string }, verb: string) => navigate(back, { state: { flash: `${named('Case', s.ref)} ${verb}.` } });
    if (auditCase) update.mutate(input, { onError: step.back, onSuccess: (s) => done(s, 'saved') });
    else create.mutate({ ...input, auditId: audit.id }, { onError: step.back, onSuccess: (s) => done(s, 'added') });
  }

  if (step.checking) {
    return (
      <CheckAnswers
        title="Check your answers before adding the case"
        onChange={(f) => step.change(problems.id(f as F))}
        rows={[
          { key: LABELS.overallGrade, field: 'overallGrade', value: GRADE_WORDS[v['overallGrade'] as OfstedGrade] },
          ...DOMAINS.map((d) => ({ key: DOMAIN_LABELS[d], field: gradeField(d), value: v[gradeField(d)] ? GRADE_WORDS[v[gradeField(d)] as OfstedGrade] : 'Not graded' })),
          { key: LABELS.narrative, field: 'narrative', value: (v['narrative'] ?? '').trim() },
          { key: LABELS.ref, field: 'ref', value: (v['ref'] ?? '').trim() || 'Made for you when added' },
        ]}
      >
        <div className="button-group">
          <button type="button" className="primary" disabled={save.isPending} onClick={send}>
            {save.isPending ? 'Adding…' : 'Add the case'}
          </button>
        </div>
      </CheckAnswers>
    );
  }

  return (
    <form onSubmit={submit} noValidate className="narrow record-form">
      {form.kept ? <KeptNotice what="the case" /> : null}
      <ErrorSummary items={problems.summary} title={auditCase ? 'The case was not saved' : 'The case was not added'} />
      <Radios
        id={problems.id('overallGrade')}
        name="overallGrade"
        legend={LABELS.overallGrade}
        hint="On Ofsted's scale, for the multi-agency response to the case as a whole."
        error={problems.error('overallGrade')}
        options={GRADE_OPTIONS}
        value={v['overallGrade'] ?? ''}
        onChange={(x) => form.setValue('overallGrade', x)}
      />
      <Fieldset id={problems.id('domainGrades')} legend={`${LABELS.domainGrades} (optional)`} hint="Grade the domains the auditors looked at; leave the others not graded." error={problems.error('domainGrades')}>
        {DOMAINS.map((d) => (
          <Field key={d} id={problems.id(gradeField(d))} label={DOMAIN_LABELS[d]} error={problems.error(gradeField(d))}>
            {(control) => (
              <select {...control} value={v[gradeField(d)] ?? ''} onChange={(e) => form.setValue(gradeField(d), e.target.value)}>
                <option value="">Not graded</option>
                {GRADE_OPTIONS.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ))}
      </Fieldset>
      <Field id={problems.id('narrative')} label={`${LABELS.narrative} (optional)`} hint="Why this grade. No names or details that could identify the child, family or staff." error={problems.error('narrative')}>
        {(control) => <textarea {...control} rows={4} value={v['narrative'] ?? ''} onChange={(e) => form.setValue('narrative', e.target.value)} />}
      </Field>
      <Field id={problems.id('ref')} label={`${LABELS.ref} (optional)`} hint="The auditors' own number for the case. Left blank, one is made for you." error={problems.error('ref')}>
        {(control) => <input {...control} className="width-10" value={v['ref'] ?? ''} onChange={(e) => form.setValue('ref', e.target.value)} />}
      </Field>
      <div className="button-group">
        <button type="submit" className="primary" disabled={save.isPending}>
          {auditCase ? (save.isPending ? 'Saving…' : 'Save changes') : 'Continue'}
        </button>
        <Link to={back}>Cancel</Link>
      </div>
    </form>
  );
}

/** `/audits/:id/cases/new` and `/audits/:id/cases/:caseId/edit`. */
export function AuditCaseFormPage() {
  const { id = '', caseId } = useParams();
  const query = useAuditRecord(id);
  const audit = query.data;
  const auditCase = caseId ? audit?.cases.find((c) => c.id === caseId) : undefined;
  const missing = !query.isLoading && (!audit || (caseId && !auditCase));
  const wrongType = audit && !gradesCases(audit.type);
  return (
    <>
      <PageHeader title={auditCase ? `Edit ${named('case', auditCase.ref)}` : 'Add a case'} lead={audit ? `In ${audit.title}.` : undefined} />
      <QueryState isLoading={query.isLoading} error={query.error} isEmpty={Boolean(missing)} empty="There is no such audit or case, or you may not see it.">
        {wrongType ? <p className="state">A section 11 audit holds agencies&apos; assessments, not graded cases.</p> : null}
        {audit && !wrongType && (!caseId || auditCase) ? <AuditCaseForm audit={audit} auditCase={auditCase} /> : null}
      </QueryState>
    </>
  );
}
