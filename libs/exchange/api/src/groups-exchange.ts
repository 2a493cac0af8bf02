import type { Bundle, GroupMemberRecord, GroupRecord, MeetingRecord } from '@sli/exchange-domain';
import { meetingProblems, termProblems } from '@sli/groups-domain';
import { InputError, type FieldProblem } from '@sli/shared/api-core';
import { todayInEngland } from '@sli/shared/domain';
import type { EntityManager } from 'typeorm';

/*
 * The bundle's `groups` section (group.types.ts): each partnership's groups with their members'
 * terms and their meetings, decisions and sign-offs. Written after every record section, since
 * decisions and sign-offs name actions and terms name agencies. A group is matched by its name in
 * its partnership, ignoring case (as actions name it, so an action's committee name and a group of
 * the section are one group); its terms and meetings are made equal to the bundle's. A bundle
 * without the section leaves groups as they are (an action's committee name still makes its group).
 */

export const GROUPS_SECTION = 'groups';

const KIND_ORDER = `array_position(ARRAY['board', 'executive', 'subgroup', 'forum'], g.kind)`;

/**
 * The checks that need nothing but the bundle: a group's name once per partnership, a term naming a
 * user or a person (with an agency), terms' dates and one chair at a time, one meeting a day, a held
 * meeting not after today and minutes only once held, a sign-off listed once.
 */
export function groupProblems(bundle: Bundle, refused: ReadonlySet<string>, today = todayInEngland()): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const first = new Map<string, number>();
  (bundle.groups ?? []).forEach((g, i) => {
    const path = `${GROUPS_SECTION}[${i}]`;
    if (refused.has(path)) return;
    const key = `${g.partnership}\n${g.name.toLowerCase()}`;
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, i);
    else problems.push({ field: `${path}.name`, message: `"${g.name}" is already given by ${GROUPS_SECTION}[${earlier}] (names are matched ignoring case)` });
    const terms = (g.members ?? []).map((t, j) => ({ id: String(j), role: t.role, fromOn: t.fromOn, toOn: t.toOn ?? null }));
    (g.members ?? []).forEach((t, j) => {
      const at = `${path}.members[${j}]`;
      if (t.user && t.name) problems.push({ field: `${at}.name`, message: 'is for someone without an account: give a user or a name, not both' });
      if (!t.user && !t.name) problems.push({ field: `${at}.user`, message: 'is required, or the name of someone without an account' });
      if (t.name && !t.agency) problems.push({ field: `${at}.agency`, message: 'is required for someone without an account' });
      if (t.user && t.agency) problems.push({ field: `${at}.agency`, message: "is for someone without an account: a user's agency is their own" });
      problems.push(...termProblems(terms[j] as (typeof terms)[number], terms).map((p) => ({ ...p, field: `${at}.${p.field}` })));
    });
    const days = new Set<string>();
    (g.meetings ?? []).forEach((mt, j) => {
      const at = `${path}.meetings[${j}]`;
      if (days.has(mt.meetsOn)) problems.push({ field: `${at}.meetsOn`, message: `the group already meets on ${mt.meetsOn}: one meeting a day` });
      days.add(mt.meetsOn);
      const rule = meetingProblems({ meetsOn: mt.meetsOn, status: mt.status ?? 'planned', minutes: mt.minutes ?? null }, today);
      problems.push(...rule.map((p) => ({ ...p, field: `${at}.${p.field}` })));
    });
  });
  return problems;
}

/** What the database holds that the section refers to, looked up once the record sections are written. */
interface Resolved {
  partnerships: Map<string, string>;
  /** `partnership\nemail` (lower case) → user id, for users of that partnership. */
  users: Map<string, string>;
  /** `partnership\nref` → id. */
  agencies: Map<string, string>;
  /** `partnership\nref` → the action with its group's name and sign-off day. */
  actions: Map<string, { id: string; groupName: string | null; signedOffOn: string | null }>;
}

const pk = (partnership: string, key: string) => `${partnership}\n${key}`;

