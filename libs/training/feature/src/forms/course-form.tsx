import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useFilters, useKeptValues, usePartnershipChoices } from '@sli/shared/data-access';
import { CheckAnswers, ErrorSummary, Field, KeptNotice, MultiCombobox, PageHeader, QueryState, Radios, keptIds, useCheckStep, useFieldProblems } from '@sli/shared/ui';
import { useCourseRecord, useCreateCourse, useUpdateCourse, type CourseRecord } from '../api/training-records';
import { hoursWords } from '../lib/record-labels';

const LABELS = {
  title: 'Title',
  description: 'Description',
  durationHours: 'Length in hours',
  multiAgency: 'Who the course is for',
  themeIds: 'Themes',
  ref: 'Reference',
};
type F = keyof typeof LABELS;
const AUDIENCE = [
  { value: 'yes', label: 'Multi-agency', hint: 'Practitioners from the partnership’s agencies learn together.' },
  { value: 'no', label: 'Single agency', hint: 'Run by one agency for its own staff.' },
];

/** "1.5" → 1.5; blank → null; anything else (or more than two decimals, 0, over 999.99) → undefined. */
function readHours(text: string): number | null | undefined {
  const t = text.trim();
  if (!t) return null;
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(t)) return undefined;
  const n = Number(t);
  return n > 0 ? n : undefined;
}

