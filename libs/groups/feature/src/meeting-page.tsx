import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useCan, useFilters } from '@sli/shared/data-access';
import { FlashMessage, formatDate, PageHeader, QueryState, SuccessMessage } from '@sli/shared/ui';
import { todayInEngland } from '@sli/shared/domain';
import { useMeeting, useSendPack } from './api/groups';
import { DecisionForm } from './components/decision-form';
import { MeetingAgenda } from './components/meeting-agenda';
import { MinutesForm } from './components/minutes-form';
import { PackTables } from './components/pack-tables';
import { MEETING_STATUS_LABELS } from './lib/labels';
import './groups.css';

/**
 * A meeting of a group and its committee pack: what changed since the last meeting, what is overdue,
 * what falls due before the next, what awaits sign-off, as of the meeting's day (today for one still
 * to come), with the agenda drawn from it; the decisions and minutes recorded at it, by the business
 * unit or any current member of the group (chair or not); for admins, editing and sending the pack.
 */
export function MeetingPage() {
  const { id = '', meetingId = '' } = useParams();
  const { search } = useFilters();
  const can = useCan();
  const query = useMeeting(meetingId);
  const send = useSendPack();
  const [sent, setSent] = useState('');
  const m = query.data?.meeting;
  const pack = m?.pack;
  const sendPack = () =>
    send.mutate(meetingId, {
      onSuccess: (r) =>
        setSent(
          `${r.queued} email${r.queued === 1 ? '' : 's'} queued` +
            (r.alreadySent ? `; ${r.alreadySent} member${r.alreadySent === 1 ? '' : 's'} already sent this pack` : '') +
            (r.withoutAccount ? `; ${r.withoutAccount} member${r.withoutAccount === 1 ? '' : 's'} without an account (not emailed)` : '') +
            '.',
        ),
    });
  return (
    <>
      <PageHeader
        title={m ? `${m.group.name}: meeting on ${formatDate(m.meetsOn)}` : 'Meeting'}
        lead={pack ? `${MEETING_STATUS_LABELS[m.status]}. The committee pack of the group's ${pack.actionCount} actions as of ${formatDate(pack.asOf)}.` : undefined}
        actions={
          <Link to={{ pathname: `/groups/${id}`, search }} className="no-print">
            Back to the group
          </Link>
        }
      />
      <FlashMessage />
      <QueryState isLoading={query.isLoading} error={query.error} isEmpty={!query.isLoading && !m} empty="There is no meeting with this address, or you may not see it.">
        {m && pack ? (
          <>
            {can('createMeeting') || can('sendCommitteePack') ? (
              <div className="record-actions no-print">
                {can('createMeeting') && can('updateMeeting') ? (
                  <Link className="button secondary" to={{ pathname: `/groups/${id}/meetings/${m.id}/edit`, search }}>
                    Edit the meeting
                  </Link>
                ) : null}
                {can('sendCommitteePack') ? (
                  <button type="button" className="secondary" disabled={send.isPending} onClick={sendPack}>
                    {send.isPending ? 'Sending…' : 'Send the pack to members'}
                  </button>
                ) : null}
              </div>
            ) : null}
            <SuccessMessage message={sent} />
            {send.error ? <p className="error-message">The pack was not sent: {send.error.message}</p> : null}
            <MeetingAgenda meeting={m} />
            <h2>Committee pack</h2>
            <dl className="details" data-testid="pack-summary">
              {[
                ['Changed since the last meeting', pack.changes.length],
                ['Overdue', pack.overdue.length],
                ['Due before the next meeting', pack.dueBeforeNextMeeting.length],
                ['Awaiting sign-off', pack.awaitingSignOff.length],
              ].map(([term, count]) => (
                <div key={term}>
                  <dt>{term}</dt>
                  <dd>{count}</dd>
                </div>
              ))}
            </dl>
            <PackTables meeting={m} />
            <h2 id="meeting-decisions">Decisions</h2>
            {m.decisions.length === 0 ? (
              <p>No decisions recorded yet.</p>
            ) : (
              <ul className="decisions" data-testid="meeting-decisions">
                {m.decisions.map((d) => (
                  <li key={d.id}>
                    {d.text}
                    {d.action ? ` (action ${d.action.ref}: ${d.action.title})` : ''}
                  </li>
                ))}
              </ul>
            )}
            {can('recordMeetingDecision') && m.mayRecord ? <DecisionForm meeting={m} /> : null}
            <h2>Minutes</h2>
            <p className="minutes">{m.minutes ?? (m.status === 'HELD' ? 'No minutes recorded.' : 'Minutes are recorded once the meeting is held.')}</p>
            {can('updateMeeting') && m.mayRecord && m.meetsOn <= todayInEngland() ? <MinutesForm meeting={m} /> : null}
          </>
        ) : null}
      </QueryState>
    </>
  );
}