async function resolve(m: EntityManager, groups: readonly GroupRecord[]): Promise<Resolved> {
  const refs = [...new Set(groups.map((g) => g.partnership))];
  const rows = <T>(sql: string) => m.query(sql, [refs]) as Promise<T[]>;
  const [partnerships, users, agencies, actions] = await Promise.all([
    rows<{ ref: string; id: string }>(`SELECT ref, id FROM partnerships WHERE ref = ANY($1::text[])`),
    rows<{ p: string; email: string; id: string }>(
      `SELECT p.ref AS p, lower(u.email) AS email, u.id FROM users u JOIN user_partnerships up ON up.user_id = u.id JOIN partnerships p ON p.id = up.partnership_id
        WHERE p.ref = ANY($1::text[])`,
    ),
    rows<{ p: string; ref: string; id: string }>(`SELECT p.ref AS p, a.ref, a.id FROM agencies a JOIN partnerships p ON p.id = a.partnership_id WHERE p.ref = ANY($1::text[])`),
    rows<{ p: string; ref: string; id: string; groupName: string | null; signedOffOn: string | null }>(
      `SELECT p.ref AS p, a.ref, a.id, g.name AS "groupName", a.signed_off_on::text AS "signedOffOn"
         FROM actions a JOIN partnerships p ON p.id = a.partnership_id LEFT JOIN groups g ON g.id = a.group_id WHERE p.ref = ANY($1::text[])`,
    ),
  ]);
  return {
    partnerships: new Map(partnerships.map((r) => [r.ref, r.id])),
    users: new Map(users.map((r) => [pk(r.p, r.email), r.id])),
    agencies: new Map(agencies.map((r) => [pk(r.p, r.ref), r.id])),
    actions: new Map(actions.map((r) => [pk(r.p, r.ref), r])),
  };
}

interface Term {
  userId: string | null;
  name: string | null;
  agencyId: string | null;
  role: string;
  fromOn: string;
  toOn: string | null;
}
interface Meeting {
  meetsOn: string;
  status: string;
  minutes: string | null;
  decisions: { text: string; actionId: string | null }[];
  signOffs: string[];
}

/** The group's terms and meetings with ids for refs and emails; every reference the database lacks is a problem. */
function planGroup(g: GroupRecord, i: number, r: Resolved, problems: FieldProblem[]): { terms: Term[]; meetings: Meeting[] } {
  const path = `${GROUPS_SECTION}[${i}]`;
  const term = (t: GroupMemberRecord, j: number): Term => {
    const at = `${path}.members[${j}]`;
    const userId = t.user ? (r.users.get(pk(g.partnership, t.user.toLowerCase())) ?? null) : null;
    if (t.user && !userId) problems.push({ field: `${at}.user`, message: `"${t.user}" is not a user of partnership "${g.partnership}": add the user first, or give a name and agency` });
    const agencyId = t.agency ? (r.agencies.get(pk(g.partnership, t.agency)) ?? null) : null;
    if (t.agency && !agencyId) problems.push({ field: `${at}.agency`, message: `agency "${t.agency}" is neither in the bundle nor in the database` });
    return { userId, name: t.name?.trim() || null, agencyId, role: t.role, fromOn: t.fromOn, toOn: t.toOn ?? null };
  };
  const ownAction = (ref: string, field: string) => {
    const a = r.actions.get(pk(g.partnership, ref));
    if (!a) problems.push({ field, message: `action "${ref}" is neither in the bundle nor in the database` });
    else if (a.groupName?.toLowerCase() !== g.name.toLowerCase()) problems.push({ field, message: `action "${ref}" is not monitored by the ${g.name} (its monitoringCommittee)` });
    return a;
  };
  const meeting = (mt: MeetingRecord, j: number): Meeting => {
    const at = `${path}.meetings[${j}]`;
    const decisions = (mt.decisions ?? []).map((d, k) => ({
      text: d.text.trim(),
      actionId: d.action ? (ownAction(d.action, `${at}.decisions[${k}].action`)?.id ?? null) : null,
    }));
    const signOffs = (mt.signOffs ?? []).flatMap((ref, k) => {
      const a = ownAction(ref, `${at}.signOffs[${k}]`);
      if (a && a.signedOffOn !== mt.meetsOn) {
        problems.push({ field: `${at}.signOffs[${k}]`, message: `action "${ref}" must be signed off on the meeting's day (${mt.meetsOn}), not ${a.signedOffOn ?? 'never'}` });
      }
      return a ? [a.id] : [];
    });
    return { meetsOn: mt.meetsOn, status: mt.status ?? 'planned', minutes: mt.minutes ?? null, decisions, signOffs };
  };
  return { terms: (g.members ?? []).map(term), meetings: (g.meetings ?? []).map(meeting) };
}

const termKey = (t: Term) => JSON.stringify([t.userId, t.name, t.agencyId, t.role, t.fromOn, t.toOn]);