/** Adds a training course (then "check your answers"), or edits one. */
function CourseForm({ partnershipId, course }: { partnershipId: string; course?: CourseRecord }) {
  const navigate = useNavigate();
  const { search } = useFilters();
  const form = useKeptValues(`training-course:${course?.id ?? `new:${partnershipId}`}`, {
    title: course?.title ?? '',
    description: course?.description ?? '',
    durationHours: course?.durationHours != null ? String(course.durationHours) : '',
    multiAgency: course ? (course.multiAgency ? 'yes' : 'no') : 'yes',
    themeIds: keptIds.write(course?.themes.map((t) => t.id) ?? []),
    ref: course?.ref ?? '',
  });
  const v = form.values;
  const themes = usePartnershipChoices(partnershipId).data?.themes ?? [];
  const create = useCreateCourse();
  const update = useUpdateCourse(course?.id ?? '');
  const save = course ? update : create;
  const [local, setLocal] = useState<Partial<Record<F, string>>>({});
  const problems = useFieldProblems(save.error, LABELS, 'course', { local });
  const step = useCheckStep();
  const hours = readHours(v.durationHours);
  const back = course ? { pathname: `/training/courses/${course.id}`, search } : { pathname: '/training', search };

  function submit(e: FormEvent) {
    e.preventDefault();
    const p: Partial<Record<F, string>> = {};
    if (!v.title.trim()) p.title = 'Enter the title of the course';
    if (hours === undefined) p.durationHours = 'Length in hours must be a number of hours above 0, for example 1.5, with at most two decimals';
    setLocal(p);
    if (Object.keys(p).length > 0) return;
    if (course) send();
    else step.check();
  }

  function send() {
    const input = {
      title: v.title.trim(),
      description: v.description.trim() || null,
      durationHours: hours ?? null,
      multiAgency: v.multiAgency === 'yes',
      themeIds: keptIds.read(v.themeIds),
      ...(v.ref.trim() ? { ref: v.ref.trim() } : {}),
    };
    const done = (saved: { id: string; title: string }, verb: string) =>
      navigate({ pathname: `/training/courses/${saved.id}`, search }, { state: { flash: `Course “${saved.title}” ${verb}.` } });
    if (course) update.mutate(input, { onError: step.back, onSuccess: (s) => done(s, 'saved') });
    else create.mutate({ ...input, partnershipId }, { onError: step.back, onSuccess: (s) => done(s, 'added') });
  }

  if (step.checking) {
    return (
      <CheckAnswers
        title="Check your answers before adding the course"
        onChange={(f) => step.change(problems.id(f as F))}
        rows={[
          { key: LABELS.title, field: 'title', value: v.title.trim() },
          { key: LABELS.description, field: 'description', value: v.description.trim() },
          { key: LABELS.durationHours, field: 'durationHours', value: hoursWords(hours) },
          { key: LABELS.multiAgency, field: 'multiAgency', value: AUDIENCE.find((a) => a.value === v.multiAgency)?.label },
          { key: LABELS.themeIds, field: 'themeIds', value: keptIds.read(v.themeIds).map((id) => themes.find((t) => t.value === id)?.label ?? id).join(', ') },
          { key: LABELS.ref, field: 'ref', value: v.ref.trim() || 'Made for you when added' },
        ]}
      >
        <div className="button-group">
          <button type="button" className="primary" disabled={save.isPending} onClick={send}>
            {save.isPending ? 'Adding…' : 'Add the course'}
          </button>
        </div>
      </CheckAnswers>
    );
  }

  return (
    <form onSubmit={submit} noValidate className="narrow record-form">
      {form.kept ? <KeptNotice what="the course" /> : null}
      <ErrorSummary items={problems.summary} title={course ? 'The course was not saved' : 'The course was not added'} />
      <Field id={problems.id('title')} label={LABELS.title} error={problems.error('title')}>
        {(control) => <input {...control} value={v.title} onChange={(e) => form.setValue('title', e.target.value)} />}
      </Field>
      <Field id={problems.id('description')} label={`${LABELS.description} (optional)`} hint="What practitioners learn, in a sentence or two." error={problems.error('description')}>
        {(control) => <textarea {...control} rows={3} value={v.description} onChange={(e) => form.setValue('description', e.target.value)} />}
      </Field>
      <Field id={problems.id('durationHours')} label={`${LABELS.durationHours} (optional)`} hint="For example, 3 or 1.5." error={problems.error('durationHours')}>
        {(control) => (
          <input {...control} className="width-10" inputMode="decimal" autoComplete="off" value={v.durationHours} onChange={(e) => form.setValue('durationHours', e.target.value)} />
        )}
      </Field>
      <Radios
        id={problems.id('multiAgency')}
        name="multiAgency"
        legend={LABELS.multiAgency}
        error={problems.error('multiAgency')}
        options={AUDIENCE}
        value={v.multiAgency}
        onChange={(x) => form.setValue('multiAgency', x)}
      />
      <Field id={problems.id('themeIds')} label={`${LABELS.themeIds} (optional)`} hint="Start typing a theme, then choose it from the list." error={problems.error('themeIds')}>
        {(control) => <MultiCombobox control={control} noun="themes" options={themes} values={keptIds.read(v.themeIds)} onChange={(x) => form.setValue('themeIds', keptIds.write(x))} />}
      </Field>
      <Field id={problems.id('ref')} label={`${LABELS.ref} (optional)`} hint="Your own reference. Left blank, one is made for you." error={problems.error('ref')}>
        {(control) => <input {...control} className="width-10" value={v.ref} onChange={(e) => form.setValue('ref', e.target.value)} />}
      </Field>
      <div className="button-group">
        <button type="submit" className="primary" disabled={save.isPending}>
          {course ? (save.isPending ? 'Saving…' : 'Save changes') : 'Continue'}
        </button>
        <Link to={back}>Cancel</Link>
      </div>
    </form>
  );
}

/** `/training/courses/new`: a course for the partnership in force. */
export function NewCoursePage() {
  const { filters } = useFilters();
  return (
    <>
      <PageHeader title="Add a training course" lead="A course is run as one or more sessions; each session has its own register." />
      {filters.partnershipId ? <CourseForm partnershipId={filters.partnershipId} /> : <p className="state">Choose a partnership first.</p>}
    </>
  );
}

/** `/training/courses/:id/edit`. */
export function EditCoursePage() {
  const { id = '' } = useParams();
  const query = useCourseRecord(id);
  const course = query.data;
  return (
    <>
      <PageHeader title={course ? `Edit the course “${course.title}”` : 'Edit a course'} />
      <QueryState isLoading={query.isLoading} error={query.error} isEmpty={!query.isLoading && !course} empty="There is no course with this address, or you may not see it.">
        {course ? <CourseForm partnershipId={course.partnershipId} course={course} /> : null}
      </QueryState>
    </>
  );
}
