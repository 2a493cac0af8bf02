import { formatDate } from '@sli/shared/ui';
import type { MeetingDetail } from '../api/groups';
import { sectionTitles } from './pack-tables';

/**
 * The meeting's agenda, drawn from its committee pack (the same figures, no query of its own): the
 * last meeting's minutes, what changed, what is overdue, what falls due before the next meeting,
 * what awaits sign-off, then decisions. Each item links to its section of the page.
 */
export function MeetingAgenda({ meeting }: { meeting: MeetingDetail }) {
  const pack = meeting.pack;
  const titles = sectionTitles(pack);
  const items: { href?: string; text: string; count?: number }[] = [
    { text: pack.previousMeetingOn ? `Minutes and actions of the meeting on ${formatDate(pack.previousMeetingOn)}` : 'Introductions (no earlier meeting held)' },
    { href: '#pack-changes', text: titles.changes, count: pack.changes.length },
    { href: '#pack-overdue', text: `${titles.overdue} actions: why, and what next`, count: pack.overdue.length },
    { href: '#pack-due', text: titles.due, count: pack.dueBeforeNextMeeting.length },
    { href: '#pack-awaiting', text: `${titles.awaiting}: for the group to sign off at this meeting`, count: pack.awaitingSignOff.length },
    { href: '#meeting-decisions', text: 'Decisions and any other business' },
  ];
  return (
    <section aria-labelledby="meeting-agenda" data-testid="meeting-agenda">
      <h2 id="meeting-agenda">Agenda</h2>
      <ol className="agenda">
        {items.map((item, i) => (
          <li key={i}>
            {item.href ? <a href={item.href}>{item.text}</a> : item.text}
            {item.count === undefined ? null : ` (${item.count})`}
          </li>
        ))}
      </ol>
    </section>
  );
}