/**
 * Writes the section: each group upserted by name, then its terms, meetings, decisions and sign-offs
 * made equal to the bundle's. Refuses (rolling the whole import back) a reference the database lacks.
 * A group counts as created when this import made it (its row dates from this transaction, so also a
 * group an action's committee name made), updated when it or anything of it changed.
 */
export async function writeGroups(m: EntityManager, groups: readonly GroupRecord[]): Promise<{ created: number; updated: number; unchanged: number }> {
  if (groups.length === 0) return { created: 0, updated: 0, unchanged: 0 };
  const r = await resolve(m, groups);
  const problems: FieldProblem[] = [];
  const plans = groups.map((g, i) => {
    if (!r.partnerships.has(g.partnership)) problems.push({ field: `${GROUPS_SECTION}[${i}].partnership`, message: `partnership "${g.partnership}" is neither in the bundle nor in the database` });
    return planGroup(g, i, r, problems);
  });
  if (problems.length > 0) {
    throw new InputError(problems, `The bundle's groups refer to records the database lacks; nothing was imported. ${problems[0]?.field}: ${problems[0]?.message}`);
  }
  let created = 0;
  let updated = 0;
  for (const [i, g] of groups.entries()) {
    const partnershipId = r.partnerships.get(g.partnership) as string;
    const [row] = (await m.query(
      `INSERT INTO groups (partnership_id, name, kind, purpose, cadence_weeks) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (partnership_id, lower(name)) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, purpose = EXCLUDED.purpose,
         cadence_weeks = EXCLUDED.cadence_weeks, updated_at = now()
       WHERE (groups.name, groups.kind, groups.purpose, groups.cadence_weeks) IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.kind, EXCLUDED.purpose, EXCLUDED.cadence_weeks)
       RETURNING id`,
      [partnershipId, g.name, g.kind, g.purpose ?? null, g.cadenceWeeks ?? null],
    )) as { id: string }[];
    const [group] = (await m.query(`SELECT id, created_at = now() AS fresh FROM groups WHERE partnership_id = $1 AND lower(name) = lower($2)`, [partnershipId, g.name])) as {
      id: string;
      fresh: boolean;
    }[];
    if (!group) throw new Error(`Group "${g.name}" was not written`);
    const plan = plans[i] as ReturnType<typeof planGroup>;
    const termsChanged = await syncTerms(m, partnershipId, group.id, plan.terms);
    const meetingsChanged = await syncMeetings(m, partnershipId, group.id, plan.meetings);
    if (group.fresh) created++;
    else if (row || termsChanged || meetingsChanged) updated++;
  }
  return { created, updated, unchanged: groups.length - created - updated };
}

