import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { repeatedDomainProblems } from '@sli/audits-domain';
import { useFilters, useKeptValues, type OfstedGrade } from '@sli/shared/data-access';
import { CheckAnswers, ErrorSummary, Field, Fieldset, KeptNotice, PageHeader, QueryState, Radios, useCheckStep, useFieldProblems } from '@sli/shared/ui';
import { useAuditDomains, type AuditDomainRow } from '../api/audit-domains';
import { useAuditRecord, useCreateAuditCase, useUpdateAuditCase, type AuditCaseRecord, type AuditRecord } from '../api/audit-records';
import { AgencyGradeGrid, agencyGradeField, type GridAgency, type GridDomain } from '../components/agency-grade-grid';
import { GRADE_WORDS, gradesCases, named } from '../labels';

const GRADE_OPTIONS = (Object.keys(GRADE_WORDS) as OfstedGrade[]).map((value) => ({ value, label: GRADE_WORDS[value] }));

/** Each domain's overall grade is its own field (`grade-recognition`), so the kept draft stays flat; an agency's is `grade-recognition@<id>`. */
const gradeField = (code: string) => `grade-${code}`;

const BASE_LABELS = {
  overallGrade: 'Overall grade',
  narrative: 'What the auditors found',
  domainGrades: 'Grades by domain',
  agencyGrades: 'Grades by agency',
  ref: 'Case reference',
};

/**
 * The domains the form offers: the partnership's domains in use, and a retired one only where the
 * case already has a grade in it (kept, not offered for new grades: the API's rule).
 */
function offeredDomains(domains: readonly AuditDomainRow[], auditCase?: AuditCaseRecord): GridDomain[] {
  const graded = new Set(auditCase?.domainGrades.map((g) => g.domain) ?? []);
  return domains.filter((d) => !d.retired || graded.has(d.code)).map((d) => ({ code: d.code, name: d.retired ? `${d.name} (retired)` : d.name }));
}

/** The audit's agencies (its lead first), and any other agency the case already has grades from. */
function gradingAgencies(audit: AuditRecord, auditCase?: AuditCaseRecord): GridAgency[] {
  const all = [audit.leadAgency, ...audit.agencies, ...(auditCase?.domainGrades.map((g) => g.agency) ?? [])].filter((a): a is GridAgency => Boolean(a));
  return [...new Map(all.map((a) => [a.id, a])).values()];
}

function initial(c?: AuditCaseRecord): Record<string, string> {
  return {
    overallGrade: c?.overallGrade ?? '',
    narrative: c?.narrative ?? '',
    ...Object.fromEntries(c?.domainGrades.map((g) => [g.agency ? agencyGradeField(g.domain, g.agency.id) : gradeField(g.domain), g.grade]) ?? []),
    ref: c?.ref ?? '',
  };
}

