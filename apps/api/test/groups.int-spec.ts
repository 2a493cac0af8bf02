import { OWNER_SCOPE, runInScope } from '@sli/shared/api-core';
import { Workbook } from 'exceljs';
import { DataSource } from 'typeorm';
import { carryCommitteesForward } from '../src/database/migrations/1730000003000-groups';
import { createTestPartnership, startTestApi, uniqueRef, type Client, type TestApi } from './harness';

const GROUP = `mutation($input: CreateGroupInput!) { createGroup(input: $input) { id name kind cadenceWeeks } }`;
const MEMBER = `mutation($input: AddGroupMemberInput!) { addGroupMember(input: $input) { id role fromOn toOn } }`;
const MEETING = `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id meetsOn status } }`;
const PACK = `query($id: ID!, $asOf: Date) { meeting(id: $id) { meetsOn pack(asOf: $asOf) {
  asOf previousMeetingOn nextMeetingOn actionCount
  changes { ref changedOn fromStatus toStatus }
  overdue { ref dueOn status daysOverdue ownerAgency }
  dueBeforeNextMeeting { ref dueOn status }
  awaitingSignOff { ref status closedOn } } } }`;

describe('Groups, meetings and the committee pack', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  /** A partnership with a police agency and one review for actions to come from. */
  async function partnership(name: string) {
    const pid = await createTestPartnership(api, name);
    const { createAgency } = await api.gql(`mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`, {
      input: { partnershipId: pid, name: `${name} Police`, sector: 'POLICE' },
    });
    const [review] = (await api.db.query(
      `INSERT INTO reviews (partnership_id, ref, type, title, initiated_on) VALUES ($1, $2, 'lcspr', 'Child R LCSPR', '2025-01-10') RETURNING id`,
      [pid, uniqueRef('R')],
    )) as { id: string }[];
    return { pid, police: createAgency.id as string, reviewId: review.id };
  }

  const groupOf = async (actionId: string) =>
    (await api.gql(`query($id: ID!) { action(id: $id) { monitoringCommittee groupId group { name kind } } }`, { id: actionId })).action;

  it('carries each committee name forward as a group of its partnership (the migration step, on rows the previous release left)', async () => {
    const a = await partnership('Carryshire LSCP');
    const b = await partnership('Forwardvale SAB');
    const { createGroup: existing } = await api.gql(GROUP, { input: { partnershipId: a.pid, name: 'Learning Group', kind: 'SUBGROUP', cadenceWeeks: 6 } });
    // Rows as the previous release wrote them: a committee name and no group. The owner turns triggers
    // off for this transaction so the new trigger does not assign the groups first.
    const owner = api.app.get(DataSource);
    const ids = await runInScope(OWNER_SCOPE, () =>
      owner.transaction(async (m) => {
        await m.query(`SET LOCAL session_replication_role = replica`);
        const insert = async (p: { pid: string; police: string; reviewId: string }, committee: string | null) =>
          ((await m.query(
            `INSERT INTO actions (partnership_id, ref, review_id, owner_agency_id, title, due_on, monitoring_committee)
             VALUES ($1, $2, $3, $4, 'Audit the neglect pathway', '2026-03-31', $5) RETURNING id`,
            [p.pid, uniqueRef('OLD'), p.reviewId, p.police, committee],
          )) as { id: string }[])[0].id;
        const out = {
          spaced: await insert(a, ' Performance & QA Committee '),
          lower: await insert(a, 'performance & qa committee'),
          joins: await insert(a, 'learning group'),
          blank: await insert(a, '   '),
          other: await insert(b, 'Performance & QA Committee'),
        };
        await carryCommitteesForward(m);
        return out;
      }),
    );
    // Both spellings of one name become one group, named by the first spelling in byte order (capitals first).
    const spaced = await groupOf(ids.spaced);
    expect(spaced).toEqual({ monitoringCommittee: 'Performance & QA Committee', groupId: expect.any(String), group: { name: 'Performance & QA Committee', kind: 'SUBGROUP' } });
    expect((await groupOf(ids.lower)).groupId).toBe(spaced.groupId);
    // A name that matches a group already there (ignoring case) joins it, and takes its spelling.
    expect(await groupOf(ids.joins)).toMatchObject({ groupId: existing.id, monitoringCommittee: 'Learning Group' });
    expect(await groupOf(ids.blank)).toEqual({ monitoringCommittee: null, groupId: null, group: null });
    // The same name in another partnership is that partnership's own group.
    const other = await groupOf(ids.other);
    expect(other.group.name).toBe('Performance & QA Committee');
    expect(other.groupId).not.toBe(spaced.groupId);
    const { groups } = await api.gql(`query($pid: ID!) { groups(partnershipIds: [$pid]) { name kind actionCount } }`, { pid: a.pid });
    expect(groups).toEqual([
      { name: 'Learning Group', kind: 'SUBGROUP', actionCount: 1 },
      { name: 'Performance & QA Committee', kind: 'SUBGROUP', actionCount: 2 },
    ]);
  });

  it('keeps monitoringCommittee and the group together: a name given finds or makes the group, a group given names it, a rename follows', async () => {
    const p = await partnership('Namingshire LSCP');
    const create = (extra: Record<string, unknown>) =>
      api
        .gql(`mutation($input: CreateActionInput!) { createAction(input: $input) { id monitoringCommittee groupId } }`, {
          input: { partnershipId: p.pid, title: 'Refresh the escalation policy', reviewId: p.reviewId, ownerAgencyId: p.police, dueOn: '2027-03-31', ...extra },
        })
        .then((d) => d.createAction);
    const byName = await create({ monitoringCommittee: 'Quality Assurance Subgroup' });
    expect(byName).toEqual({ id: expect.any(String), monitoringCommittee: 'Quality Assurance Subgroup', groupId: expect.any(String) });
    const again = await create({ monitoringCommittee: 'quality assurance subgroup' });
    expect(again.groupId).toBe(byName.groupId);
    expect(again.monitoringCommittee).toBe('Quality Assurance Subgroup');
    const { createGroup: board } = await api.gql(GROUP, { input: { partnershipId: p.pid, name: 'Namingshire Board', kind: 'BOARD' } });
    expect(await create({ groupId: board.id })).toMatchObject({ groupId: board.id, monitoringCommittee: 'Namingshire Board' });
    await api.gql(`mutation($id: ID!) { updateGroup(id: $id, input: { name: "QA Subgroup" }) { name } }`, { id: byName.groupId });
    expect((await groupOf(again.id)).monitoringCommittee).toBe('QA Subgroup');
    // The action form sends the group alone: moving an action to another group, then to none, keeps the name in step.
    const UPDATE = `mutation($id: ID!, $input: UpdateActionInput!) { updateAction(id: $id, input: $input) { groupId monitoringCommittee } }`;
    expect((await api.gql(UPDATE, { id: again.id, input: { groupId: board.id } })).updateAction).toEqual({ groupId: board.id, monitoringCommittee: 'Namingshire Board' });
    expect((await api.gql(UPDATE, { id: again.id, input: { groupId: null } })).updateAction).toEqual({ groupId: null, monitoringCommittee: null });
    const both = await api.raw(`mutation($input: CreateActionInput!) { createAction(input: $input) { id } }`, {
      input: { partnershipId: p.pid, title: 'x', reviewId: p.reviewId, ownerAgencyId: p.police, dueOn: '2027-03-31', groupId: board.id, monitoringCommittee: 'Board' },
    });
    expect(both.errors?.[0]?.extensions?.fields).toEqual([{ field: 'groupId', message: 'give the group or the committee name, not both' }]);
    // A group that monitors actions is not deleted; one that monitors none is.
    const refused = await api.raw(`mutation($id: ID!) { deleteGroup(id: $id) { id } }`, { id: board.id });
    expect(refused.errors?.[0]?.message).toMatch(/Group "Namingshire Board" cannot be deleted while other records depend on it: 1 action it monitors/);
  });

  it('maps an imported committee name to the group of that name, made in the import\'s transaction, and exports the name back', async () => {
    const P = uniqueRef('GRP');
    const bundle = (actions: Record<string, unknown>[]) => ({
      format: 'sli-bundle',
      version: 1,
      partnerships: [{ ref: P, name: `${P} Partnership`, kind: 'children' }],
      agencies: [{ partnership: P, ref: 'POL', name: 'Police', sector: 'police' }],
      reviews: [{ partnership: P, ref: 'L1', type: 'lcspr', title: 'Child L', status: 'in-progress', initiatedOn: '2025-02-01' }],
      actions: actions.map((a) => ({ partnership: P, review: 'L1', ownerAgency: 'POL', title: 'Refresh the policy', dueOn: '2026-01-31', status: 'not-started', ...a })),
    });
    const IMPORT = `mutation($bundle: JSON!) { importBundle(bundle: $bundle) { records } }`;
    await api.system.gql(IMPORT, { bundle: bundle([{ ref: 'ACT1', monitoringCommittee: 'Quality Group' }, { ref: 'ACT2', monitoringCommittee: ' quality group ' }]) });
    const [{ id: pid }] = (await api.db.query(`SELECT id FROM partnerships WHERE ref = $1`, [P])) as { id: string }[];
    await api.joinPartnerships([pid]);
    const names = async () => ((await api.gql(`query($pid: ID!) { groups(partnershipIds: [$pid]) { name actionCount } }`, { pid })).groups as unknown[]);
    // Both spellings find one group, named as first given.
    expect(await names()).toEqual([{ name: 'Quality Group', actionCount: 2 }]);
    const { exportBundle } = await api.gql(`query($refs: [String!]) { exportBundle(partnershipRefs: $refs) }`, { refs: [P] });
    expect(exportBundle.actions.map((a: { ref: string; monitoringCommittee: string }) => [a.ref, a.monitoringCommittee])).toEqual([
      ['ACT1', 'Quality Group'],
      ['ACT2', 'Quality Group'],
    ]);
    // A spreadsheet row naming the group in other words joins it, and importing it again changes nothing.
    const book = new Workbook();
    const sheet = book.addWorksheet('Action plan');
    sheet.addRow(['Review Reference', 'Action No.', 'What will be done?', 'Lead Agency', 'Target Date', 'Progress', 'Committee']);
    sheet.addRow(['L1', 5, 'Audit supervision', 'Police', '31/01/2026', 'Not started', 'quality GROUP']);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const sendSheet = async () => {
      const headers = { ...api.headers(), 'content-type': 'application/octet-stream', 'x-file-name': 'plan.xlsx' };
      const res = await fetch(`${api.origin}/api/import/spreadsheet?${new URLSearchParams({ partnership: P, commit: 'true' })}`, { method: 'POST', headers, body: bytes });
      return (await res.json()) as { committed: boolean; create: number; update: number; unchanged: number };
    };
    expect(await sendSheet()).toMatchObject({ committed: true, create: 1, update: 0 });
    expect(await sendSheet()).toMatchObject({ committed: true, create: 0, update: 0, unchanged: 1 });
    expect(await names()).toEqual([{ name: 'Quality Group', actionCount: 3 }]);

    // A refused import makes no group: ACT4's owner is no agency of the partnership.
    const refused = await api.system.raw(IMPORT, { bundle: bundle([{ ref: 'ACT3', monitoringCommittee: 'Doomed Group' }, { ref: 'ACT4', ownerAgency: 'NOPE' }]) });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await names()).toEqual([{ name: 'Quality Group', actionCount: 3 }]);
  });

  describe('members, chairs, the pack and sending it', () => {
    let p: { pid: string; police: string; reviewId: string };
    let groupId: string;
    let meetings: { m1: string; m2: string; m3: string };
    let refs: Record<string, string>;
    let chairUser: Client;
    let memberUser: Client;

    /**
     * The Learning from Practice Group meets every 6 weeks: held on 1 June and 13 July 2026, planned for
     * 24 August 2026. Its actions, each agreed (first update) on the day given, owned by the police:
     *
     *   A1 due 15 May      not started                                 -> overdue on 13 July: 59 days (16 in May + 30 + 13)
     *   A2 due 30 June     in progress 10 June                         -> overdue: 13 days; changed since 1 June
     *   A3 due 1 August    in progress 20 May (before the last meeting) -> due before the next meeting (24 August)
     *   A4 due 30 Sept     not started                                 -> in no list (due after the next meeting)
     *   A5 due 15 June     in progress 1 May, completed 1 July         -> awaiting sign-off; changed since 1 June
     *   A6 due 20 June     cancelled 25 June                           -> awaiting sign-off; changed since 1 June
     *   A7 due 31 May      completed 25 May, signed off 1 June (at the first meeting) -> in no list
     *   A8 due 20 July     completed 10 August (after 13 July)         -> open on 13 July: due before the next meeting
     *   A9 due 25 July     agreed 20 July (after 13 July)              -> not yet agreed: in nothing, not counted
     *   A11 due 31 Dec     agreed 5 June                               -> changed since 1 June (agreed); in no list
     * and A10 (overdue) belongs to another group: never in this pack.
     */
    beforeAll(async () => {
      p = await partnership('Packshire LSCP');
      groupId = (await api.gql(GROUP, { input: { partnershipId: p.pid, name: 'Learning from Practice Group', kind: 'SUBGROUP', cadenceWeeks: 6 } })).createGroup.id;
      const meeting = async (meetsOn: string, status: string) => (await api.gql(MEETING, { input: { groupId, meetsOn, status } })).createMeeting.id as string;
      meetings = { m1: await meeting('2026-06-01', 'HELD'), m2: await meeting('2026-07-13', 'HELD'), m3: await meeting('2026-08-24', 'PLANNED') };
      refs = {};
      const action = async (
        key: string,
        dueOn: string,
        history: [string, string | null, string][],
        extra: { completedOn?: string; cancelledOn?: string; committee?: string } = {},
      ) => {
        const ref = uniqueRef(key);
        refs[key] = ref;
        const status = history.at(-1)?.[2];
        const [row] = (await api.db.query(
          `INSERT INTO actions (partnership_id, ref, review_id, owner_agency_id, title, due_on, status, completed_on, cancelled_on, monitoring_committee)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
          [p.pid, ref, p.reviewId, p.police, `Action ${key}`, dueOn, status, extra.completedOn ?? null, extra.cancelledOn ?? null, extra.committee ?? 'Learning from Practice Group'],
        )) as { id: string }[];
        for (const [day, from, to] of history) {
          await api.db.query(
            `INSERT INTO action_updates (partnership_id, action_id, changed_at, changed_by, from_status, to_status) VALUES ($1, $2, $3, 'business unit', $4, $5)`,
            [p.pid, row.id, `${day}T11:00:00Z`, from, to],
          );
        }
        return row.id;
      };
      const agreed = '2026-04-01';
      await action('A1', '2026-05-15', [[agreed, null, 'not-started']]);
      await action('A2', '2026-06-30', [[agreed, null, 'not-started'], ['2026-06-10', 'not-started', 'in-progress']]);
      await action('A3', '2026-08-01', [[agreed, null, 'not-started'], ['2026-05-20', 'not-started', 'in-progress']]);
      await action('A4', '2026-09-30', [[agreed, null, 'not-started']]);
      await action('A5', '2026-06-15', [[agreed, null, 'not-started'], ['2026-05-01', 'not-started', 'in-progress'], ['2026-07-01', 'in-progress', 'completed']], {
        completedOn: '2026-07-01',
      });
      await action('A6', '2026-06-20', [[agreed, null, 'not-started'], ['2026-06-25', 'not-started', 'cancelled']], { cancelledOn: '2026-06-25' });
      const a7 = await action('A7', '2026-05-31', [[agreed, null, 'not-started'], ['2026-05-25', 'not-started', 'completed']], { completedOn: '2026-05-25' });
      await action('A8', '2026-07-20', [[agreed, null, 'not-started'], ['2026-08-10', 'not-started', 'completed']], { completedOn: '2026-08-10' });
      await action('A9', '2026-07-25', [['2026-07-20', null, 'not-started']]);
      await action('A10', '2026-05-01', [[agreed, null, 'not-started']], { committee: 'Performance & QA Committee' });
      await action('A11', '2026-12-31', [['2026-06-05', null, 'not-started']]);
      // A7's sign-off, given at the first meeting.
      await api.gql(`mutation($id: ID!, $m: ID) { signOffAction(id: $id, signedOffBy: "LfP Group", signedOffOn: "2026-06-01", meetingId: $m) { id } }`, { id: a7, m: meetings.m1 });

      chairUser = await api.as('committee-member', { partnershipIds: [p.pid], name: 'Chris Chair' });
      memberUser = await api.as('board-member', { partnershipIds: [p.pid], name: 'Morgan Member' });
    });

    it('signs an action off at a meeting of its own group only, on that day', async () => {
      const { action } = await api.gql(`query($id: ID!) { action(id: $id) { signedOffOn signedOffMeeting { meetsOn } } }`, {
        id: (await api.db.query(`SELECT id FROM actions WHERE ref = $1`, [refs['A7']]))[0].id,
      });
      expect(action).toEqual({ signedOffOn: '2026-06-01', signedOffMeeting: { meetsOn: '2026-06-01' } });
      const [{ id: a5 }] = await api.db.query(`SELECT id FROM actions WHERE ref = $1`, [refs['A5']]);
      const [{ id: a10 }] = await api.db.query(`SELECT id FROM actions WHERE ref = $1`, [refs['A10']]);
      const signOff = (id: string, on: string) =>
        api.raw(`mutation($id: ID!, $on: Date!, $m: ID) { signOffAction(id: $id, signedOffBy: "LfP", signedOffOn: $on, meetingId: $m) { id } }`, { id, on, m: meetings.m2 });
      // A10 is another group's, and not complete: both problems at once.
      expect((await signOff(a10, '2026-07-13')).errors?.[0]?.extensions?.fields).toEqual([
        { field: 'signedOffOn', message: 'is only for a complete or cancelled action: this one is not started' },
        { field: 'meetingId', message: 'must be a meeting of the group that monitors the action' },
      ]);
      expect((await signOff(a5, '2026-07-14')).errors?.[0]?.extensions?.fields).toEqual([{ field: 'signedOffOn', message: 'must be the day of the meeting (2026-07-13)' }]);
    });

    it('keeps chairs as history: each term from a day to a day, one chair at a time', async () => {
      const add = (input: Record<string, unknown>) => api.raw(MEMBER, { input: { groupId, ...input } });
      expect((await add({ userId: api.userId, role: 'CHAIR', fromOn: '2025-04-01', toOn: '2026-03-31' })).errors).toBeUndefined();
      expect((await add({ userId: chairUser.userId, role: 'CHAIR', fromOn: '2026-04-01' })).errors).toBeUndefined();
      // Member throughout, and vice-chair from July: two terms, one person.
      expect((await add({ userId: memberUser.userId, role: 'MEMBER', fromOn: '2025-01-01' })).errors).toBeUndefined();
      expect((await add({ userId: memberUser.userId, role: 'VICE_CHAIR', fromOn: '2026-07-01' })).errors).toBeUndefined();
      expect((await add({ name: 'Dr Pat Named', agencyId: p.police, role: 'MEMBER', fromOn: '2026-01-01' })).errors).toBeUndefined();

      const clash = await add({ userId: memberUser.userId, role: 'CHAIR', fromOn: '2026-03-01' });
      expect(clash.errors?.[0]?.extensions?.fields).toEqual([
        { field: 'fromOn', message: "overlaps another chair's term (from 2025-04-01 to 2026-03-31): end that term first" },
      ]);
      const nameless = await add({ name: 'No Agency', role: 'MEMBER', fromOn: '2026-01-01' });
      expect(nameless.errors?.[0]?.extensions?.fields).toEqual([{ field: 'agencyId', message: 'is required for someone without an account' }]);

      const { group } = await api.gql(
        `query($id: ID!) { group(id: $id) { before: chair(on: "2026-01-15") { displayName } after: chair(on: "2026-07-13") { displayName }
          members { displayName role fromOn toOn agency { name } } } }`,
        { id: groupId },
      );
      const adminName = (await api.db.query(`SELECT name FROM users WHERE id = $1`, [api.userId]))[0].name;
      expect(group.before).toEqual({ displayName: adminName });
      expect(group.after).toEqual({ displayName: 'Chris Chair' });
      // Chairs first (latest first), then vice-chairs, then members (latest first).
      expect(group.members.map((m: { displayName: string; role: string; fromOn: string }) => `${m.role} ${m.displayName} ${m.fromOn}`)).toEqual([
        'CHAIR Chris Chair 2026-04-01',
        `CHAIR ${adminName} 2025-04-01`,
        'VICE_CHAIR Morgan Member 2026-07-01',
        'MEMBER Dr Pat Named 2026-01-01',
        'MEMBER Morgan Member 2025-01-01',
      ]);
      expect(group.members[3].agency).toEqual({ name: 'Packshire LSCP Police' });
    });

    it("computes the pack as of the meeting's day: changes since the last meeting, overdue, due before the next, awaiting sign-off", async () => {
      const { meeting } = await api.gql(PACK, { id: meetings.m2 });
      const pack = meeting.pack;
      expect(pack).toMatchObject({ asOf: '2026-07-13', previousMeetingOn: '2026-06-01', nextMeetingOn: '2026-08-24' });
      // A1–A8 and A11; not A9 (agreed after 13 July) nor A10 (another group).
      expect(pack.actionCount).toBe(9);
      expect(pack.changes).toEqual([
        { ref: refs['A11'], changedOn: '2026-06-05', fromStatus: null, toStatus: 'NOT_STARTED' },
        { ref: refs['A2'], changedOn: '2026-06-10', fromStatus: 'NOT_STARTED', toStatus: 'IN_PROGRESS' },
        { ref: refs['A6'], changedOn: '2026-06-25', fromStatus: 'NOT_STARTED', toStatus: 'CANCELLED' },
        { ref: refs['A5'], changedOn: '2026-07-01', fromStatus: 'IN_PROGRESS', toStatus: 'COMPLETED' },
      ]);
      expect(pack.overdue).toEqual([
        { ref: refs['A1'], dueOn: '2026-05-15', status: 'NOT_STARTED', daysOverdue: 59, ownerAgency: 'Packshire LSCP Police' },
        { ref: refs['A2'], dueOn: '2026-06-30', status: 'IN_PROGRESS', daysOverdue: 13, ownerAgency: 'Packshire LSCP Police' },
      ]);
      // A8 was completed on 10 August: on 13 July it was still open, due on 20 July.
      expect(pack.dueBeforeNextMeeting).toEqual([
        { ref: refs['A8'], dueOn: '2026-07-20', status: 'NOT_STARTED' },
        { ref: refs['A3'], dueOn: '2026-08-01', status: 'IN_PROGRESS' },
      ]);
      expect(pack.awaitingSignOff).toEqual([
        { ref: refs['A6'], status: 'CANCELLED', closedOn: '2026-06-25' },
        { ref: refs['A5'], status: 'COMPLETED', closedOn: '2026-07-01' },
      ]);
    });

    it('reads an earlier day as it stood then, and refuses a day after the meeting', async () => {
      // On 20 June: A5 still in progress (completed 1 July) and due 15 June -> overdue 5 days; A1 overdue
      // 36 days (16 in May + 20); A6 due that day, not yet cancelled -> not overdue (due before asOf only).
      const { meeting } = await api.gql(PACK, { id: meetings.m2, asOf: '2026-06-20' });
      expect(meeting.pack.overdue.map((a: { ref: string; daysOverdue: number }) => [a.ref, a.daysOverdue])).toEqual([
        [refs['A1'], 36],
        [refs['A5'], 5],
      ]);
      expect(meeting.pack.awaitingSignOff).toEqual([]);
      const late = await api.raw(PACK, { id: meetings.m2, asOf: '2026-07-14' });
      expect(late.errors?.[0]?.extensions?.fields).toEqual([{ field: 'asOf', message: "must be on or before 13 July 2026: the meeting's day, and never after today" }]);
    });

    it('sends the pack once to each member with an account serving on its day, however often it is sent', async () => {
      // Serving on 13 July: Chris Chair (chair from April), Morgan Member (member and vice-chair: one
      // email), Dr Pat Named (no account). The admin's chair term ended on 31 March.
      const send = () => api.gql(`mutation($id: ID!) { sendCommitteePack(meetingId: $id) { queued alreadySent withoutAccount } }`, { id: meetings.m2 });
      expect((await send()).sendCommitteePack).toEqual({ queued: 2, alreadySent: 0, withoutAccount: 1 });
      expect((await send()).sendCommitteePack).toEqual({ queued: 0, alreadySent: 2, withoutAccount: 1 });
      // Each member sent it also has one notice in the product (however often it was sent), linking to the pack page.
      const notices = async (c: Client) =>
        ((await c.gql(`{ myNotices { unread nodes { kind title body link email } } }`)).myNotices as { unread: number; nodes: Record<string, string>[] });
      for (const member of [chairUser, memberUser]) {
        const mine = await notices(member);
        expect(mine.unread).toBe(1);
        expect(mine.nodes).toEqual([
          {
            kind: 'committee-pack',
            title: 'Learning from Practice Group: committee pack for the meeting on 13 July 2026',
            // As of 13 July: A1 and A2 overdue; A3 and A8 due before 24 August; A5 and A6 awaiting sign-off;
            // A2, A5, A6 and A11 changed since 1 June; 9 actions (A1–A8 and A11; A9 not yet agreed).
            body: '2 overdue, 2 due before the next meeting, 2 awaiting sign-off, 4 changed, of 9 actions as of 13 July 2026.',
            link: expect.stringMatching(new RegExp(`/groups/${groupId}/meetings/${meetings.m2}$`)),
            email: 'pending',
          },
        ]);
      }
      // The admin, whose term ended before the meeting, was sent nothing.
      expect((await notices(api)).nodes.filter((n) => n.kind === 'committee-pack')).toEqual([]);
      const rows = (await api.db.query(
        `SELECT m.to_address, m.subject, m.text_body, u.name FROM outbox_messages m JOIN users u ON u.id = m.user_id WHERE m.dedupe_key LIKE $1 ORDER BY u.name`,
        [`pack:${meetings.m2}:%`],
      )) as { to_address: string; subject: string; text_body: string; name: string }[];
      expect(rows.map((r) => r.name)).toEqual(['Chris Chair', 'Morgan Member']);
      expect(rows[0].subject).toBe('Learning from Practice Group: committee pack for the meeting on 13 July 2026');
      expect(rows[0].text_body).toContain('Overdue (2)');
      expect(rows[0].text_body).toContain('Awaiting sign-off (2)');
      expect(rows[0].text_body).toContain(`/groups/${groupId}/meetings/${meetings.m2}`);
      // Only an admin sends it.
      const refused = await memberUser.raw(`mutation($id: ID!) { sendCommitteePack(meetingId: $id) { queued } }`, { id: meetings.m2 });
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('records decisions against a meeting, about an action of the group only', async () => {
      const [{ id: a1 }] = await api.db.query(`SELECT id FROM actions WHERE ref = $1`, [refs['A1']]);
      const [{ id: a10 }] = await api.db.query(`SELECT id FROM actions WHERE ref = $1`, [refs['A10']]);
      const record = (actionId: string | null) =>
        api.raw(`mutation($input: RecordMeetingDecisionInput!) { recordMeetingDecision(input: $input) { id } }`, {
          input: { meetingId: meetings.m2, text: 'Escalate to the executive', actionId },
        });
      expect((await record(a1)).errors).toBeUndefined();
      expect((await record(a10)).errors?.[0]?.extensions?.fields).toEqual([{ field: 'actionId', message: 'must be an action the group monitors' }]);
      const { meeting } = await api.gql(`query($id: ID!) { meeting(id: $id) { decisions { text action { ref } } } }`, { id: meetings.m2 });
      expect(meeting.decisions).toEqual([{ text: 'Escalate to the executive', action: { ref: refs['A1'] } }]);
    });

    it("lets the group's current members (chair or not) record decisions, minutes and sign-offs at its meetings, and refuses everyone else", async () => {
      // Today (after December 2026) Chris Chair (committee member, chair since April 2026) and Morgan Member
      // (board member, member since 2025) serve. An outsider committee member, and an agency lead whose
      // term ended in 2025, do not.
      const outsider = await api.as('committee-member', { partnershipIds: [p.pid], name: 'Olly Outsider' });
      const former = await api.as('agency-lead', { partnershipIds: [p.pid], agencyId: p.police, name: 'Fran Former' });
      await api.gql(MEMBER, { input: { groupId, userId: former.userId, role: 'MEMBER', fromOn: '2025-01-01', toOn: '2025-12-31' } });
      const decide = (c: Client, text: string) =>
        c.raw(`mutation($input: RecordMeetingDecisionInput!) { recordMeetingDecision(input: $input) { id } }`, { input: { meetingId: meetings.m1, text } });
      const minutes = (c: Client, input: Record<string, unknown>) => c.raw(`mutation($id: ID!, $input: UpdateMeetingInput!) { updateMeeting(id: $id, input: $input) { minutes } }`, { id: meetings.m1, input });
      const mayRecord = async (c: Client) => (await c.gql(`query($id: ID!) { meeting(id: $id) { mayRecord } }`, { id: meetings.m1 })).meeting.mayRecord;

      expect((await decide(chairUser, 'The chair: agreed the terms of reference')).errors).toBeUndefined();
      expect((await decide(memberUser, 'A member: the neglect audit goes to the board')).errors).toBeUndefined();
      const recorded = await minutes(memberUser, { minutes: 'Apologies from health. The action plan.' });
      expect(recorded.errors).toBeUndefined();
      expect(recorded.data?.updateMeeting).toEqual({ minutes: 'Apologies from health. The action plan.' });
      expect([await mayRecord(chairUser), await mayRecord(memberUser), await mayRecord(outsider), await mayRecord(former), await mayRecord(api)]).toEqual([true, true, false, false, true]);

      for (const [c, what] of [
        [outsider, 'record decisions at its meetings'],
        [former, 'record decisions at its meetings'],
      ] as const) {
        const refused = await decide(c, 'Not mine to decide');
        expect(refused.errors?.[0]).toMatchObject({
          message: `Only the business unit or a current member of the Learning from Practice Group may ${what}: you are not on the group today`,
          extensions: { code: 'FORBIDDEN' },
        });
      }
      expect((await minutes(outsider, { minutes: 'Rewritten' })).errors?.[0]?.message).toBe(
        'Only the business unit or a current member of the Learning from Practice Group may record the minutes of its meetings: you are not on the group today',
      );
      // A member records minutes and that it was held, but only the business unit moves a meeting.
      expect((await minutes(memberUser, { meetsOn: '2026-06-02' })).errors?.[0]).toMatchObject({
        message: "Only the business unit may move a meeting; the group's members record that it was held and its minutes",
        extensions: { code: 'FORBIDDEN' },
      });
      const { meeting } = await api.gql(`query($id: ID!) { meeting(id: $id) { meetsOn minutes decisions { text } } }`, { id: meetings.m1 });
      expect(meeting).toEqual({
        meetsOn: '2026-06-01',
        minutes: 'Apologies from health. The action plan.',
        decisions: [{ text: 'The chair: agreed the terms of reference' }, { text: 'A member: the neglect audit goes to the board' }],
      });

      // Sign-off: a member (a board member, whose role alone may not sign off) at the group's meeting;
      // the former member is refused, and so is a member signing off outside a meeting.
      const [{ id: a5 }] = await api.db.query(`SELECT id FROM actions WHERE ref = $1`, [refs['A5']]);
      const signOff = (c: Client, m: string | null) =>
        c.raw(`mutation($id: ID!, $m: ID) { signOffAction(id: $id, signedOffBy: "LfP Group", signedOffOn: "2026-07-13", meetingId: $m) { signedOffOn } }`, { id: a5, m });
      expect((await signOff(former, meetings.m2)).errors?.[0]?.message).toBe(
        'Only the business unit or a current member of the Learning from Practice Group may sign off its actions: you are not on the group today',
      );
      expect((await signOff(memberUser, null)).errors?.[0]?.message).toBe(
        "Only the business unit or a committee member may sign off an action outside a meeting: as a member of the action's group, name the meeting",
      );
      expect((await signOff(memberUser, meetings.m2)).data?.signOffAction).toEqual({ signedOffOn: '2026-07-13' });
    });
  });
});
