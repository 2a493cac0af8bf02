import { Link, useNavigate, useParams } from 'react-router';
import { useCan, useFilters } from '@sli/shared/data-access';
import { ConfirmButton, ErrorSummary, FlashMessage, PageHeader, QueryState, formatCount, formatDate, useFieldProblems } from '@sli/shared/ui';
import { useCourseRecord, useDeleteCourse } from './api/training-records';
import { DELIVERY_LABELS, hoursWords } from './lib/record-labels';

const NO_FIELDS = {};

/** One training course: what it is, and every session of it with its places; for admins, add a session, edit and delete. */
export function CoursePage() {
  const { id = '' } = useParams();
  const { search } = useFilters();
  const can = useCan();
  const navigate = useNavigate();
  const query = useCourseRecord(id);
  const remove = useDeleteCourse();
  const deleteProblems = useFieldProblems(remove.error, NO_FIELDS, 'course-delete');
  const c = query.data;
  return (
    <>
      <PageHeader
        title={c ? c.title : 'Training course'}
        lead={c ? `${c.multiAgency ? 'Multi-agency' : 'Single-agency'} training course.` : undefined}
        actions={
          <Link to={{ pathname: '/training', search, hash: 'training-courses' }} className="no-print">
            Back to training
          </Link>
        }
      />
      <FlashMessage />
      <QueryState isLoading={query.isLoading} error={query.error} isEmpty={!query.isLoading && !c} empty="There is no course with this address, or you may not see it.">
        {c ? (
          <>
            <ErrorSummary items={deleteProblems.summary} title="The course was not deleted" />
            {can('createTrainingSession') || can('updateTrainingCourse') || can('deleteTrainingCourse') ? (
              <div className="record-actions no-print">
                {can('createTrainingSession') ? (
                  <Link className="button" to={{ pathname: '/training/sessions/new', search: withParam(search, 'courseId', c.id) }}>
                    Add a session
                  </Link>
                ) : null}
                {can('updateTrainingCourse') ? (
                  <Link className="button secondary" to={{ pathname: `/training/courses/${c.id}/edit`, search }}>
                    Edit the course
                  </Link>
                ) : null}
                {can('deleteTrainingCourse') ? (
                  <ConfirmButton
                    label="Delete the course"
                    question={`Delete the course “${c.title}”? The change history keeps it.`}
                    confirmLabel="Yes, delete it"
                    pending={remove.isPending}
                    onConfirm={() =>
                      remove.mutate(c.id, {
                        onSuccess: (gone) => navigate({ pathname: '/training', search }, { state: { flash: `Course “${gone.title}” deleted.` } }),
                      })
                    }
                  />
                ) : null}
              </div>
            ) : null}
            <dl className="details" data-testid="course-details">
              <div>
                <dt>Description</dt>
                <dd>{c.description ?? 'Not recorded'}</dd>
              </div>
              <div>
                <dt>Length</dt>
                <dd>{c.durationHours ? hoursWords(c.durationHours) : 'Not recorded'}</dd>
              </div>
              <div>
                <dt>Themes</dt>
                <dd>{c.themes.length ? c.themes.map((t) => t.name).join(', ') : 'None'}</dd>
              </div>
              <div>
                <dt>Reference</dt>
                <dd>{c.ref}</dd>
              </div>
            </dl>
            <h2>Sessions</h2>
            {c.sessions.length === 0 ? (
              <p className="state">No sessions of this course yet.</p>
            ) : (
              <div className="table-scroll">
                <table data-testid="course-sessions">
                  <caption className="visually-hidden">Sessions of {c.title}, by date</caption>
                  <thead>
                    <tr>
                      <th scope="col">Date</th>
                      <th scope="col">Delivery</th>
                      <th scope="col" className="num">
                        Places
                      </th>
                      <th scope="col" className="num">
                        Booked
                      </th>
                      <th scope="col" className="num">
                        Attended
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {c.sessions.map((s) => (
                      <tr key={s.id}>
                        <th scope="row">
                          <Link to={{ pathname: `/training/sessions/${s.id}`, search }}>{formatDate(s.sessionDate)}</Link>
                        </th>
                        <td>{DELIVERY_LABELS[s.delivery]}</td>
                        <td className="num">{formatCount(s.capacity)}</td>
                        <td className="num">{formatCount(s.booked)}</td>
                        <td className="num">{formatCount(s.attended)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </>
        ) : null}
      </QueryState>
    </>
  );
}

/** The filters' search with one parameter added. */
function withParam(search: string, key: string, value: string): string {
  const params = new URLSearchParams(search);
  params.set(key, value);
  return `?${params.toString()}`;
}
