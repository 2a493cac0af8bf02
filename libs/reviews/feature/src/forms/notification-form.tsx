import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useFilters, useKeptValues, usePartnershipChoices, type AgeBand, type Harm, type NotificationDecision } from '@sli/shared/data-access';
import {
  CheckAnswers,
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
  useCheckStep,
  useFieldProblems,
} from '@sli/shared/ui';
import { useCreateNotification, useNotificationRecord, useUpdateNotification, type NotificationRecordData } from '../api/notification';
import { AGE_LABELS, DECISION_LABELS, HARM_LABELS, options } from '../lib/notification-labels';

const LABELS = {
  dateAware: 'Date the local authority became aware',
  dateNotified: 'Date the Panel was notified',
  harm: 'Harm',
  ageBand: "Child's age",
  decision: 'Decision',
  summary: 'What happened',
  themeIds: 'Themes',
  ref: 'Reference',
};
type F = keyof typeof LABELS;

function initial(n?: NotificationRecordData) {
  return {
    dateAware: isoToKept(n?.dateAware),
    dateNotified: isoToKept(n?.dateNotified),
    harm: (n?.harm ?? '') as string,
    ageBand: (n?.ageBand ?? '') as string,
    decision: (n?.decision ?? 'PENDING') as string,
    summary: n?.summary ?? '',
    themeIds: keptIds.write(n?.themes.map((t) => t.id) ?? []),
    ref: n?.ref ?? '',
  };
}

