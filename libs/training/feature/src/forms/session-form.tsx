import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useFilters, useKeptValues, type TrainingDelivery } from '@sli/shared/data-access';
import {
  CheckAnswers,
  Combobox,
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
  useCheckStep,
  useFieldProblems,
} from '@sli/shared/ui';
import { useCourseChoices, useCreateSession, useSessionRecord, useUpdateSession, type SessionRecord } from '../api/training-records';
import { DELIVERY_LABELS, options } from '../lib/record-labels';

const LABELS = { courseId: 'Course', sessionDate: 'Date of the session', capacity: 'Places', delivery: 'How it is delivered', ref: 'Reference' };
type F = keyof typeof LABELS;

/** Adds a session of a course (then "check your answers"), or edits one. */
function SessionForm({ partnershipId, session, courseId }: { partnershipId: string; session?: SessionRecord; courseId?: string }) {
  const navigate = useNavigate();
  const { search } = useFilters();
  const form = useKeptValues(`training-session:${session?.id ?? `new:${partnershipId}:${courseId ?? ''}`}`, {
    courseId: session?.course.id ?? courseId ?? '',
    sessionDate: isoToKept(session?.sessionDate),
    capacity: session ? String(session.capacity) : '',
    delivery: (session?.delivery ?? 'IN_PERSON') as string,
    ref: session?.ref ?? '',
  });
  const v = form.values;
  const courses = useCourseChoices(partnershipId);
  const courseOptions = courses.data ?? [];
  const create = useCreateSession();
  const update = useUpdateSession(session?.id ?? '');
  const save = session ? update : create;
  const [local, setLocal] = useState<Partial<Record<F, string>>>({});
  const problems = useFieldProblems(save.error, LABELS, 'session', { local });
  const step = useCheckStep();
  const date = parseKeptDate(v.sessionDate, LABELS.sessionDate);
  const capacity = /^\d{1,5}$/.test(v.capacity.trim()) ? Number(v.capacity.trim()) : NaN;
  const back = session
    ? { pathname: `/training/sessions/${session.id}`, search }
    : courseId
      ? { pathname: `/training/courses/${courseId}`, search }
      : { pathname: '/training', search };

  function submit(e: FormEvent) {
    e.preventDefault();
    const p: Partial<Record<F, string>> = {};
    if (!v.courseId) p.courseId = 'Choose the course';
    if (date.problem) p.sessionDate = date.problem;
    else if (!date.value) p.sessionDate = 'Enter the date of the session';
    if (!v.capacity.trim()) p.capacity = 'Enter the number of places';
    else if (!(capacity >= 1 && capacity <= 10000)) p.capacity = 'Places must be a whole number from 1 to 10,000';
    setLocal(p);
    if (Object.keys(p).length > 0) return;
    if (session) send();
    else step.check();
  }

  function send() {
    const input = {
      courseId: v.courseId,
      sessionDate: date.value as string,
      capacity,
      delivery: v.delivery as TrainingDelivery,
      ...(v.ref.trim() ? { ref: v.ref.trim() } : {}),
    };
    const title = courseOptions.find((c) => c.value === v.courseId)?.label ?? 'the course';
    const done = (saved: { id: string }, verb: string) =>
      navigate({ pathname: `/training/sessions/${saved.id}`, search }, { state: { flash: `Session of “${title}” on ${formatDate(input.sessionDate)} ${verb}.` } });
    if (session) update.mutate(input, { onError: step.back, onSuccess: (s) => done(s, 'saved') });
    else create.mutate(input, { onError: step.back, onSuccess: (s) => done(s, 'added') });
  }

  if (step.checking) {
    return (
      <CheckAnswers
        title="Check your answers before adding the session"
        onChange={(f) => step.change(problems.id(f as F))}
        rows={[
          { key: LABELS.courseId, field: 'courseId', value: courseOptions.find((c) => c.value === v.courseId)?.label },
          { key: LABELS.sessionDate, field: 'sessionDate', value: formatDate(date.value) },
          { key: LABELS.capacity, field: 'capacity', value: String(capacity) },
          { key: LABELS.delivery, field: 'delivery', value: DELIVERY_LABELS[v.delivery as TrainingDelivery] },
          { key: LABELS.ref, field: 'ref', value: v.ref.trim() || 'Made for you when added' },
        ]}
      >
        <div className="button-group">
          <button type="button" className="primary" disabled={save.isPending} onClick={send}>
            {save.isPending ? 'Adding…' : 'Add the session'}
          </button>
        </div>
      </CheckAnswers>
    );
  }

  return (
    <form onSubmit={submit} noValidate className="narrow record-form">
      {form.kept ? <KeptNotice what="the session" /> : null}
      <ErrorSummary items={problems.summary} title={session ? 'The session was not saved' : 'The session was not added'} />
      <Field id={problems.id('courseId')} label={LABELS.courseId} hint="Start typing the course’s title, then choose it from the list." error={problems.error('courseId')}>
        {(control) =>
          courses.isLoading ? (
            <p className="state">Loading the courses…</p>
          ) : (
            <Combobox control={control} noun="courses" options={courseOptions} value={v.courseId} onChange={(x) => form.setValue('courseId', x)} />
          )
        }
      </Field>
      <DateInput
        id={problems.id('sessionDate')}
        legend={LABELS.sessionDate}
        hint="For example, 14 5 2026. The session counts in the reporting year of this date."
        error={problems.error('sessionDate')}
        errorParts={local.sessionDate ? date.parts : undefined}
        value={v.sessionDate}
        onChange={(x) => form.setValue('sessionDate', x)}
      />
      <Field id={problems.id('capacity')} label={LABELS.capacity} hint="How many people can book." error={problems.error('capacity')}>
        {(control) => <input {...control} className="width-10" inputMode="numeric" autoComplete="off" value={v.capacity} onChange={(e) => form.setValue('capacity', e.target.value)} />}
      </Field>
      <Radios
        id={problems.id('delivery')}
        name="delivery"
        legend={LABELS.delivery}
        error={problems.error('delivery')}
        options={options(DELIVERY_LABELS)}
        value={v.delivery}
        onChange={(x) => form.setValue('delivery', x)}
      />
      <Field id={problems.id('ref')} label={`${LABELS.ref} (optional)`} hint="Your own reference. Left blank, one is made for you." error={problems.error('ref')}>
        {(control) => <input {...control} className="width-10" value={v.ref} onChange={(e) => form.setValue('ref', e.target.value)} />}
      </Field>
      <div className="button-group">
        <button type="submit" className="primary" disabled={save.isPending}>
          {session ? (save.isPending ? 'Saving…' : 'Save changes') : 'Continue'}
        </button>
        <Link to={back}>Cancel</Link>
      </div>
    </form>
  );
}

/** `/training/sessions/new` (`?courseId=` chooses the course): a session for the partnership in force. */
export function NewSessionPage() {
  const { filters } = useFilters();
  const [params] = useSearchParams();
  const courseId = params.get('courseId') ?? undefined;
  return (
    <>
      <PageHeader title="Add a training session" lead="One run of a course, on one date, with its own register." />
      {filters.partnershipId ? <SessionForm partnershipId={filters.partnershipId} courseId={courseId} /> : <p className="state">Choose a partnership first.</p>}
    </>
  );
}

/** `/training/sessions/:id/edit`. */
export function EditSessionPage() {
  const { id = '' } = useParams();
  const query = useSessionRecord(id);
  const session = query.data;
  return (
    <>
      <PageHeader title={session ? `Edit the session of “${session.course.title}”` : 'Edit a session'} lead={session ? `On ${formatDate(session.sessionDate)}.` : undefined} />
      <QueryState isLoading={query.isLoading} error={query.error} isEmpty={!query.isLoading && !session} empty="There is no session with this address, or you may not see it.">
        {session ? <SessionForm partnershipId={session.partnershipId} session={session} /> : null}
      </QueryState>
    </>
  );
}
