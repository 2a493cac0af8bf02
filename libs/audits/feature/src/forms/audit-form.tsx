import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { auditProblems } from '@sli/audits-domain';
import { todayInEngland } from '@sli/shared/domain';
import { useFilters, useKeptValues, usePartnershipChoices, type AuditType } from '@sli/shared/data-access';
import {
  CheckAnswers,
  Combobox,
  DateInput,
  ErrorSummary,
  Field,
  KeptNotice,
  MultiCombobox,
  PageHeader,
  QueryState,
  Radios,
  formatDate,
  isoToKept,
  keptIds,
  parseKeptDate,
  sentence,
  useCheckStep,
  useFieldProblems,
} from '@sli/shared/ui';
import { useAssuranceTools } from '../api/assurance-tools';
import { useAuditRecord, useCreateAudit, useUpdateAudit, type AuditRecord } from '../api/audit-records';
import { AUDIT_TYPE_LABELS, named } from '../labels';

const LABELS = {
  type: 'Type of audit',
  toolId: 'Assurance tool',
  title: 'Title or topic',
  round: 'Round',
  startedOn: 'Date the audit started',
  completedOn: 'Date the audit was completed',
  leadAgencyId: 'Lead agency',
  agencyIds: 'Agencies taking part',
  themeIds: 'Themes',
  summary: 'Summary',
  ref: 'Reference',
};
type F = keyof typeof LABELS;

const TYPE_HINTS: Record<AuditType, string> = {
  MULTI_AGENCY_CASE: 'Agencies grade cases together, overall and by domain of practice.',
  SINGLE_AGENCY: 'One agency grades its own cases.',
  THEMATIC: 'Cases chosen for a theme, graded like a case audit.',
  SECTION_11: 'Each agency rates itself against the section 11 standards; moderation may change the rating.',
};
const TYPE_OPTIONS = (Object.keys(AUDIT_TYPE_LABELS) as AuditType[]).map((value) => ({ value, label: AUDIT_TYPE_LABELS[value], hint: TYPE_HINTS[value] }));

function initial(a?: AuditRecord) {
  return {
    type: (a?.type ?? '') as string,
    toolId: '',
    title: a?.title ?? '',
    round: a?.round ?? '',
    startedOn: isoToKept(a?.startedOn),
    completedOn: isoToKept(a?.completedOn),
    leadAgencyId: a?.leadAgency?.id ?? '',
    agencyIds: keptIds.write(a?.agencies.map((x) => x.id) ?? []),
    themeIds: keptIds.write(a?.themes.map((t) => t.id) ?? []),
    summary: a?.summary ?? '',
    ref: a?.ref ?? '',
  };
}

