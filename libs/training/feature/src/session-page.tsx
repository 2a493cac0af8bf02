import { Link, useNavigate, useParams } from 'react-router';
import { useCan, useFilters } from '@sli/shared/data-access';
import { ConfirmButton, ErrorSummary, FlashMessage, PageHeader, QueryState, formatCount, formatDate, useFieldProblems } from '@sli/shared/ui';
import { useDeleteSession, useSessionRecord } from './api/training-records';
import { RegisterTable } from './components/register-table';
import { placesWords } from './forms/booking-form';
import { DELIVERY_LABELS, hoursWords } from './lib/record-labels';

const NO_FIELDS = {};

/** One training session: its course, date and places, and its register; for admins, the register's forms, edit and delete. */
export function SessionPage() {
  const { id = '' } = useParams();
  const { search } = useFilters();
  const can = useCan();
  const navigate = useNavigate();
  const query = useSessionRecord(id);
  const remove = useDeleteSession();
  const deleteProblems = useFieldProblems(remove.error, NO_FIELDS, 'session-delete');
  const s = query.data;
  const full = s ? s.booked >= s.capacity : false;
  return (
    <>
      <PageHeader
        title={s ? `Session of “${s.course.title}”` : 'Training session'}
        lead={s ? `On ${formatDate(s.sessionDate)}, ${DELIVERY_LABELS[s.delivery].toLowerCase()}.` : undefined}
        actions={
          <Link to={{ pathname: '/training', search, hash: 'training-sessions' }} className="no-print">
            Back to training
          </Link>
        }
      />
      <FlashMessage />
      <QueryState isLoading={query.isLoading} error={query.error} isEmpty={!query.isLoading && !s} empty="There is no session with this address, or you may not see it.">
        {s ? (
          <>
            <ErrorSummary items={deleteProblems.summary} title="The session was not deleted" />
            {can('createTrainingAttendance') || can('updateTrainingSession') || can('deleteTrainingSession') ? (
              <div className="record-actions no-print">
                {can('createTrainingAttendance') && !full ? (
                  <Link className="button" to={{ pathname: `/training/sessions/${s.id}/register/new`, search }}>
                    Add to the register
                  </Link>
                ) : null}
                {can('updateTrainingSession') ? (
                  <Link className="button secondary" to={{ pathname: `/training/sessions/${s.id}/edit`, search }}>
                    Edit the session
                  </Link>
                ) : null}
                {can('deleteTrainingSession') ? (
                  <ConfirmButton
                    label="Delete the session"
                    question={`Delete the session of “${s.course.title}” on ${formatDate(s.sessionDate)}? The change history keeps it.`}
                    confirmLabel="Yes, delete it"
                    pending={remove.isPending}
                    onConfirm={() =>
                      remove.mutate(s.id, {
                        onSuccess: () =>
                          navigate({ pathname: `/training/courses/${s.course.id}`, search }, { state: { flash: `Session of ${formatDate(s.sessionDate)} deleted.` } }),
                      })
                    }
                  />
                ) : null}
              </div>
            ) : null}
            <dl className="details" data-testid="session-details">
              <div>
                <dt>Course</dt>
                <dd>
                  <Link to={{ pathname: `/training/courses/${s.course.id}`, search }}>{s.course.title}</Link>
                  <span className="hint">
                    {' '}
                    ({s.course.multiAgency ? 'multi-agency' : 'single agency'}
                    {s.course.durationHours ? `, ${hoursWords(s.course.durationHours)}` : ''})
                  </span>
                </dd>
              </div>
              <div>
                <dt>Date</dt>
                <dd>{formatDate(s.sessionDate)}</dd>
              </div>
              <div>
                <dt>Delivery</dt>
                <dd>{DELIVERY_LABELS[s.delivery]}</dd>
              </div>
              <div>
                <dt>Places</dt>
                <dd data-testid="session-places">{placesWords(s)}{full ? ' (full)' : ''}</dd>
              </div>
              <div>
                <dt>Attended</dt>
                <dd>
                  {formatCount(s.attended)} attended, {formatCount(s.didNotAttend)} did not attend
                </dd>
              </div>
              <div>
                <dt>Themes</dt>
                <dd>{s.course.themes.length ? s.course.themes.map((t) => t.name).join(', ') : 'None'}</dd>
              </div>
              <div>
                <dt>Reference</dt>
                <dd>{s.ref}</dd>
              </div>
            </dl>
            <RegisterTable session={s} title="Register" controls />
          </>
        ) : null}
      </QueryState>
    </>
  );
}