/** Adds a graded case to a case audit (then "check your answers"), or edits one. */
function AuditCaseForm({ audit, auditCase, domainRows }: { audit: AuditRecord; auditCase?: AuditCaseRecord; domainRows: readonly AuditDomainRow[] }) {
  const domains = offeredDomains(domainRows, auditCase);
  const agencies = gradingAgencies(audit, auditCase);
  const LABELS: Record<string, string> = { ...BASE_LABELS, ...Object.fromEntries(domains.map((d) => [gradeField(d.code), d.name])) };
  type F = string;
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
  // A grade's own narrative is not asked here; editing the grade keeps what was written.
  const narratives = new Map(auditCase?.domainGrades.map((g) => [g.agency ? agencyGradeField(g.domain, g.agency.id) : gradeField(g.domain), g.narrative ?? null]) ?? []);
  const overallGrades = domains.filter((d) => v[gradeField(d.code)]).map((d) => ({ domain: d.code, grade: v[gradeField(d.code)] as OfstedGrade, narrative: narratives.get(gradeField(d.code)) ?? null }));
  const agencyGrades = agencies.flatMap((a) =>
    domains.flatMap((d) => {
      const field = agencyGradeField(d.code, a.id);
      return v[field] ? [{ domain: d.code, agencyId: a.id, grade: v[field] as OfstedGrade, narrative: narratives.get(field) ?? null }] : [];
    }),
  );
  const domainGrades = [...overallGrades, ...agencyGrades];

  function submit(e: FormEvent) {
    e.preventDefault();
    const p: Partial<Record<F, string>> = {};
    if (!v['overallGrade']) p['overallGrade'] = 'Select the overall grade';
    // One grade per domain and agency: the form cannot repeat one, but the rule is the domain's, as in the API and the importer.
    for (const rule of repeatedDomainProblems(domainGrades)) p['domainGrades'] ??= `${LABELS['domainGrades']}: ${rule.message}`;
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
          { key: BASE_LABELS.overallGrade, field: 'overallGrade', value: GRADE_WORDS[v['overallGrade'] as OfstedGrade] },
          ...domains.map((d) => ({ key: d.name, field: gradeField(d.code), value: v[gradeField(d.code)] ? GRADE_WORDS[v[gradeField(d.code)] as OfstedGrade] : 'Not graded' })),
          {
            key: BASE_LABELS.agencyGrades,
            field: 'agencyGrades',
            value: agencyGrades.length === 0 ? 'None' : agencyGrades.map((g) => `${agencies.find((a) => a.id === g.agencyId)?.name ?? ''}, ${domains.find((d) => d.code === g.domain)?.name ?? g.domain}: ${GRADE_WORDS[g.grade]}`).join('; '),
          },
          { key: BASE_LABELS.narrative, field: 'narrative', value: (v['narrative'] ?? '').trim() },
          { key: BASE_LABELS.ref, field: 'ref', value: (v['ref'] ?? '').trim() || 'Made for you when added' },
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
        legend={BASE_LABELS.overallGrade}
        hint="On Ofsted's scale, for the multi-agency response to the case as a whole."
        error={problems.error('overallGrade')}
        options={GRADE_OPTIONS}
        value={v['overallGrade'] ?? ''}
        onChange={(x) => form.setValue('overallGrade', x)}
      />
      <Fieldset
        id={problems.id('domainGrades')}
        legend={`${BASE_LABELS.domainGrades} (optional)`}
        hint="The multi-agency response in each of the partnership's domains the auditors looked at; leave the others not graded."
        error={problems.error('domainGrades')}
      >
        {domains.map((d) => (
          <Field key={d.code} id={problems.id(gradeField(d.code))} label={d.name} error={problems.error(gradeField(d.code))}>
            {(control) => (
              <select {...control} value={v[gradeField(d.code)] ?? ''} onChange={(e) => form.setValue(gradeField(d.code), e.target.value)}>
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
      <AgencyGradeGrid
        id={problems.id('agencyGrades')}
        domains={domains}
        agencies={agencies}
        values={v}
        onChange={(field, value) => form.setValue(field, value)}
        error={problems.error('agencyGrades')}
      />
      <Field id={problems.id('narrative')} label={`${BASE_LABELS.narrative} (optional)`} hint="Why this grade. No names or details that could identify the child, family or staff." error={problems.error('narrative')}>
        {(control) => <textarea {...control} rows={4} value={v['narrative'] ?? ''} onChange={(e) => form.setValue('narrative', e.target.value)} />}
      </Field>
      <Field id={problems.id('ref')} label={`${BASE_LABELS.ref} (optional)`} hint="The auditors' own number for the case. Left blank, one is made for you." error={problems.error('ref')}>
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
  const domains = useAuditDomains(audit?.partnershipId);
  const auditCase = caseId ? audit?.cases.find((c) => c.id === caseId) : undefined;
  const missing = !query.isLoading && (!audit || (caseId && !auditCase));
  const wrongType = audit && !gradesCases(audit.type);
  return (
    <>
      <PageHeader title={auditCase ? `Edit ${named('case', auditCase.ref)}` : 'Add a case'} lead={audit ? `In ${audit.title}.` : undefined} />
      <QueryState
        isLoading={query.isLoading || (Boolean(audit) && domains.isLoading)}
        error={query.error ?? domains.error}
        isEmpty={Boolean(missing)}
        empty="There is no such audit or case, or you may not see it."
      >
        {wrongType ? <p className="state">A section 11 audit holds agencies&apos; assessments, not graded cases.</p> : null}
        {audit && domains.data && !wrongType && (!caseId || auditCase) ? <AuditCaseForm audit={audit} auditCase={auditCase} domainRows={domains.data} /> : null}
      </QueryState>
    </>
  );
}