/** Records a serious incident notification (then "check your answers"), or edits one. */
function NotificationForm({ partnershipId, notification }: { partnershipId: string; notification?: NotificationRecordData }) {
  const navigate = useNavigate();
  const { search } = useFilters();
  const form = useKeptValues(`notification:${notification?.id ?? `new:${partnershipId}`}`, initial(notification));
  const v = form.values;
  const choices = usePartnershipChoices(partnershipId);
  const themes = choices.data?.themes ?? [];
  const create = useCreateNotification();
  const update = useUpdateNotification(notification?.id ?? '');
  const save = notification ? update : create;
  const [local, setLocal] = useState<Partial<Record<F, string>>>({});
  const problems = useFieldProblems(save.error, LABELS, 'notification', { local });
  const step = useCheckStep();
  const dateAware = parseKeptDate(v.dateAware, LABELS.dateAware);
  const dateNotified = parseKeptDate(v.dateNotified, LABELS.dateNotified);

  /** Only "required" and "not a real date" are checked here; the API checks the rest with the same words. */
  function localProblems(): Partial<Record<F, string>> {
    const p: Partial<Record<F, string>> = {};
    if (dateAware.problem) p.dateAware = dateAware.problem;
    else if (!dateAware.value) p.dateAware = `Enter the ${LABELS.dateAware.toLowerCase()}`;
    if (dateNotified.problem) p.dateNotified = dateNotified.problem;
    if (!v.harm) p.harm = 'Select the harm';
    if (!v.ageBand) p.ageBand = "Select the child's age";
    return p;
  }

  function send() {
    const input = {
      dateAware: dateAware.value as string,
      dateNotified: dateNotified.value,
      harm: v.harm as Harm,
      ageBand: v.ageBand as AgeBand,
      decision: v.decision as NotificationDecision,
      summary: v.summary.trim() || null,
      themeIds: keptIds.read(v.themeIds),
      ...(v.ref.trim() ? { ref: v.ref.trim() } : {}),
    };
    const onError = () => step.back();
    if (notification) {
      update.mutate(input, {
        onError,
        onSuccess: (saved) => navigate({ pathname: `/reviews/notifications/${saved.id}`, search }, { state: { flash: `Notification ${saved.ref} saved.` } }),
      });
    } else {
      create.mutate(
        { ...input, partnershipId },
        {
          onError,
          onSuccess: (saved) => navigate({ pathname: `/reviews/notifications/${saved.id}`, search }, { state: { flash: `Notification ${saved.ref} recorded.` } }),
        },
      );
    }
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const p = localProblems();
    setLocal(p);
    if (Object.keys(p).length > 0) return;
    if (notification) send();
    else step.check();
  }

  if (step.checking) {
    return (
      <CheckAnswers
        title="Check your answers before recording the notification"
        onChange={(f) => step.change(problems.id(f as F))}
        rows={[
          { key: LABELS.dateAware, field: 'dateAware', value: formatDate(dateAware.value) },
          { key: LABELS.dateNotified, field: 'dateNotified', value: dateNotified.value ? formatDate(dateNotified.value) : '' },
          { key: LABELS.harm, field: 'harm', value: HARM_LABELS[v.harm as Harm] },
          { key: LABELS.ageBand, field: 'ageBand', value: AGE_LABELS[v.ageBand as AgeBand] },
          { key: LABELS.decision, field: 'decision', value: DECISION_LABELS[v.decision as NotificationDecision] },
          { key: LABELS.summary, field: 'summary', value: v.summary.trim() },
          { key: LABELS.themeIds, field: 'themeIds', value: keptIds.read(v.themeIds).map((id) => themes.find((t) => t.value === id)?.label ?? id).join(', ') },
          { key: LABELS.ref, field: 'ref', value: v.ref.trim() || 'Made for you when recorded' },
        ]}
      >
        <div className="button-group">
          <button type="button" className="primary" disabled={save.isPending} onClick={send}>
            {save.isPending ? 'Recording…' : 'Record the notification'}
          </button>
        </div>
      </CheckAnswers>
    );
  }

  return (
    <form onSubmit={submit} noValidate className="narrow record-form">
      {form.kept ? <KeptNotice what="the notification" /> : null}
      <ErrorSummary items={problems.summary} title={notification ? 'The notification was not saved' : 'The notification was not recorded'} />
      <DateInput
        id={problems.id('dateAware')}
        legend={LABELS.dateAware}
        hint="For example, 27 3 2025. The 5 working days to notify the Panel count from this date."
        error={problems.error('dateAware')}
        errorParts={local.dateAware ? dateAware.parts : undefined}
        value={v.dateAware}
        onChange={(x) => form.setValue('dateAware', x)}
      />
      <DateInput
        id={problems.id('dateNotified')}
        legend={`${LABELS.dateNotified} (if notified)`}
        hint="Leave blank if the Panel has not been notified yet."
        error={problems.error('dateNotified')}
        errorParts={local.dateNotified ? dateNotified.parts : undefined}
        value={v.dateNotified}
        onChange={(x) => form.setValue('dateNotified', x)}
      />
      <Radios id={problems.id('harm')} name="harm" legend={LABELS.harm} error={problems.error('harm')} options={options(HARM_LABELS)} value={v.harm} onChange={(x) => form.setValue('harm', x)} />
      <Radios
        id={problems.id('ageBand')}
        name="ageBand"
        legend={LABELS.ageBand}
        error={problems.error('ageBand')}
        options={options(AGE_LABELS)}
        value={v.ageBand}
        onChange={(x) => form.setValue('ageBand', x)}
      />
      <Radios
        id={problems.id('decision')}
        name="decision"
        legend={LABELS.decision}
        hint="Whether a rapid review will be held."
        error={problems.error('decision')}
        options={options(DECISION_LABELS)}
        value={v.decision}
        onChange={(x) => form.setValue('decision', x)}
      />
      <Field id={problems.id('summary')} label={`${LABELS.summary} (optional)`} hint="No names or details that could identify the child or family." error={problems.error('summary')}>
        {(control) => <textarea {...control} rows={4} value={v.summary} onChange={(e) => form.setValue('summary', e.target.value)} />}
      </Field>
      <Field id={problems.id('themeIds')} label={`${LABELS.themeIds} (optional)`} hint="Start typing a theme, then choose it from the list." error={problems.error('themeIds')}>
        {(control) => <MultiCombobox control={control} noun="themes" options={themes} values={keptIds.read(v.themeIds)} onChange={(x) => form.setValue('themeIds', keptIds.write(x))} />}
      </Field>
      <Field id={problems.id('ref')} label={`${LABELS.ref} (optional)`} hint="Your own reference. Left blank, one is made for you." error={problems.error('ref')}>
        {(control) => <input {...control} className="width-10" value={v.ref} onChange={(e) => form.setValue('ref', e.target.value)} />}
      </Field>
      <div className="button-group">
        <button type="submit" className="primary" disabled={save.isPending}>
          {notification ? (save.isPending ? 'Saving…' : 'Save changes') : 'Continue'}
        </button>
        <Link to={{ pathname: notification ? `/reviews/notifications/${notification.id}` : '/reviews', search }}>Cancel</Link>
      </div>
    </form>
  );
}

/** `/reviews/notifications/new`: record a notification for the partnership in force. */
export function NewNotificationPage() {
  const { filters } = useFilters();
  return (
    <>
      <PageHeader title="Record a serious incident notification" lead="A child's death or serious harm where abuse or neglect is known or suspected." />
      {filters.partnershipId ? <NotificationForm partnershipId={filters.partnershipId} /> : <p className="state">Choose a partnership first.</p>}
    </>
  );
}

/** `/reviews/notifications/:id/edit`. */
export function EditNotificationPage() {
  const { id = '' } = useParams();
  const { asOf } = useFilters();
  const query = useNotificationRecord(id, asOf);
  const n = query.data;
  return (
    <>
      <PageHeader title={n ? `Edit notification ${n.ref}` : 'Edit notification'} />
      <QueryState isLoading={query.isLoading} error={query.error} isEmpty={!query.isLoading && !n} empty="There is no notification with this address, or you may not see it.">
        {n ? <NotificationForm partnershipId={n.partnershipId} notification={n} /> : null}
      </QueryState>
    </>
  );
}
