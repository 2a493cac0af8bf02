import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { meetingProblems } from '@sli/groups-domain';
import { todayInEngland } from '@sli/shared/domain';
import { useFilters, useKeptValues, type MeetingStatus } from '@sli/shared/data-access';
import {
  CheckAnswers,
  DateInput,
  ErrorSummary,
  Field,
  KeptNotice,
  PageHeader,
  QueryState,
  Radios,
  formatDate,
  isoToKept,
  parseKeptDate,
  sentence,
  useCheckStep,
  useFieldProblems,
} from '@sli/shared/ui';
import { useCreateMeeting, useGroup, useMeeting, useUpdateMeeting, type GroupDetail, type MeetingDetail } from '../api/groups';
import { MEETING_STATUS_LABELS } from '../lib/labels';

const LABELS = { meetsOn: 'Date', status: 'Status', minutes: 'Minutes' };
type F = keyof typeof LABELS;

/** Adds a meeting to a group (then "check your answers"), or records it held with its minutes. */
function MeetingForm({ group, meeting }: { group: Pick<GroupDetail, 'id' | 'name'>; meeting?: MeetingDetail }) {
  const navigate = useNavigate();
  const { search } = useFilters();
  const form = useKeptValues(`meeting:${meeting?.id ?? `new:${group.id}`}`, {
    meetsOn: isoToKept(meeting?.meetsOn),
    status: (meeting?.status ?? 'PLANNED') as string,
    minutes: meeting?.minutes ?? '',
  });
  const v = form.values;
  const create = useCreateMeeting();
  const update = useUpdateMeeting(meeting?.id ?? '');
  const save = meeting ? update : create;
  const [local, setLocal] = useState<Partial<Record<F, string>>>({});
  const problems = useFieldProblems(save.error, LABELS, 'meeting', { local });
  const step = useCheckStep();
  const meetsOn = parseKeptDate(v.meetsOn, LABELS.meetsOn);
  const status = (v.status || null) as MeetingStatus | null;
  const back = meeting ? { pathname: `/groups/${group.id}/meetings/${meeting.id}`, search } : { pathname: `/groups/${group.id}`, search, hash: 'group-meetings' };

  function submit(e: FormEvent) {
    e.preventDefault();
    const p: Partial<Record<F, string>> = {};
    if (meetsOn.problem) p.meetsOn = meetsOn.problem;
    else if (!meetsOn.value) p.meetsOn = 'Enter the date of the meeting';
    if (!status) p.status = 'Select planned or held';
    if (v.minutes.length > 20000) p.minutes = 'Minutes must be 20,000 characters or fewer';
    if (status && meetsOn.value) {
      const rules = meetingProblems({ meetsOn: meetsOn.value, status: status === 'HELD' ? 'held' : 'planned', minutes: v.minutes.trim() || null }, todayInEngland());
      for (const r of rules) p[r.field as F] ??= sentence(LABELS[r.field as F], r.message);
    }
    setLocal(p);
    if (Object.keys(p).length > 0) return;
    if (meeting) send();
    else step.check();
  }

  function send() {
    if (!status || !meetsOn.value) return;
    const fields = { meetsOn: meetsOn.value, status, minutes: v.minutes.trim() || null };
    const done = (m: { id: string; meetsOn: string }, verb: string) =>
      navigate({ pathname: `/groups/${group.id}/meetings/${m.id}`, search }, { state: { flash: `Meeting on ${formatDate(m.meetsOn)} ${verb}.` } });
    if (meeting) update.mutate(fields, { onError: step.back, onSuccess: (m) => done(m, 'saved') });
    else create.mutate({ ...fields, groupId: group.id }, { onError: step.back, onSuccess: (m) => done(m, 'added') });
  }

  if (step.checking && status && meetsOn.value) {
    return (
      <CheckAnswers
        title="Check your answers before adding the meeting"
        onChange={(f) => step.change(problems.id(f as F))}
        rows={[
          { key: LABELS.meetsOn, field: 'meetsOn', value: formatDate(meetsOn.value) },
          { key: LABELS.status, field: 'status', value: MEETING_STATUS_LABELS[status] },
          { key: LABELS.minutes, field: 'minutes', value: v.minutes.trim() || 'None' },
        ]}
      >
        <div className="button-group">
          <button type="button" className="primary" disabled={save.isPending} onClick={send}>
            {save.isPending ? 'Adding…' : 'Add the meeting'}
          </button>
        </div>
      </CheckAnswers>
    );
  }

  return (
    <form onSubmit={submit} noValidate className="narrow record-form">
      {form.kept ? <KeptNotice what="the meeting" /> : null}
      <ErrorSummary items={problems.summary} title={meeting ? 'The meeting was not saved' : 'The meeting was not added'} />
      <DateInput
        id={problems.id('meetsOn')}
        legend={LABELS.meetsOn}
        hint="For example 13 7 2026."
        error={problems.error('meetsOn')}
        errorParts={local.meetsOn ? meetsOn.parts : undefined}
        value={v.meetsOn}
        onChange={(x) => form.setValue('meetsOn', x)}
      />
      <Radios
        id={problems.id('status')}
        name="meeting-status"
        legend={LABELS.status}
        error={problems.error('status')}
        options={[
          { value: 'PLANNED', label: 'Planned', hint: 'Still to come.' },
          { value: 'HELD', label: 'Held', hint: 'It has taken place: record its minutes.' },
        ]}
        value={v.status}
        onChange={(x) => form.setValue('status', x)}
      />
      {status === 'HELD' ? (
        <Field id={problems.id('minutes')} label={`${LABELS.minutes} (optional)`} error={problems.error('minutes')}>
          {(control) => <textarea {...control} rows={6} value={v.minutes} onChange={(e) => form.setValue('minutes', e.target.value)} />}
        </Field>
      ) : null}
      <div className="button-group">
        <button type="submit" className="primary" disabled={save.isPending}>
          {meeting ? (save.isPending ? 'Saving…' : 'Save changes') : 'Continue'}
        </button>
        <Link to={back}>Cancel</Link>
      </div>
    </form>
  );
}

/** `/groups/:id/meetings/new` and `/groups/:id/meetings/:meetingId/edit`. */
export function MeetingFormPage() {
  const { id = '', meetingId } = useParams();
  const groupQuery = useGroup(meetingId ? '' : id);
  const meetingQuery = useMeeting(meetingId ?? '');
  const meeting = meetingQuery.data?.meeting ?? undefined;
  const group = meetingId ? meeting?.group : groupQuery.data?.group;
  const query = meetingId ? meetingQuery : groupQuery;
  return (
    <>
      <PageHeader title={meeting ? `Edit the meeting on ${formatDate(meeting.meetsOn)}` : 'Add a meeting'} lead={group ? `Of ${group.name}.` : undefined} />
      <QueryState isLoading={query.isLoading} error={query.error} isEmpty={!query.isLoading && !group} empty="There is no such group or meeting, or you may not see it.">
        {group ? <MeetingForm group={group} meeting={meeting} /> : null}
      </QueryState>
    </>
  );
}
