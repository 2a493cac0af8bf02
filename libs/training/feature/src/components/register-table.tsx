import { Link, useNavigate } from 'react-router';
import { useCan, useFilters } from '@sli/shared/data-access';
import { ConfirmButton, DownloadButtons, ErrorSummary, exportList, formatDate, useFieldProblems } from '@sli/shared/ui';
import { useDeleteBooking, type Booking, type SessionRecord } from '../api/training-records';

const NO_FIELDS = {};

/** "Confidence 2 → 4, satisfaction 5", or why there is none. */
function evaluationWords(b: Booking): string {
  const e = b.evaluation;
  if (!e) return b.attended ? 'Not recorded' : '–';
  return `Confidence ${e.confidenceBefore} → ${e.confidenceAfter}${e.satisfaction ? `, satisfaction ${e.satisfaction} of 5` : ''} (${formatDate(e.submittedOn)})`;
}

function followUpWords(b: Booking): string {
  const f = b.followUp;
  if (!f) return b.attended ? 'Not sent' : '–';
  if (!f.respondedOn) return `Sent ${formatDate(f.sentOn)}, no answer yet`;
  return `${f.changedPractice ? 'Changed practice' : 'Practice not changed'} (answered ${formatDate(f.respondedOn)})`;
}

/**
 * A session's register: each booking's agency, role (never a name), whether they came, their
 * evaluation and follow-up; for admins, Change, Remove, and the evaluation and follow-up forms of
 * those who attended. With `controls` (the session's page) it downloads as a training-register sheet.
 */
export function RegisterTable({ session, title, controls = false }: { session: SessionRecord; title: string; controls?: boolean }) {
  const can = useCan();
  const { search } = useFilters();
  const navigate = useNavigate();
  const remove = useDeleteBooking();
  const problems = useFieldProblems(remove.error, NO_FIELDS, 'booking-delete');
  const base = `/training/sessions/${session.id}/register`;
  const canChange = controls && can('updateTrainingAttendance');
  const canRemove = controls && can('deleteTrainingAttendance');
  const canEvaluate = controls && can('recordTrainingEvaluation');
  const canFollowUp = controls && can('recordTrainingFollowUp');
  const actions = canChange || canRemove;
  return (
    <section aria-labelledby="register">
      <h2 id="register">{title}</h2>
      <ErrorSummary items={problems.summary} title="The booking was not removed" />
      {session.attendances.length === 0 ? (
        <p className="state">No one is on the register yet.</p>
      ) : (
        <>
          {controls ? (
            <DownloadButtons
              what={`the register of ${session.ref}`}
              hint="With the columns the training-register import reads: change it in a spreadsheet and import it back."
              download={(format) =>
                exportList(format, { list: 'training-register', variables: { filter: { partnershipId: session.partnershipId, sessionId: session.id } } })
              }
            />
          ) : null}
          <div className="table-scroll" tabIndex={0} role="region" aria-label={title}>
            {/* Stacked on a phone, each booking a card under its agency. */}
            <table className="stackable" data-testid="register">
              <caption className="visually-hidden">
                {title}: {session.attendances.length} bookings, in the order they were booked
              </caption>
              <thead>
                <tr>
                  <th scope="col">Agency</th>
                  <th scope="col">Role</th>
                  <th scope="col">Attended</th>
                  <th scope="col">Evaluation</th>
                  <th scope="col">Follow-up</th>
                  {actions ? <th scope="col">Booking</th> : null}
                </tr>
              </thead>
              <tbody>
                {session.attendances.map((b, i) => {
                  const who = `booking ${i + 1} (${b.agency.name}${b.role ? `, ${b.role}` : ''})`;
                  return (
                    <tr key={b.id}>
                      <th scope="row">{b.agency.name}</th>
                      <td data-label="Role">{b.role ?? <span className="hint">Not given</span>}</td>
                      <td data-label="Attended">{b.attended ? 'Yes' : 'No'}</td>
                      <td data-label="Evaluation">
                        <div className="cell">
                          {evaluationWords(b)}
                          {canEvaluate && b.attended ? (
                            <>
                              <br />
                              <Link to={{ pathname: `${base}/${b.id}/evaluation`, search }}>
                                {b.evaluation ? 'Change the evaluation' : 'Record the evaluation'}
                                <span className="visually-hidden"> of {who}</span>
                              </Link>
                            </>
                          ) : null}
                        </div>
                      </td>
                      <td data-label="Follow-up">
                        <div className="cell">
                          {followUpWords(b)}
                          {canFollowUp && b.attended ? (
                            <>
                              <br />
                              <Link to={{ pathname: `${base}/${b.id}/follow-up`, search }}>
                                {b.followUp ? 'Change the follow-up' : 'Record the follow-up'}
                                <span className="visually-hidden"> of {who}</span>
                              </Link>
                            </>
                          ) : null}
                        </div>
                      </td>
                      {actions ? (
                        <td data-label="Booking">
                          <div className="record-actions">
                            {canChange ? (
                              <Link to={{ pathname: `${base}/${b.id}/edit`, search }}>
                                Change<span className="visually-hidden"> {who}</span>
                              </Link>
                            ) : null}
                            {canRemove ? (
                              <ConfirmButton
                                label={
                                  <>
                                    Remove<span className="visually-hidden"> {who}</span>
                                  </>
                                }
                                question={`Remove ${who} from the register${b.evaluation || b.followUp ? ', with its evaluation and follow-up' : ''}? The change history keeps it.`}
                                confirmLabel="Yes, remove it"
                                pending={remove.isPending}
                                onConfirm={() =>
                                  remove.mutate(b.id, {
                                    onSuccess: () =>
                                      navigate({ pathname: `/training/sessions/${session.id}`, search, hash: 'register' }, { state: { flash: `Removed ${who} from the register.` } }),
                                  })
                                }
                              />
                            ) : null}
                          </div>
                        </td>
                      ) : null}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
