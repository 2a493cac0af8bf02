import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useFilters, useKeptValues, usePartnershipChoices } from '@sli/shared/data-access';
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
  formatDate,
  isoToKept,
  keptIds,
  parseKeptDate,
  useCheckStep,
  useFieldProblems,
} from '@sli/shared/ui';
import { useActionSource, useActionToEdit, useCreateAction, useImpactSources, useMonitoringGroups, useUpdateAction } from '../api/action-records';
import { readableMessage } from '../lib/labels';

const LABELS = {
  title: 'Action',
  ownerAgencyId: 'Owner agency',
  dueOn: 'Due date',
  recommendationId: 'Recommendation it answers',
  impactAuditId: 'Audit that will show its impact',
  impactMeasureId: 'Measure that will show its impact',
  themeIds: 'Themes',
  groupId: 'Monitoring group',
  ref: 'Reference',
};
type F = keyof typeof LABELS;
type Source = NonNullable<ReturnType<typeof useActionSource>['data']>;
type Existing = NonNullable<ReturnType<typeof useActionToEdit>['data']>;

const short = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text);

/** Adds an action to a review's plan (then "check your answers"), or edits one; its status changes on the action plan. */
function ActionForm({ source, action, recommendationId }: { source: Source; action?: Existing; recommendationId: string | null }) {
  const navigate = useNavigate();
  const { search } = useFilters();
  const form = useKeptValues(`action:${action?.id ?? `new:${source.id}`}`, {
    title: action?.title ?? '',
    ownerAgencyId: action?.ownerAgency.id ?? '',
    dueOn: isoToKept(action?.dueOn),
    recommendationId: action?.recommendationId ?? recommendationId ?? '',
    impactAuditId: action?.impactAuditId ?? '',
    impactMeasureId: action?.impactMeasureId ?? '',
    themeIds: keptIds.write(action?.themes.map((t) => t.id) ?? []),
    groupId: action?.groupId ?? '',
    ref: action?.ref ?? '',
  });
  const v = form.values;
  const choices = usePartnershipChoices(source.partnershipId).data;
  const impact = useImpactSources(source.partnershipId).data;
  const groups = useMonitoringGroups(source.partnershipId).data;
  const create = useCreateAction();
  const update = useUpdateAction(action?.id ?? '');
  const save = action ? update : create;
  const [local, setLocal] = useState<Partial<Record<F, string>>>({});
  const problems = useFieldProblems(save.error, LABELS, 'action', { local, readable: readableMessage });
  const step = useCheckStep();
  const dueOn = parseKeptDate(v.dueOn, LABELS.dueOn);
  const recLabel = (id: string) => {
    const r = source.recommendations.find((x) => x.id === id);
    return r ? `${r.ref}: ${short(r.text)}` : '';
  };
  const cancel = action
    ? { pathname: '/actions', search: `?${new URLSearchParams([...new URLSearchParams(search), ['reviewId', source.id], ['action', action.id]]).toString()}` }
    : { pathname: `/reviews/${source.id}`, search, hash: 'review-actions' };

  function submit(e: FormEvent) {
    e.preventDefault();
    const p: Partial<Record<F, string>> = {};
    if (!v.title.trim()) p.title = 'Enter the action';
    if (!v.ownerAgencyId) p.ownerAgencyId = 'Choose the owner agency from the list';
    if (dueOn.problem) p.dueOn = dueOn.problem;
    else if (!dueOn.value) p.dueOn = 'Enter the due date';
    setLocal(p);
    if (Object.keys(p).length > 0) return;
    if (action) send();
    else step.check();
  }

  function send() {
    const input = {
      title: v.title.trim(),
      ownerAgencyId: v.ownerAgencyId,
      dueOn: dueOn.value as string,
      recommendationId: v.recommendationId || null,
      impactAuditId: v.impactAuditId || null,
      impactMeasureId: v.impactMeasureId || null,
      themeIds: keptIds.read(v.themeIds),
      groupId: v.groupId || null,
      ...(v.ref.trim() ? { ref: v.ref.trim() } : {}),
    };
    const done = (saved: { id: string; ref: string }, verb: string) =>
      navigate({ pathname: `/reviews/${source.id}`, search, hash: 'review-actions' }, { state: { flash: `Action ${saved.ref} ${verb}.` } });
    if (action) update.mutate(input, { onError: step.back, onSuccess: (s) => done(s, 'saved') });
    else create.mutate({ ...input, partnershipId: source.partnershipId, reviewId: source.id }, { onError: step.back, onSuccess: (s) => done(s, 'added') });
  }

  const agencyName = choices?.agencies.find((a) => a.value === v.ownerAgencyId)?.label ?? '';
  if (step.checking) {
    return (
      <CheckAnswers
        title="Check your answers before adding the action"
        onChange={(f) => step.change(problems.id(f as F))}
        rows={[
          { key: LABELS.title, field: 'title', value: v.title.trim() },
          { key: LABELS.ownerAgencyId, field: 'ownerAgencyId', value: agencyName },
          { key: LABELS.dueOn, field: 'dueOn', value: formatDate(dueOn.value) },
          { key: LABELS.recommendationId, field: 'recommendationId', value: v.recommendationId ? recLabel(v.recommendationId) : 'None' },
          { key: LABELS.impactAuditId, field: 'impactAuditId', value: impact?.audits.find((a) => a.value === v.impactAuditId)?.label ?? 'None' },
          { key: LABELS.impactMeasureId, field: 'impactMeasureId', value: impact?.measures.find((m) => m.value === v.impactMeasureId)?.label ?? 'None' },
          { key: LABELS.themeIds, field: 'themeIds', value: keptIds.read(v.themeIds).map((id) => choices?.themes.find((t) => t.value === id)?.label ?? id).join(', ') },
          { key: LABELS.groupId, field: 'groupId', value: groups?.find((g) => g.id === v.groupId)?.name ?? 'None' },
          { key: LABELS.ref, field: 'ref', value: v.ref.trim() || 'Made for you when added' },
        ]}
      >
        <div className="button-group">
          <button type="button" className="primary" disabled={save.isPending} onClick={send}>
            {save.isPending ? 'Adding…' : 'Add the action'}
          </button>
        </div>
      </CheckAnswers>
    );
  }

  return (
    <form onSubmit={submit} noValidate className="narrow record-form">
      {form.kept ? <KeptNotice what="the action" /> : null}
      <ErrorSummary items={problems.summary} title={action ? 'The action was not saved' : 'The action was not added'} />
      <Field id={problems.id('title')} label={LABELS.title} hint="What will be done, as the action plan will show it." error={problems.error('title')}>
        {(control) => <textarea {...control} rows={3} value={v.title} onChange={(e) => form.setValue('title', e.target.value)} />}
      </Field>
      <Field id={problems.id('ownerAgencyId')} label={LABELS.ownerAgencyId} hint="Start typing the agency, then choose it from the list." error={problems.error('ownerAgencyId')}>
        {(control) => <Combobox control={control} noun="agencies" options={choices?.agencies ?? []} value={v.ownerAgencyId} onChange={(x) => form.setValue('ownerAgencyId', x)} />}
      </Field>
      <DateInput
        id={problems.id('dueOn')}
        legend={LABELS.dueOn}
        hint="For example, 31 3 2026."
        error={problems.error('dueOn')}
        errorParts={local.dueOn ? dueOn.parts : undefined}
        value={v.dueOn}
        onChange={(x) => form.setValue('dueOn', x)}
      />
      <Field id={problems.id('recommendationId')} label={`${LABELS.recommendationId} (optional)`} error={problems.error('recommendationId')}>
        {(control) => (
          <select {...control} value={v.recommendationId} onChange={(e) => form.setValue('recommendationId', e.target.value)}>
            <option value="">None</option>
            {source.recommendations.map((r) => (
              <option key={r.id} value={r.id}>
                {recLabel(r.id)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id={problems.id('impactAuditId')}
        label={`${LABELS.impactAuditId} (optional)`}
        hint="An audit round after the action, whose grades will show whether practice changed. Its page shows them when the round is completed."
        error={problems.error('impactAuditId')}
      >
        {(control) => (
          <Combobox control={control} noun="audits" options={impact?.audits ?? []} value={v.impactAuditId} onChange={(x) => form.setValue('impactAuditId', x)} />
        )}
      </Field>
      <Field
        id={problems.id('impactMeasureId')}
        label={`${LABELS.impactMeasureId} (optional)`}
        hint="An OBA measure whose values after the action will show whether anyone is better off."
        error={problems.error('impactMeasureId')}
      >
        {(control) => (
          <Combobox control={control} noun="measures" options={impact?.measures ?? []} value={v.impactMeasureId} onChange={(x) => form.setValue('impactMeasureId', x)} />
        )}
      </Field>
      <Field id={problems.id('themeIds')} label={`${LABELS.themeIds} (optional)`} hint="Start typing a theme, then choose it from the list." error={problems.error('themeIds')}>
        {(control) => (
          <MultiCombobox control={control} noun="themes" options={choices?.themes ?? []} values={keptIds.read(v.themeIds)} onChange={(x) => form.setValue('themeIds', keptIds.write(x))} />
        )}
      </Field>
      <Field
        id={problems.id('groupId')}
        label={`${LABELS.groupId} (optional)`}
        hint="The board, subgroup or committee that follows it up. An admin adds groups on the Groups and meetings page."
        error={problems.error('groupId')}
      >
        {(control) => (
          <select {...control} value={v.groupId} onChange={(e) => form.setValue('groupId', e.target.value)}>
            <option value="">None</option>
            {(groups ?? []).map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={problems.id('ref')} label={`${LABELS.ref} (optional)`} hint="Your own reference. Left blank, one is made for you." error={problems.error('ref')}>
        {(control) => <input {...control} className="width-10" value={v.ref} onChange={(e) => form.setValue('ref', e.target.value)} />}
      </Field>
      <div className="button-group">
        <button type="submit" className="primary" disabled={save.isPending}>
          {action ? (save.isPending ? 'Saving…' : 'Save changes') : 'Continue'}
        </button>
        <Link to={cancel}>Cancel</Link>
      </div>
    </form>
  );
}

/** `/actions/new?reviewId=…[&recommendationId=…]`. */
export function NewActionPage() {
  const [params] = useSearchParams();
  const source = useActionSource(params.get('reviewId'));
  const review = source.data;
  return (
    <>
      <PageHeader title="Add an action" lead={review ? `To the action plan of ${review.ref}: ${review.title}.` : undefined} />
      <QueryState isLoading={source.isLoading} error={source.error} isEmpty={!source.isLoading && !review} empty="Open the review the action comes from, then choose “Add an action”.">
        {review ? <ActionForm source={review} recommendationId={params.get('recommendationId')} /> : null}
      </QueryState>
    </>
  );
}

/** `/actions/:id/edit`: anything but the status, which changes on the action plan. */
export function EditActionPage() {
  const { id = '' } = useParams();
  const existing = useActionToEdit(id);
  const action = existing.data;
  const source = useActionSource(action?.reviewId ?? null);
  return (
    <>
      <PageHeader title={action ? `Edit action ${action.ref}` : 'Edit action'} lead="Its status changes on the action plan." />
      <QueryState
        isLoading={existing.isLoading || source.isLoading}
        error={existing.error ?? source.error}
        isEmpty={!existing.isLoading && !source.isLoading && (!action || !source.data)}
        empty="There is no such action from a review, or you may not see it."
      >
        {action && source.data ? <ActionForm source={source.data} action={action} recommendationId={null} /> : null}
      </QueryState>
    </>
  );
}