/** Makes the group's terms the bundle's: removes those it lacks, adds those it has not. Whether anything changed. */
async function syncTerms(m: EntityManager, partnershipId: string, groupId: string, terms: Term[]): Promise<boolean> {
  const held = (await m.query(
    `SELECT id, user_id AS "userId", name, agency_id AS "agencyId", role, from_on::text AS "fromOn", to_on::text AS "toOn" FROM group_members WHERE group_id = $1`,
    [groupId],
  )) as (Term & { id: string })[];
  const wanted = new Map(terms.map((t) => [termKey(t), t]));
  const gone = held.filter((h) => !wanted.delete(termKey(h))).map((h) => h.id);
  if (gone.length > 0) await m.query(`DELETE FROM group_members WHERE id = ANY($1::uuid[])`, [gone]);
  for (const t of wanted.values()) {
    await m.query(`INSERT INTO group_members (partnership_id, group_id, user_id, name, agency_id, role, from_on, to_on) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, [
      partnershipId,
      groupId,
      t.userId,
      t.name,
      t.agencyId,
      t.role,
      t.fromOn,
      t.toOn,
    ]);
  }
  return gone.length > 0 || wanted.size > 0;
}

/**
 * Makes the group's meetings the bundle's, by day: removes those it lacks (their decisions go, their
 * sign-offs keep their date), writes status and minutes, replaces a meeting's decisions when they
 * differ in any way (their order is the order recorded), and points the actions signed off at it.
 */
async function syncMeetings(m: EntityManager, partnershipId: string, groupId: string, meetings: Meeting[]): Promise<boolean> {
  let changed = false;
  const held = (await m.query(`SELECT id, meets_on::text AS "meetsOn" FROM meetings WHERE group_id = $1`, [groupId])) as { id: string; meetsOn: string }[];
  const days = new Set(meetings.map((mt) => mt.meetsOn));
  const gone = held.filter((h) => !days.has(h.meetsOn)).map((h) => h.id);
  if (gone.length > 0) {
    await m.query(`DELETE FROM meetings WHERE id = ANY($1::uuid[])`, [gone]);
    changed = true;
  }
  for (const mt of meetings) {
    const written = (await m.query(
      `INSERT INTO meetings (partnership_id, group_id, meets_on, status, minutes) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (group_id, meets_on) DO UPDATE SET status = EXCLUDED.status, minutes = EXCLUDED.minutes, updated_at = now()
       WHERE (meetings.status, meetings.minutes) IS DISTINCT FROM (EXCLUDED.status, EXCLUDED.minutes)
       RETURNING id`,
      [partnershipId, groupId, mt.meetsOn, mt.status, mt.minutes],
    )) as { id: string }[];
    if (written.length > 0) changed = true;
    const [{ id }] = (await m.query(`SELECT id FROM meetings WHERE group_id = $1 AND meets_on = $2`, [groupId, mt.meetsOn])) as [{ id: string }];
    const decisions = (await m.query(`SELECT text, action_id AS "actionId" FROM meeting_decisions WHERE meeting_id = $1 ORDER BY created_at, id`, [id])) as Meeting['decisions'];
    if (JSON.stringify(decisions) !== JSON.stringify(mt.decisions)) {
      await m.query(`DELETE FROM meeting_decisions WHERE meeting_id = $1`, [id]);
      for (const d of mt.decisions) {
        await m.query(`INSERT INTO meeting_decisions (partnership_id, meeting_id, text, action_id) VALUES ($1, $2, $3, $4)`, [partnershipId, id, d.text, d.actionId]);
      }
      changed = true;
    }
    // TypeORM answers an UPDATE with [rows, row count].
    const [, cleared] = (await m.query(`UPDATE actions SET signed_off_meeting_id = NULL WHERE signed_off_meeting_id = $1 AND NOT (id = ANY($2::uuid[]))`, [
      id,
      mt.signOffs,
    ])) as [unknown[], number];
    const [, pointed] = (await m.query(`UPDATE actions SET signed_off_meeting_id = $1 WHERE id = ANY($2::uuid[]) AND signed_off_meeting_id IS DISTINCT FROM $1`, [
      id,
      mt.signOffs,
    ])) as [unknown[], number];
    if (cleared > 0 || pointed > 0) changed = true;
  }
  return changed;
}

/**
 * Every group of the partnerships (`$1` refs, or null for all) with its terms (chairs first, then by
 * start), its meetings by day with their decisions (in the order recorded) and the refs of the
 * actions signed off at each. The board first, then executive, subgroups and forums, each by name.
 */
export const GROUPS_EXPORT_SQL = `
  SELECT p.ref AS partnership, g.name, g.kind, g.purpose, g.cadence_weeks AS "cadenceWeeks",
    (SELECT json_agg(json_build_object('user', u.email, 'name', gm.name, 'agency', ag.ref, 'role', gm.role, 'fromOn', gm.from_on::text, 'toOn', gm.to_on::text)
              ORDER BY array_position(ARRAY['chair', 'vice-chair', 'member'], gm.role), gm.from_on, coalesce(u.email, gm.name) COLLATE "C", gm.to_on)
       FROM group_members gm LEFT JOIN users u ON u.id = gm.user_id LEFT JOIN agencies ag ON ag.id = gm.agency_id
      WHERE gm.group_id = g.id) AS members,
    (SELECT json_agg(json_build_object('meetsOn', mt.meets_on::text, 'status', mt.status, 'minutes', mt.minutes,
              'decisions', (SELECT json_agg(json_build_object('text', d.text, 'action', a.ref) ORDER BY d.created_at, d.id)
                              FROM meeting_decisions d LEFT JOIN actions a ON a.id = d.action_id WHERE d.meeting_id = mt.id),
              'signOffs', (SELECT json_agg(a.ref ORDER BY a.ref COLLATE "C") FROM actions a WHERE a.signed_off_meeting_id = mt.id))
              ORDER BY mt.meets_on)
       FROM meetings mt WHERE mt.group_id = g.id) AS meetings
  FROM groups g JOIN partnerships p ON p.id = g.partnership_id
  WHERE ($1::text[] IS NULL OR p.ref = ANY($1::text[]))
  ORDER BY p.ref COLLATE "C", ${KIND_ORDER}, lower(g.name)`;
