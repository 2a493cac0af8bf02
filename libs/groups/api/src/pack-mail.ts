import { escapeHtml } from '@sli/reminders-api';
import { longDate } from '@sli/shared/domain';
import type { EntityManager } from 'typeorm';
import type { CommitteePack, PackAction } from './models/committee-pack.model';

const STATUS_WORDS: Record<string, string> = {
  'not-started': 'not started',
  'in-progress': 'in progress',
  completed: 'completed',
  'impact-evidenced': 'impact evidenced',
  cancelled: 'cancelled',
};

interface Section {
  heading: string;
  lines: string[];
}

const actionLine = (a: PackAction, extra: string) => `${a.ref} ${a.title} (${a.ownerAgency}): ${extra}`;

/** The pack's sections in words, shared by the plain-text and HTML bodies. */
export function packSections(pack: CommitteePack): Section[] {
  const since = pack.previousMeetingOn ? `since the meeting on ${longDate(pack.previousMeetingOn)}` : 'so far';
  return [
    {
      heading: `What changed ${since} (${pack.changes.length})`,
      lines: pack.changes.map(
        (c) => `${longDate(c.changedOn)}: ${c.ref} ${c.fromStatus ? `from ${STATUS_WORDS[c.fromStatus]} to ${STATUS_WORDS[c.toStatus]}` : `agreed (${STATUS_WORDS[c.toStatus]})`}`,
      ),
    },
    { heading: `Overdue (${pack.overdue.length})`, lines: pack.overdue.map((a) => actionLine(a, `due ${longDate(a.dueOn)}, ${a.daysOverdue} days overdue`)) },
    {
      heading: pack.nextMeetingOn ? `Due before the next meeting on ${longDate(pack.nextMeetingOn)} (${pack.dueBeforeNextMeeting.length})` : 'Due before the next meeting (no next meeting set)',
      lines: pack.dueBeforeNextMeeting.map((a) => actionLine(a, `due ${longDate(a.dueOn)}`)),
    },
    {
      heading: `Awaiting sign-off (${pack.awaitingSignOff.length})`,
      lines: pack.awaitingSignOff.map((a) => actionLine(a, `${STATUS_WORDS[a.status]}${a.closedOn ? ` on ${longDate(a.closedOn)}` : ''}`)),
    },
  ];
}

/** The pack as an email: the same sections in plain text and HTML, with the link to the meeting page. */
export function packMail(groupName: string, meetsOn: string, pack: CommitteePack, link: string): { subject: string; text: string; html: string } {
  const subject = `${groupName}: committee pack for the meeting on ${longDate(meetsOn)}`;
  const intro = `The ${groupName}'s ${pack.actionCount} actions as of ${longDate(pack.asOf)}.`;
  const sections = packSections(pack);
  const text = [
    subject,
    '',
    intro,
    ...sections.flatMap((s) => ['', s.heading, ...(s.lines.length ? s.lines.map((l) => `- ${l}`) : ['- none'])]),
    '',
    `Open the pack: ${link}`,
    '',
  ].join('\n');
  const html =
    `<p><strong>${escapeHtml(subject)}</strong></p><p>${escapeHtml(intro)}</p>` +
    sections
      .map((s) => `<h2>${escapeHtml(s.heading)}</h2><ul>${(s.lines.length ? s.lines : ['none']).map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`)
      .join('') +
    `<p><a href="${escapeHtml(link)}">Open the pack</a></p>`;
  return { subject, text, html };
}

/**
 * The pack's notice in the notification centre: a line of counts and the link to the meeting's page.
 * Keyed like its email (`pack:<meeting>:<user>`), so a member is told once however often it is sent.
 */
export async function queuePackNotice(
  m: EntityManager,
  n: { partnershipId: string; userId: string; meetingId: string; key: string; emailId: string | null; link: string },
  groupName: string,
  meetsOn: string,
  pack: CommitteePack,
): Promise<boolean> {
  const title = `${groupName}: committee pack for the meeting on ${longDate(meetsOn)}`;
  const body =
    `${pack.overdue.length} overdue, ${pack.dueBeforeNextMeeting.length} due before the next meeting, ` +
    `${pack.awaitingSignOff.length} awaiting sign-off, ${pack.changes.length} changed, of ${pack.actionCount} actions as of ${longDate(pack.asOf)}.`;
  const rows = (await m.query(
    `INSERT INTO notices (partnership_id, user_id, kind, meeting_id, dedupe_key, title, body, link, created_on, email_id)
     VALUES ($1, $2, 'committee-pack', $3, $4, $5, $6, $7, (now() AT TIME ZONE 'Europe/London')::date,
       -- Its email, also when sent before (so a daily digest never repeats it).
       coalesce($8::uuid, (SELECT id FROM outbox_messages WHERE dedupe_key = $4)))
     ON CONFLICT (user_id, dedupe_key) DO NOTHING RETURNING id`,
    [n.partnershipId, n.userId, n.meetingId, n.key, title, body, n.link, n.emailId],
  )) as unknown[];
  return rows.length > 0;
}
