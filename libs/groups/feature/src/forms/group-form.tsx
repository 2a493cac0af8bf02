import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useFilters, useKeptValues, useViewer, type GroupKind } from '@sli/shared/data-access';
import { CheckAnswers, ErrorSummary, Field, KeptNotice, PageHeader, QueryState, Radios, useCheckStep, useFieldProblems } from '@sli/shared/ui';
import { useCreateGroup, useGroup, useUpdateGroup, type GroupDetail } from '../api/groups';
import { cadenceWords, KIND_HINTS, KIND_LABELS } from '../lib/labels';

const LABELS = { name: 'Name', kind: 'Kind of group', purpose: 'Purpose', cadenceWeeks: 'How often it meets' };
type F = keyof typeof LABELS;

/** Adds a group (then "check your answers"), or changes one. */
function GroupForm({ group, partnershipId }: { group?: GroupDetail; partnershipId: string }) {
  const navigate = useNavigate();
  const { search } = useFilters();
  const form = useKeptValues(`group:${group?.id ?? `new:${partnershipId}`}`, {
    name: group?.name ?? '',
    kind: (group?.kind ?? '') as string,
    purpose: group?.purpose ?? '',
    cadenceWeeks: group?.cadenceWeeks ? String(group.cadenceWeeks) : '',
  });
  const v = form.values;
  const create = useCreateGroup();
  const update = useUpdateGroup(group?.id ?? '');
  const save = group ? update : create;
  const [local, setLocal] = useState<Partial<Record<F, string>>>({});
  const problems = useFieldProblems(save.error, LABELS, 'group', { local });
  const step = useCheckStep();
  const kind = (v.kind || null) as GroupKind | null;
  const cadence = v.cadenceWeeks.trim() === '' ? null : Number(v.cadenceWeeks.trim());
  const back = group ? { pathname: `/groups/${group.id}`, search } : { pathname: '/groups', search };

  function submit(e: FormEvent) {
    e.preventDefault();
    const p: Partial<Record<F, string>> = {};
    if (!v.name.trim()) p.name = 'Enter the name of the group';
    else if (v.name.trim().length > 200) p.name = 'Name must be 200 characters or fewer';
    if (!kind) p.kind = 'Select the kind of group';
    if (v.purpose.trim().length > 4000) p.purpose = 'Purpose must be 4,000 characters or fewer';
    if (cadence !== null && !(Number.isInteger(cadence) && cadence >= 1 && cadence <= 52)) p.cadenceWeeks = 'How often it meets must be a whole number of weeks from 1 to 52';
    setLocal(p);
    if (Object.keys(p).length > 0) return;
    if (group) send();
    else step.check();
  }

  function send() {
    if (!kind) return;
    const fields = { name: v.name.trim(), kind, purpose: v.purpose.trim() || null, cadenceWeeks: cadence };
    const done = (g: { id: string; name: string }, verb: string) => navigate({ pathname: `/groups/${g.id}`, search }, { state: { flash: `${g.name} ${verb}.` } });
    if (group) update.mutate(fields, { onError: step.back, onSuccess: (g) => done(g, 'saved') });
    else create.mutate({ ...fields, partnershipId }, { onError: step.back, onSuccess: (g) => done(g, 'added') });
  }

  if (step.checking && kind) {
    return (
      <CheckAnswers
        title="Check your answers before adding the group"
        onChange={(f) => step.change(problems.id(f as F))}
        rows={[
          { key: LABELS.name, field: 'name', value: v.name.trim() },
          { key: LABELS.kind, field: 'kind', value: KIND_LABELS[kind] },
          { key: LABELS.purpose, field: 'purpose', value: v.purpose.trim() || 'Not recorded' },
          { key: LABELS.cadenceWeeks, field: 'cadenceWeeks', value: cadenceWords(cadence) },
        ]}
      >
        <div className="button-group">
          <button type="button" className="primary" disabled={save.isPending} onClick={send}>
            {save.isPending ? 'Adding…' : 'Add the group'}
          </button>
        </div>
      </CheckAnswers>
    );
  }

  return (
    <form onSubmit={submit} noValidate className="narrow record-form">
      {form.kept ? <KeptNotice what="the group" /> : null}
      <ErrorSummary items={problems.summary} title={group ? 'The group was not saved' : 'The group was not added'} />
      <Field id={problems.id('name')} label={LABELS.name} hint="For example Learning from Practice Group. Actions name their monitoring group by it." error={problems.error('name')}>
        {(control) => <input {...control} value={v.name} onChange={(e) => form.setValue('name', e.target.value)} />}
      </Field>
      <Radios
        id={problems.id('kind')}
        name="group-kind"
        legend={LABELS.kind}
        error={problems.error('kind')}
        options={(Object.keys(KIND_LABELS) as GroupKind[]).map((k) => ({ value: k, label: KIND_LABELS[k], hint: KIND_HINTS[k] }))}
        value={v.kind}
        onChange={(x) => form.setValue('kind', x)}
      />
      <Field id={problems.id('purpose')} label={`${LABELS.purpose} (optional)`} error={problems.error('purpose')}>
        {(control) => <textarea {...control} rows={3} value={v.purpose} onChange={(e) => form.setValue('purpose', e.target.value)} />}
      </Field>
      <Field id={problems.id('cadenceWeeks')} label={`${LABELS.cadenceWeeks}, in weeks (optional)`} hint="For example 6 for a group that meets every six weeks." error={problems.error('cadenceWeeks')}>
        {(control) => <input {...control} className="width-10" inputMode="numeric" value={v.cadenceWeeks} onChange={(e) => form.setValue('cadenceWeeks', e.target.value)} />}
      </Field>
      <div className="button-group">
        <button type="submit" className="primary" disabled={save.isPending}>
          {group ? (save.isPending ? 'Saving…' : 'Save changes') : 'Continue'}
        </button>
        <Link to={back}>Cancel</Link>
      </div>
    </form>
  );
}

/** `/groups/new` and `/groups/:id/edit`. */
export function GroupFormPage() {
  const { id } = useParams();
  const { filters } = useFilters();
  const viewer = useViewer();
  const query = useGroup(id ?? '');
  const group = (id ? query.data?.group : undefined) ?? undefined;
  const partnershipId = group?.partnershipId ?? filters.partnershipId ?? viewer.partnerships[0]?.id ?? '';
  const loading = Boolean(id) && query.isLoading;
  return (
    <>
      <PageHeader title={id ? `Edit ${group?.name ?? 'the group'}` : 'Add a group'} />
      <QueryState isLoading={loading} error={id ? query.error : null} isEmpty={Boolean(id) && !loading && !group} empty="There is no such group, or you may not see it.">
        {!id || group ? <GroupForm group={group} partnershipId={partnershipId} /> : null}
      </QueryState>
    </>
  );
}
