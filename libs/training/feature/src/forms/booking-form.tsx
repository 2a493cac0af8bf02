import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useFilters, useKeptValues, usePartnershipChoices } from '@sli/shared/data-access';
import { Combobox, ErrorSummary, Field, KeptNotice, PageHeader, QueryState, Radios, formatDate, formatCount, useFieldProblems } from '@sli/shared/ui';
import { useCreateBooking, useSessionRecord, useUpdateBooking, type Booking, type SessionRecord } from '../api/training-records';
import { RegisterTable } from '../components/register-table';

const LABELS = { agencyId: 'Agency', role: 'Role', attended: 'Did they attend?', sessionId: 'Session' };
type F = keyof typeof LABELS;
const ATTENDED = [
  { value: 'yes', label: 'Yes, attended' },
  { value: 'no', label: 'No, did not attend' },
];

/** "12 of 25 places booked". */
export const placesWords = (s: Pick<SessionRecord, 'booked' | 'capacity'>) => `${formatCount(s.booked)} of ${formatCount(s.capacity)} places booked`;

/**
 * Books a place on the session's register, or changes a booking. Adding stays on the form, ready for
 * the next person: the agency is emptied and takes focus, the role and the answer to "did they attend"
 * stay (people of one role or one sitting often come together), and the running count of places
 * updates. No "check your answers" here: the register below shows each booking as it is added, with
 * its Change and Remove, which is the check for a list of twenty people.
 */
function BookingForm({ session, booking }: { session: SessionRecord; booking?: Booking }) {
  const navigate = useNavigate();
  const { search } = useFilters();
  const initial = { agencyId: booking?.agencyId ?? '', role: booking?.role ?? '', attended: booking ? (booking.attended ? 'yes' : 'no') : '' };
  const form = useKeptValues(`training-booking:${booking?.id ?? `new:${session.id}`}`, initial);
  const v = form.values;
  const agencies = usePartnershipChoices(session.partnershipId);
  const agencyOptions = agencies.data?.agencies ?? [];
  const create = useCreateBooking();
  const update = useUpdateBooking(booking?.id ?? '');
  const save = booking ? update : create;
  const [local, setLocal] = useState<Partial<Record<F, string>>>({});
  const problems = useFieldProblems(save.error, LABELS, 'booking', { local });
  const [added, setAdded] = useState<{ n: number; words: string } | null>(null);
  // A new Combobox after each booking empties its text; then focus goes back to it.
  const agencyKey = added?.n ?? 0;
  const focusAgency = useRef(false);
  useEffect(() => {
    if (!focusAgency.current) return;
    focusAgency.current = false;
    document.getElementById(problems.id('agencyId'))?.focus();
  }, [agencyKey, problems]);
  const back = { pathname: `/training/sessions/${session.id}`, search, hash: 'register' };
  const full = !booking && session.booked >= session.capacity;

  function submit(e: FormEvent) {
    e.preventDefault();
    const p: Partial<Record<F, string>> = {};
    if (!v.agencyId) p.agencyId = 'Choose the agency the person works for';
    if (v.role.trim().length > 200) p.role = 'Role must be 200 characters or fewer';
    if (!v.attended) p.attended = 'Select whether they attended';
    setLocal(p);
    if (Object.keys(p).length > 0) return;
    const input = { agencyId: v.agencyId, role: v.role.trim() || null, attended: v.attended === 'yes' };
    const agency = agencyOptions.find((a) => a.value === v.agencyId)?.label ?? 'the agency';
    const words = `${agency}${input.role ? `, ${input.role}` : ''}, ${input.attended ? 'attended' : 'did not attend'}`;
    if (booking) {
      update.mutate(input, { onSuccess: () => navigate(back, { state: { flash: `Booking for ${words} saved.` } }) });
    } else {
      create.mutate(
        { ...input, sessionId: session.id },
        {
          onSuccess: () => {
            focusAgency.current = true;
            form.reset({ agencyId: '', role: v.role, attended: v.attended });
            setAdded((a) => ({ n: (a?.n ?? 0) + 1, words }));
          },
        },
      );
    }
  }

  if (full) {
    return (
      <div className="notice" data-testid="register-full">
        <p>
          All {formatCount(session.capacity)} places are booked.{' '}
          <Link to={{ pathname: `/training/sessions/${session.id}/edit`, search }}>Change the number of places</Link> to book more.
        </p>
        <Link to={back}>Back to the session</Link>
      </div>
    );
  }

  return (
    <form onSubmit={submit} noValidate className="narrow record-form">
      {form.kept ? <KeptNotice what="the booking" /> : null}
      <ErrorSummary items={problems.summary} title={booking ? 'The booking was not saved' : 'The booking was not added'} />
      {booking ? null : (
        // One live region, there before anything is added, so each booking and the new count are read out.
        <div role="status">
          {added && !save.error ? (
            <div className="success" data-testid="booking-added">
              <p>Added to the register: {added.words}.</p>
            </div>
          ) : null}
          <p data-testid="places-booked">{placesWords(session)}.</p>
        </div>
      )}
      <Field id={problems.id('agencyId')} label={LABELS.agencyId} hint="The agency the person works for. Start typing, then choose it from the list." error={problems.error('agencyId')}>
        {(control) =>
          agencies.isLoading ? (
            <p className="state">Loading the agencies…</p>
          ) : (
            <Combobox key={agencyKey} control={control} noun="agencies" options={agencyOptions} value={v.agencyId} onChange={(x) => form.setValue('agencyId', x)} />
          )
        }
      </Field>
      <Field id={problems.id('role')} label={`${LABELS.role} (optional)`} hint="Their job, for example Health visitor. Never a name." error={problems.error('role')}>
        {(control) => <input {...control} autoComplete="off" value={v.role} onChange={(e) => form.setValue('role', e.target.value)} />}
      </Field>
      <Radios id={problems.id('attended')} name="attended" legend={LABELS.attended} error={problems.error('attended')} options={ATTENDED} value={v.attended} onChange={(x) => form.setValue('attended', x)} />
      <div className="button-group">
        <button type="submit" className="primary" disabled={save.isPending}>
          {booking ? (save.isPending ? 'Saving…' : 'Save changes') : save.isPending ? 'Adding…' : 'Add to the register'}
        </button>
        <Link to={back}>{booking ? 'Cancel' : added ? 'Finish and go back to the session' : 'Cancel'}</Link>
      </div>
    </form>
  );
}

/** `/training/sessions/:id/register/new` and `/training/sessions/:id/register/:attendanceId/edit`. */
export function BookingFormPage() {
  const { id = '', attendanceId } = useParams();
  const query = useSessionRecord(id);
  const session = query.data;
  const booking = attendanceId ? session?.attendances.find((a) => a.id === attendanceId) : undefined;
  const missing = !query.isLoading && (!session || (attendanceId && !booking));
  return (
    <>
      <PageHeader
        title={attendanceId ? 'Change a booking' : 'Add to the register'}
        lead={session ? `Session of “${session.course.title}” on ${formatDate(session.sessionDate)}.` : undefined}
      />
      <QueryState isLoading={query.isLoading} error={query.error} isEmpty={Boolean(missing)} empty="There is no such session or booking, or you may not see it.">
        {session && (!attendanceId || booking) ? (
          <>
            <BookingForm session={session} booking={booking} />
            {attendanceId ? null : <RegisterTable session={session} title="The register so far" />}
          </>
        ) : null}
      </QueryState>
    </>
  );
}