/** Starts an audit (then "check your answers"), or edits one; its cases or section 11 assessments are added on its page. */
function AuditForm({ partnershipId, audit }: { partnershipId: string; audit?: AuditRecord }) {
  const navigate = useNavigate();
  const { search } = useFilters();
  const form = useKeptValues(`audit:${audit?.id ?? `new:${partnershipId}`}`, initial(audit));
  const v = form.values;
  const choices = usePartnershipChoices(partnershipId).data;
  const agencies = choices?.agencies ?? [];
  const themes = choices?.themes ?? [];
  // Only published versions are offered for a new round (the API refuses a draft or a retired one).
  const published = (useAssuranceTools(audit ? null : partnershipId).data ?? []).filter((t) => t.status === 'IN_USE' && t.kind !== 'CASE_AUDIT');
  const toolOptions = published.map((t) => ({ value: t.id, label: `${t.name}, version ${t.version}`, hint: `${t.standards.length} standards` }));
  const chosenTool = published.find((t) => t.id === v.toolId);
  const create = useCreateAudit();
  const update = useUpdateAudit(audit?.id ?? '');
  const save = audit ? update : create;
  const [local, setLocal] = useState<Partial<Record<F, string>>>({});
  const problems = useFieldProblems(save.error, LABELS, 'audit', { local });
  const step = useCheckStep();
  const startedOn = parseKeptDate(v.startedOn, LABELS.startedOn);
  const completedOn = parseKeptDate(v.completedOn, LABELS.completedOn);
  const names = (kept: string, list: { value: string; label: string }[]) => keptIds.read(kept).map((id) => list.find((o) => o.value === id)?.label ?? id).join(', ');

  /** Required answers and real dates here; the dates' order is the domain's rule, the same words the API uses. */
  function localProblems(): Partial<Record<F, string>> {
    const p: Partial<Record<F, string>> = {};
    if (!v.type) p.type = 'Select the type of audit';
    if (!v.title.trim()) p.title = 'Enter the title or topic';
    if (startedOn.problem) p.startedOn = startedOn.problem;
    else if (!startedOn.value) p.startedOn = `Enter the ${LABELS.startedOn.toLowerCase()}`;
    if (completedOn.problem) p.completedOn = completedOn.problem;
    for (const rule of auditProblems({ startedOn: startedOn.value, completedOn: completedOn.value }, todayInEngland())) {
      const field = rule.field as F;
      p[field] ??= sentence(LABELS[field], rule.message);
    }
    return p;
  }

  function send() {
    const input = {
      type: v.type as AuditType,
      title: v.title.trim(),
      round: v.round.trim() || null,
      startedOn: startedOn.value as string,
      completedOn: completedOn.value,
      leadAgencyId: v.leadAgencyId || null,
      agencyIds: keptIds.read(v.agencyIds),
      themeIds: keptIds.read(v.themeIds),
      summary: v.summary.trim() || null,
      ...(v.ref.trim() ? { ref: v.ref.trim() } : {}),
    };
    const done = (saved: { id: string; ref: string }, verb: string) =>
      navigate({ pathname: `/audits/${saved.id}`, search }, { state: { flash: `${named('Audit', saved.ref)} ${verb}.` } });
    if (audit) update.mutate(input, { onError: step.back, onSuccess: (s) => done(s, 'saved') });
    else create.mutate({ ...input, partnershipId, ...(v.type === 'SECTION_11' && chosenTool ? { toolId: chosenTool.id } : {}) }, { onError: step.back, onSuccess: (s) => done(s, 'started') });
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const p = localProblems();
    setLocal(p);
    if (Object.keys(p).length > 0) return;
    if (audit) send();
    else step.check();
  }

  if (step.checking) {
    return (
      <CheckAnswers
        title="Check your answers before starting the audit"
        onChange={(f) => step.change(problems.id(f as F))}
        rows={[
          { key: LABELS.type, field: 'type', value: AUDIT_TYPE_LABELS[v.type as AuditType] },
          ...(v.type === 'SECTION_11' ? [{ key: LABELS.toolId, field: 'toolId', value: chosenTool ? `${chosenTool.name}, version ${chosenTool.version}` : 'The section 11 tool in use' }] : []),
          { key: LABELS.title, field: 'title', value: v.title.trim() },
          { key: LABELS.round, field: 'round', value: v.round.trim() },
          { key: LABELS.startedOn, field: 'startedOn', value: formatDate(startedOn.value) },
          { key: LABELS.completedOn, field: 'completedOn', value: completedOn.value ? formatDate(completedOn.value) : 'Not completed yet' },
          { key: LABELS.leadAgencyId, field: 'leadAgencyId', value: names(v.leadAgencyId, agencies) },
          { key: LABELS.agencyIds, field: 'agencyIds', value: names(v.agencyIds, agencies) },
          { key: LABELS.themeIds, field: 'themeIds', value: names(v.themeIds, themes) },
          { key: LABELS.summary, field: 'summary', value: v.summary.trim() },
          { key: LABELS.ref, field: 'ref', value: v.ref.trim() || 'Made for you when started' },
        ]}
      >
        <div className="button-group">
          <button type="button" className="primary" disabled={save.isPending} onClick={send}>
            {save.isPending ? 'Starting…' : 'Start the audit'}
          </button>
        </div>
      </CheckAnswers>
    );
  }

  return (
    <form onSubmit={submit} noValidate className="narrow record-form">
      {form.kept ? <KeptNotice what="the audit" /> : null}
      <ErrorSummary items={problems.summary} title={audit ? 'The audit was not saved' : 'The audit was not started'} />
      <Radios id={problems.id('type')} name="type" legend={LABELS.type} error={problems.error('type')} options={TYPE_OPTIONS} value={v.type} onChange={(x) => form.setValue('type', x)} />
      {v.type === 'SECTION_11' && !audit && toolOptions.length > 0 ? (
        <Radios
          id={problems.id('toolId')}
          name="toolId"
          legend={`${LABELS.toolId} (optional)`}
          hint="The published version agencies assess themselves against. Left unchosen, the section 11 tool in use."
          error={problems.error('toolId')}
          options={toolOptions}
          value={v.toolId}
          onChange={(x) => form.setValue('toolId', x)}
        />
      ) : null}
      <Field id={problems.id('title')} label={LABELS.title} hint="For example, Neglect in under-fives, or Section 11 2025/26." error={problems.error('title')}>
        {(control) => <input {...control} value={v.title} onChange={(e) => form.setValue('title', e.target.value)} />}
      </Field>
      <Field id={problems.id('round')} label={`${LABELS.round} (optional)`} hint="The cycle it belongs to, for example 2025-26 Q3. Rounds are compared one with the next." error={problems.error('round')}>
        {(control) => <input {...control} className="width-10" value={v.round} onChange={(e) => form.setValue('round', e.target.value)} />}
      </Field>
      <DateInput
        id={problems.id('startedOn')}
        legend={LABELS.startedOn}
        hint="For example, 3 11 2026. The audit is counted in the year it started."
        error={problems.error('startedOn')}
        errorParts={local.startedOn ? startedOn.parts : undefined}
        value={v.startedOn}
        onChange={(x) => form.setValue('startedOn', x)}
      />
      <DateInput
        id={problems.id('completedOn')}
        legend={`${LABELS.completedOn} (if completed)`}
        hint="Leave blank while the audit is still going on."
        error={problems.error('completedOn')}
        errorParts={local.completedOn ? completedOn.parts : undefined}
        value={v.completedOn}
        onChange={(x) => form.setValue('completedOn', x)}
      />
      <Field id={problems.id('leadAgencyId')} label={`${LABELS.leadAgencyId} (optional)`} hint="Start typing the agency's name, then choose it from the list." error={problems.error('leadAgencyId')}>
        {(control) => <Combobox control={control} noun="agencies" options={agencies} value={v.leadAgencyId} onChange={(x) => form.setValue('leadAgencyId', x)} />}
      </Field>
      <Field id={problems.id('agencyIds')} label={`${LABELS.agencyIds} (optional)`} hint="Choose each agency whose cases or practice the audit looks at." error={problems.error('agencyIds')}>
        {(control) => <MultiCombobox control={control} noun="agencies" options={agencies} values={keptIds.read(v.agencyIds)} onChange={(x) => form.setValue('agencyIds', keptIds.write(x))} />}
      </Field>
      <Field id={problems.id('themeIds')} label={`${LABELS.themeIds} (optional)`} hint="Start typing a theme, then choose it from the list." error={problems.error('themeIds')}>
        {(control) => <MultiCombobox control={control} noun="themes" options={themes} values={keptIds.read(v.themeIds)} onChange={(x) => form.setValue('themeIds', keptIds.write(x))} />}
      </Field>
      <Field id={problems.id('summary')} label={`${LABELS.summary} (optional)`} hint="What the audit looked at and why. No names of children, families or staff." error={problems.error('summary')}>
        {(control) => <textarea {...control} rows={4} value={v.summary} onChange={(e) => form.setValue('summary', e.target.value)} />}
      </Field>
      <Field id={problems.id('ref')} label={`${LABELS.ref} (optional)`} hint="Your own reference. Left blank, one is made for you." error={problems.error('ref')}>
        {(control) => <input {...control} className="width-10" value={v.ref} onChange={(e) => form.setValue('ref', e.target.value)} />}
      </Field>
      <div className="button-group">
        <button type="submit" className="primary" disabled={save.isPending}>
          {audit ? (save.isPending ? 'Saving…' : 'Save changes') : 'Continue'}
        </button>
        <Link to={{ pathname: audit ? `/audits/${audit.id}` : '/audits', search }}>Cancel</Link>
      </div>
    </form>
  );
}

/** `/audits/new`: start an audit for the partnership in force. */
export function NewAuditPage() {
  const { filters } = useFilters();
  return (
    <>
      <PageHeader title="Start an audit" lead="A case audit round or a section 11 self-assessment. Its cases or agencies' returns are added on the audit's page." />
      {filters.partnershipId ? <AuditForm partnershipId={filters.partnershipId} /> : <p className="state">Choose a partnership first.</p>}
    </>
  );
}

/** `/audits/:id/edit`. */
export function EditAuditPage() {
  const { id = '' } = useParams();
  const query = useAuditRecord(id);
  const audit = query.data;
  return (
    <>
      <PageHeader title={audit ? `Edit the audit: ${audit.title}` : 'Edit an audit'} />
      <QueryState isLoading={query.isLoading} error={query.error} isEmpty={!query.isLoading && !audit} empty="There is no audit with this address, or you may not see it.">
        {audit ? <AuditForm partnershipId={audit.partnershipId} audit={audit} /> : null}
      </QueryState>
    </>
  );
}
