import type { Bundle, GroupRecord } from '@sli/exchange-domain';
import { startTestApi, uniqueRef, type TestApi } from './harness';

const IMPORT = `mutation($bundle: JSON!) { importBundle(bundle: $bundle) {
  records created updated unchanged sections { section created updated unchanged } } }`;
const EXPORT = `query($refs: [String!]) { exportBundle(partnershipRefs: $refs) }`;

/** A partnership with two agencies, a review and three actions: two monitored by the Learning Group, one by the board. */
function records(P: string): Bundle {
  return {
    format: 'sli-bundle',
    version: 1,
    partnerships: [{ ref: P, name: 'Group Exchange Partnership', kind: 'children' }],
    agencies: [
      { partnership: P, ref: 'POL', name: 'Police', sector: 'police' },
      { partnership: P, ref: 'HLT', name: 'ICB', sector: 'health' },
    ],
    reviews: [{ partnership: P, ref: 'L1', type: 'lcspr', title: 'Child L', status: 'in-progress', initiatedOn: '2025-01-10' }],
    actions: [
      {
        partnership: P, ref: 'ACT1', review: 'L1', ownerAgency: 'POL', title: 'Fathers on the referral form', dueOn: '2025-06-30',
        status: 'completed', completedOn: '2025-06-01', monitoringCommittee: 'Learning Group', signedOffOn: '2025-07-08', signedOffBy: 'Learning Group chair',
      },
      { partnership: P, ref: 'ACT2', review: 'L1', ownerAgency: 'HLT', title: 'Supervision audit', dueOn: '2025-09-30', status: 'in-progress', monitoringCommittee: 'learning group' },
      { partnership: P, ref: 'ACT3', review: 'L1', ownerAgency: 'HLT', title: 'Board assurance', dueOn: '2025-12-31', status: 'not-started', monitoringCommittee: 'Safeguarding Board' },
    ],
  };
}

/** The groups section: the Learning Group (a user chairs, then a named person; a member), its two meetings; the board, no terms. */
function groups(P: string, chairEmail: string): GroupRecord[] {
  return [
    { partnership: P, name: 'Safeguarding Board', kind: 'board', cadenceWeeks: 13 },
    {
      partnership: P, name: 'Learning Group', kind: 'subgroup', purpose: 'Learning from reviews.', cadenceWeeks: 6,
      members: [
        { user: chairEmail, role: 'chair', fromOn: '2025-01-01', toOn: '2025-06-30' },
        { name: 'Dr R Example', agency: 'HLT', role: 'chair', fromOn: '2025-07-01' },
        { name: 'DS P Example', agency: 'POL', role: 'member', fromOn: '2025-01-01' },
      ],
      meetings: [
        {
          meetsOn: '2025-05-27', status: 'held', minutes: 'Apologies; the action plan.',
          decisions: [{ text: 'Escalate ACT2 to the ICB.', action: 'ACT2' }, { text: 'Next meeting moves to July.' }],
        },
        { meetsOn: '2025-07-08', status: 'held', decisions: [{ text: 'ACT1 signed off.', action: 'ACT1' }], signOffs: ['ACT1'] },
      ],
    },
  ];
}

