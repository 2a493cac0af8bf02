import { OutboxService, RemindersScheduler, RemindersService } from '@sli/reminders-api';
import { cliScope, runInScope } from '@sli/shared/api-core';
import { SMTPServer } from 'smtp-server';
import { createTestPartnership, startTestApi, uniqueRef, type Client, type TestApi } from './harness';

/*
 * Reminders (issue 13): an SMTP server on loopback receives what the API sends. The clock is the
 * test's: each round is run by hand for a chosen day. Friday 15 January 2027 is the due date;
 * five working days before it is Friday 8 January.
 */

interface Received {
  to: string[];
  raw: string;
}

describe('reminders of actions, in the product and by email', () => {
  let api: TestApi;
  let smtp: SMTPServer;
  const received: Received[] = [];
  /** The next this-many deliveries are refused with a temporary failure. */
  let refuse = 0;
  const saved = { ...process.env };

  let pid: string;
  let agencyId: string;
  let lead: Client & { email: string };
  let digestLead: Client & { email: string };
  let reviewId: string;

  // As the timer runs them, but limited by row-level security to this test's partnership (on a shared
  // PostgreSQL server other test files' actions and outboxes are there too).
  const ours = () => ({ ...cliScope('test'), partnerships: [pid] });
  const queue = (day: string, on = api) => runInScope(ours(), () => on.app.get(RemindersService).queueDue(day));
  const deliver = (at: string, on = api) => runInScope(ours(), () => on.app.get(OutboxService).deliver(new Date(at)));
  const to = (email: string) => received.filter((m) => m.to.includes(email));
  const subjectOf = (m: Received) => /^Subject: (.*)$/m.exec(m.raw)?.[1] ?? '';

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo(_address, _session, callback) {
        if (refuse > 0) {
          refuse--;
          const error = new Error('Mailbox busy, try again later') as Error & { responseCode: number };
          error.responseCode = 451;
          callback(error);
          return;
        }
        callback();
      },
      onData(stream, session, callback) {
        let raw = '';
        stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const { port } = smtp.server.address() as { port: number };
    Object.assign(process.env, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port), SMTP_TLS: 'false', MAIL_FROM: 'Reminders <reminders@sli.test>' });
    api = await startTestApi();

    pid = await createTestPartnership(api, 'Remindershire LSCP');
    agencyId = (
      await api.gql<{ createAgency: { id: string } }>(`mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`, {
        input: { partnershipId: pid, name: 'Remindershire Police', sector: 'POLICE' },
      })
    ).createAgency.id;
    const emailOf = async (c: Client) => ((await api.db.query(`SELECT email FROM users WHERE id = $1`, [c.userId])) as { email: string }[])[0]?.email as string;
    const a = await api.as('agency-lead', { partnershipIds: [pid], agencyId });
    lead = { ...a, email: await emailOf(a) };
    const b = await api.as('agency-lead', { partnershipIds: [pid], agencyId });
    digestLead = { ...b, email: await emailOf(b) };
    await digestLead.gql(`mutation { setReminderEmail(choice: DAILY_DIGEST) }`);

    const review = await api.db.query('INSERT INTO reviews (partnership_id, ref, type, title, initiated_on) VALUES ($1,$2,$3,$4,$5) RETURNING id', [
      pid,
      uniqueRef('R'),
      'lcspr',
      'Child R LCSPR',
      '2026-06-01',
    ]);
    reviewId = review[0].id;
    const action = (ref: string, dueOn: string) =>
      api.gql(`mutation($input: CreateActionInput!) { createAction(input: $input) { id } }`, {
        input: { partnershipId: pid, ref, title: `Action ${ref}`, reviewId, ownerAgencyId: agencyId, dueOn },
      });
    await action('REM-1', '2027-01-15');
    await action('REM-2', '2027-03-31');
    await action('REM-3', '2027-05-14');
  }, 120_000);

  afterAll(async () => {
    await api?.close();
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
    for (const key of ['SMTP_HOST', 'SMTP_PORT', 'SMTP_TLS', 'MAIL_FROM']) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  });

  it('sends nothing before the notice starts', async () => {
    expect(await queue('2027-01-07')).toEqual({ notices: 0, emails: 0 });
  });

  it('reminds the owner agency’s leads five working days before the due date, once however often it runs', async () => {
    // Two leads: one email now for the one who wants each reminder, and one digest for the other.
    expect(await queue('2027-01-08')).toEqual({ notices: 2, emails: 2 });
    expect(await queue('2027-01-08')).toEqual({ notices: 0, emails: 0 });
    expect(await queue('2027-01-11')).toEqual({ notices: 0, emails: 0 });
    expect(await deliver('2027-01-08T09:00:00Z')).toEqual({ sent: 2, retrying: 0, failed: 0 });
    expect(await deliver('2027-01-08T09:05:00Z')).toEqual({ sent: 0, retrying: 0, failed: 0 });

    const [each] = to(lead.email);
    expect(to(lead.email)).toHaveLength(1);
    expect(subjectOf(each as Received)).toBe('Action REM-1 is due on 15 January 2027');
    expect(each?.raw).toContain(`/reviews/${reviewId}`);
    expect(each?.raw).toMatch(/Content-Type: text\/plain/);
    expect(each?.raw).toMatch(/Content-Type: text\/html/);
    const [digest] = to(digestLead.email);
    expect(subjectOf(digest as Received)).toBe('Your reminders for 8 January 2027: 1 item');
  });

  it('shows each lead their notices in the product, and lets them mark them read', async () => {
    const { myNotices } = await lead.gql(`{ myNotices { reminderEmail unread nodes { id kind title link email readAt } } }`);
    expect(myNotices.reminderEmail).toBe('EACH');
    expect(myNotices.unread).toBe(1);
    expect(myNotices.nodes).toEqual([
      expect.objectContaining({ kind: 'due-soon', title: 'Action REM-1 is due on 15 January 2027', email: 'sent', readAt: null }),
    ]);
    const { markNoticesRead } = await lead.gql(`mutation($ids: [ID!]!) { markNoticesRead(ids: $ids) }`, { ids: [myNotices.nodes[0].id] });
    expect(markNoticesRead).toBe(1);
    expect((await lead.gql(`{ myNotices { unread } }`)).myNotices.unread).toBe(0);
    // Another user's notices are not theirs to see.
    expect((await digestLead.gql(`{ myNotices { nodes { title } } }`)).myNotices.nodes).toEqual([{ title: 'Action REM-1 is due on 15 January 2027' }]);
  });

  it('retries after the SMTP server refuses, and sends exactly once', async () => {
    refuse = 1;
    const before = to(lead.email).length;
    expect(await queue('2027-01-16')).toEqual({ notices: 2, emails: 2 });
    // The first message meets the refusal; the other goes through.
    expect(await deliver('2027-01-16T08:00:00Z')).toEqual({ sent: 1, retrying: 1, failed: 0 });
    const [waiting] = (await api.db.query(`SELECT attempts, last_error, status FROM outbox_messages WHERE status = 'pending' AND partnership_id = $1`, [pid])) as {
      attempts: number;
      last_error: string;
      status: string;
    }[];
    expect(waiting).toMatchObject({ attempts: 1, status: 'pending' });
    expect(waiting?.last_error).toMatch(/451/);
    // Too early for the retry (one minute later), then due.
    expect(await deliver('2027-01-16T08:00:30Z')).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(await deliver('2027-01-16T08:01:00Z')).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(await deliver('2027-01-16T09:00:00Z')).toEqual({ sent: 0, retrying: 0, failed: 0 });
    const overdue = to(lead.email).slice(before);
    expect(overdue.map(subjectOf)).toEqual(['Action REM-1 is overdue: it was due on 15 January 2027']);
  });

  it('reminds again weekly while the action stays overdue, and stops once it is completed', async () => {
    expect(await queue('2027-01-22')).toEqual({ notices: 0, emails: 0 });
    expect(await queue('2027-01-23')).toEqual({ notices: 2, emails: 2 });
    await deliver('2027-01-23T08:00:00Z');
    expect(to(lead.email).map(subjectOf).at(-1)).toBe('Action REM-1 is still overdue: 8 days since 15 January 2027');
    await api.db.query(`UPDATE actions SET status = 'completed', completed_on = '2027-01-24' WHERE partnership_id = $1 AND ref = 'REM-1'`, [pid]);
    expect(await queue('2027-01-30')).toEqual({ notices: 0, emails: 0 });
  });

  it('sends nothing by email to someone who chose none; the notice is still in the product', async () => {
    await lead.gql(`mutation { setReminderEmail(choice: NONE) }`);
    const sent = received.length;
    // REM-2 is due on 31 March 2027: its notice starts on 24 March.
    expect(await queue('2027-03-24')).toEqual({ notices: 2, emails: 1 });
    await deliver('2027-03-24T08:00:00Z');
    expect(received.slice(sent).map((m) => m.to)).toEqual([[digestLead.email]]);
    expect((await lead.gql(`{ myNotices { nodes { title email } } }`)).myNotices.nodes[0]).toEqual({ title: 'Action REM-2 is due on 31 March 2027', email: null });
  });

  (process.env['DATABASE_URL'] ? it : it.skip)('sends each reminder once when two API processes run the round at the same moment', async () => {
    const second = await startTestApi();
    try {
      const sent = received.length;
      // REM-3 is due on 14 May 2027: its notice starts on 7 May, and REM-2 is five weeks overdue that day: two
      // notices for each of the two leads. Both processes queue, then both deliver.
      const queued = await Promise.all([queue('2027-05-07'), queue('2027-05-07', second)]);
      expect(queued.reduce((n, q) => n + q.notices, 0)).toBe(4);
      const delivered = await Promise.all([deliver('2027-05-07T08:00:00Z'), deliver('2027-05-07T08:00:00Z', second)]);
      expect(delivered.reduce((n, d) => n + d.sent, 0)).toBe(1);
      // One lead chose no email; the other's digest holds both.
      expect(received.slice(sent).map(subjectOf)).toEqual(['Your reminders for 7 May 2027: 2 items']);
    } finally {
      await second.close();
    }
  });

  it('reminds the agency of an information request not yet returned, two working days before it is due', async () => {
    const { createInformationRequest } = await api.gql(
      `mutation($input: CreateInformationRequestInput!) { createInformationRequest(input: $input) { id ref } }`,
      { input: { reviewId, agencyId, kind: 'CHRONOLOGY', sentOn: '2026-12-01', dueOn: '2026-12-08' } },
    );
    // Asked in the product with no reference of its own: the review's, then IR and its number.
    expect(createInformationRequest.ref).toMatch(/^R-\w+\/IR1$/);
    const sent = received.length;
    // Tuesday 8 December 2026: two working days before is Friday 4 December.
    expect(await queue('2026-12-03')).toEqual({ notices: 0, emails: 0 });
    expect(await queue('2026-12-04')).toEqual({ notices: 2, emails: 1 });
    // Queued messages are due from the moment they were written (the real clock): deliver just after it.
    await deliver(new Date(Date.now() + 60_000).toISOString());
    const [digest] = received.slice(sent);
    expect(digest?.to).toEqual([digestLead.email]);
    expect(subjectOf(digest as Received)).toBe('Your reminders for 4 December 2026: 1 item');
    const { myNotices } = await lead.gql(`{ myNotices(first: 1) { nodes { title body link } } }`);
    expect(myNotices.nodes[0]).toEqual({
      title: expect.stringMatching(/^Your chronology for review R-\w+ is due on 8 December 2026$/),
      body: `Information request ${createInformationRequest.ref}: chronology for review ${myNotices.nodes[0].title.split(' ')[4]}. Owner: Remindershire Police.`,
      // The request's answer form, where the agency answers it.
      link: expect.stringContaining(`/reviews/${reviewId}/requests/${createInformationRequest.id}/answer`),
    });
    // Returned: no more reminders.
    await api.gql(`mutation($id: ID!, $input: UpdateInformationRequestInput!) { updateInformationRequest(id: $id, input: $input) { id } }`, {
      id: createInformationRequest.id,
      input: { returnedOn: '2026-12-04' },
    });
    expect(await queue('2026-12-09')).toEqual({ notices: 0, emails: 0 });
  });

  it('runs a whole round as the timer does, for any partnership', async () => {
    await expect(api.app.get(RemindersScheduler).runOnce(new Date('2027-03-25T08:00:00Z'))).resolves.toBeUndefined();
  });
});
