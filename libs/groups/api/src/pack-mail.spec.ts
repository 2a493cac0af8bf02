import { ActionStatus } from '@sli/actions-api';
import type { CommitteePack } from './models/committee-pack.model';
import { packMail } from './pack-mail';

describe('packMail', () => {
  const overdue = { actionId: 'a1', ref: 'L1/A1', title: 'Refresh the <neglect> toolkit', ownerAgency: 'Police', dueOn: '2026-05-15', status: ActionStatus.NOT_STARTED, closedOn: null, daysOverdue: 59 };
  const pack: CommitteePack = {
    meetingId: 'm2',
    asOf: '2026-07-13',
    previousMeetingOn: '2026-06-01',
    nextMeetingOn: '2026-08-24',
    actionCount: 9,
    changes: [{ actionId: 'a2', ref: 'L1/A2', title: 'x', changedOn: '2026-06-10', fromStatus: ActionStatus.NOT_STARTED, toStatus: ActionStatus.IN_PROGRESS, changedBy: 'bu', note: null }],
    overdue: [overdue],
    dueBeforeNextMeeting: [],
    awaitingSignOff: [],
  };

  it('says each section with its count, in the same words in text and HTML, with the link', () => {
    const mail = packMail('LfP Group', '2026-07-13', pack, 'https://sli.example/groups/g/meetings/m2');
    expect(mail.subject).toBe('LfP Group: committee pack for the meeting on 13 July 2026');
    expect(mail.text).toContain("The LfP Group's 9 actions as of 13 July 2026.");
    expect(mail.text).toContain('What changed since the meeting on 1 June 2026 (1)\n- 10 June 2026: L1/A2 from not started to in progress');
    expect(mail.text).toContain('Overdue (1)\n- L1/A1 Refresh the <neglect> toolkit (Police): due 15 May 2026, 59 days overdue');
    expect(mail.text).toContain('Due before the next meeting on 24 August 2026 (0)\n- none');
    expect(mail.text).toContain('Open the pack: https://sli.example/groups/g/meetings/m2');
    // HTML escapes what the records hold.
    expect(mail.html).toContain('<li>L1/A1 Refresh the &lt;neglect&gt; toolkit (Police): due 15 May 2026, 59 days overdue</li>');
    expect(mail.html).toContain('<a href="https://sli.example/groups/g/meetings/m2">Open the pack</a>');
  });
});