describe('Groups and meetings in data bundles', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  const importBundle = async (bundle: unknown) => (await api.system.gql<{ importBundle: any }>(IMPORT, { bundle })).importBundle;
  const partnershipId = async (ref: string) => ((await api.db.query(`SELECT id FROM partnerships WHERE ref = $1`, [ref])) as { id: string }[])[0]?.id as string;
  const exportBundle = async (ref: string) => {
    await api.joinPartnerships([await partnershipId(ref)]);
    return (await api.gql<{ exportBundle: any }>(EXPORT, { refs: [ref] })).exportBundle as Bundle;
  };
  const groupsResult = (result: any) => result.sections.find((s: { section: string }) => s.section === 'groups');
  /** A committee member of the partnership, who will chair the Learning Group; their email as the bundle names them. */
  const chair = async (pid: string) => {
    const client = await api.as('committee-member', { partnershipIds: [pid] });
    return ((await api.db.query(`SELECT email FROM users WHERE id = $1`, [client.userId])) as { email: string }[])[0]?.email as string;
  };

  it('imports groups with terms, meetings, decisions and sign-offs; export gives them back; re-import changes nothing', async () => {
    const P = uniqueRef('XG');
    // The records first (the user must belong to the partnership before a term can name them).
    await importBundle(records(P));
    const pid = await partnershipId(P);
    const email = await chair(pid);
    const bundle = { ...records(P), groups: groups(P, email) };

    const first = await importBundle(bundle);
    // Both groups exist already: the actions' committee names made them (as subgroups, with no terms),
    // so the section updates both: the board's kind and cadence, the Learning Group's purpose, terms and meetings.
    expect(groupsResult(first)).toEqual({ section: 'groups', created: 0, updated: 2, unchanged: 0 });

    const [learning] = (await api.db.query(`SELECT id, kind, cadence_weeks FROM groups WHERE partnership_id = $1 AND name = 'Learning Group'`, [pid])) as {
      id: string;
      kind: string;
      cadence_weeks: number;
    }[];
    expect(learning).toMatchObject({ kind: 'subgroup', cadence_weeks: 6 });
    // ACT1 and ACT2 (two spellings of one name) are the Learning Group's.
    const monitored = (await api.db.query(`SELECT ref FROM actions WHERE group_id = $1 ORDER BY ref`, [learning?.id])) as { ref: string }[];
    expect(monitored.map((a) => a.ref)).toEqual(['ACT1', 'ACT2']);
    const terms = (await api.db.query(`SELECT role, name, user_id IS NOT NULL AS "isUser", from_on::text AS "fromOn", to_on::text AS "toOn" FROM group_members WHERE group_id = $1 ORDER BY from_on, role, name`, [learning?.id])) as unknown[];
    expect(terms).toEqual([
      { role: 'chair', name: null, isUser: true, fromOn: '2025-01-01', toOn: '2025-06-30' },
      { role: 'member', name: 'DS P Example', isUser: false, fromOn: '2025-01-01', toOn: null },
      { role: 'chair', name: 'Dr R Example', isUser: false, fromOn: '2025-07-01', toOn: null },
    ]);
    const signedOff = (await api.db.query(`SELECT m.meets_on::text AS "on" FROM actions a JOIN meetings m ON m.id = a.signed_off_meeting_id WHERE a.partnership_id = $1 AND a.ref = 'ACT1'`, [pid])) as unknown[];
    expect(signedOff).toEqual([{ on: '2025-07-08' }]);

    // The export holds the section as given (terms chairs first, then by start; nulls and empty lists left out).
    const exported = await exportBundle(P);
    const [board, group] = groups(P, email);
    expect(exported.groups).toEqual([
      board,
      { ...group, members: [group?.members?.[0], group?.members?.[1], group?.members?.[2]], meetings: group?.meetings },
    ]);

    // The export imports back with nothing changed (the records and the groups).
    const again = await importBundle(exported);
    expect(again.sections.filter((s: any) => s.updated > 0)).toEqual([]);
    expect(again.created).toBe(0);
    expect(again.updated).toBe(0);
    expect(groupsResult(again)).toEqual({ section: 'groups', created: 0, updated: 0, unchanged: 2 });

    // A changed decision and a term ended: the Learning Group is updated, the board unchanged.
    const changed = structuredClone(bundle);
    const lg = changed.groups?.[1] as GroupRecord;
    (lg.members ?? [])[2] = { name: 'DS P Example', agency: 'POL', role: 'member', fromOn: '2025-01-01', toOn: '2025-12-31' };
    (lg.meetings ?? [])[0] = { ...(lg.meetings ?? [])[0], meetsOn: '2025-05-27', decisions: [{ text: 'Escalate ACT2 to the ICB and the police.', action: 'ACT2' }] };
    expect(groupsResult(await importBundle(changed))).toEqual({ section: 'groups', created: 0, updated: 1, unchanged: 1 });
    const decisions = (await api.db.query(
      `SELECT d.text FROM meeting_decisions d JOIN meetings m ON m.id = d.meeting_id WHERE m.group_id = $1 AND m.meets_on = '2025-05-27' ORDER BY d.created_at`,
      [learning?.id],
    )) as { text: string }[];
    // The meeting's decisions are the bundle's: the second decision of that meeting is gone.
    expect(decisions.map((d) => d.text)).toEqual(['Escalate ACT2 to the ICB and the police.']);
  });

  it('makes a new group of a section group no action names, counted as created', async () => {
    const P = uniqueRef('XG');
    const result = await importBundle({
      ...records(P),
      groups: [{ partnership: P, name: 'Cross-board Forum', kind: 'forum', members: [{ name: 'A Chair', agency: 'POL', role: 'chair', fromOn: '2025-04-01' }] }],
    });
    expect(groupsResult(result)).toEqual({ section: 'groups', created: 1, updated: 0, unchanged: 0 });
    // Three groups in all: the forum and the two the actions' committee names made.
    const names = (await api.db.query(`SELECT name, kind FROM groups WHERE partnership_id = $1 ORDER BY name`, [await partnershipId(P)])) as unknown[];
    expect(names).toEqual([
      { name: 'Cross-board Forum', kind: 'forum' },
      { name: 'Learning Group', kind: 'subgroup' },
      { name: 'Safeguarding Board', kind: 'subgroup' },
    ]);
  });

  it('still imports a bundle without the section: a committee name makes its group, and groups held stay as they are', async () => {
    const P = uniqueRef('XG');
    const result = await importBundle(records(P));
    expect(groupsResult(result)).toBeUndefined();
    const pid = await partnershipId(P);
    const names = (await api.db.query(`SELECT name FROM groups WHERE partnership_id = $1 ORDER BY name`, [pid])) as { name: string }[];
    expect(names.map((n) => n.name)).toEqual(['Learning Group', 'Safeguarding Board']);
  });

  it('refuses, naming each field, groups that break the rules or name what the database lacks, and writes nothing', async () => {
    const P = uniqueRef('XG');
    const clash = await api.system.raw(IMPORT, {
      bundle: {
        ...records(P),
        groups: [
          {
            partnership: P, name: 'Learning Group', kind: 'subgroup',
            members: [
              { name: 'A', agency: 'POL', role: 'chair', fromOn: '2025-01-01' },
              { name: 'B', agency: 'POL', role: 'chair', fromOn: '2025-03-01' },
              { role: 'member', fromOn: '2025-01-01' },
            ],
            meetings: [{ meetsOn: '2025-05-27', status: 'planned', minutes: 'Too soon.' }],
          },
          { partnership: P, name: 'LEARNING GROUP', kind: 'forum' },
        ],
      },
    });
    const fields = (clash.errors?.[0]?.extensions as { fields: { field: string }[] }).fields.map((p) => p.field);
    expect(fields).toEqual(['groups[0].members[0].fromOn', 'groups[0].members[1].fromOn', 'groups[0].members[2].user', 'groups[0].meetings[0].minutes', 'groups[1].name']);
    expect(await partnershipId(P)).toBeUndefined();

    // References the database lacks: an email of no user of the partnership, an action of another group.
    const missing = await api.system.raw(IMPORT, {
      bundle: {
        ...records(P),
        groups: [
          {
            partnership: P, name: 'Learning Group', kind: 'subgroup',
            members: [{ user: 'nobody@example.org', role: 'member', fromOn: '2025-01-01' }],
            meetings: [{ meetsOn: '2025-05-27', status: 'held', decisions: [{ text: 'Board business.', action: 'ACT3' }] }],
          },
        ],
      },
    });
    const problems = (missing.errors?.[0]?.extensions as { fields: { field: string; message: string }[] }).fields;
    expect(problems).toEqual([
      { field: 'groups[0].members[0].user', message: expect.stringContaining('"nobody@example.org" is not a user of partnership') },
      { field: 'groups[0].meetings[0].decisions[0].action', message: 'action "ACT3" is not monitored by the Learning Group (its monitoringCommittee)' },
    ]);
    // The whole import rolled back, records too.
    expect(await partnershipId(P)).toBeUndefined();
  });
});
