import type { INestApplicationContext } from '@nestjs/common';
import { longDate } from '@sli/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { demoDecisions, demoGroupPlan, hashOf, type PlannedGroup } from './demo-group-plan';
import { demoEmail } from './demo-users';

/**
 * Gives each demo partnership its groups, members and meetings (demo-group-plan.ts), in one
 * transaction; run after the demo users exist. A group the demo actions already named (the database
 * made it from their committee name) gets its kind, purpose and cadence. Returns how many groups.
 */
export async function createDemoGroups(app: INestApplicationContext): Promise<number> {
  const db = app.get(DataSource);
  return db.transaction(async (m) => {
    const partnerships = (await m.query(`SELECT id, ref, name FROM partnerships ORDER BY created_at, ref LIMIT 3`)) as { id: string; ref: string; name: string }[];
    let groups = 0;
    for (const p of partnerships) {
      const agencies = ((await m.query(`SELECT id FROM agencies WHERE partnership_id = $1 ORDER BY is_core_member DESC, ref`, [p.id])) as { id: string }[]).map((a) => a.id);
      for (const plan of demoGroupPlan(p)) {
        await writeGroup(m, p, agencies, plan);
        groups++;
      }
    }
    return groups;
  });
}

async function writeGroup(m: EntityManager, p: { id: string; name: string }, agencies: string[], plan: PlannedGroup): Promise<void> {
  const [group] = (await m.query(
    `INSERT INTO groups (partnership_id, name, kind, purpose, cadence_weeks) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (partnership_id, lower(name)) DO UPDATE SET kind = EXCLUDED.kind, purpose = EXCLUDED.purpose, cadence_weeks = EXCLUDED.cadence_weeks
     RETURNING id`,
    [p.id, plan.name, plan.kind, plan.purpose, plan.cadenceWeeks],
  )) as { id: string }[];
  for (const t of plan.terms) {
    const userId = t.role ? (((await m.query(`SELECT id FROM users WHERE email = $1`, [demoEmail(t.role, p.name)])) as { id: string }[])[0]?.id ?? null) : null;
    if (t.role && !userId) continue;
    const agencyId = t.agencyIndex === null ? null : (agencies[t.agencyIndex % Math.max(agencies.length, 1)] ?? null);
    if (t.name && !agencyId) continue;
    await m.query(
      `INSERT INTO group_members (partnership_id, group_id, user_id, name, agency_id, role, from_on, to_on) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [p.id, group.id, userId, t.name, t.name ? agencyId : null, t.memberRole, t.fromOn, t.toOn],
    );
  }
  // The group's actions, for decisions about one: those due within a cadence of each meeting.
  const actions = (await m.query(`SELECT id, ref, due_on::text AS "dueOn" FROM actions WHERE group_id = $1 ORDER BY ref`, [group.id])) as { id: string; ref: string; dueOn: string }[];
  for (const day of plan.meetings) {
    const [meeting] = (await m.query(`INSERT INTO meetings (partnership_id, group_id, meets_on, status, minutes) VALUES ($1, $2, $3, 'held', $4) RETURNING id`, [
      p.id,
      group.id,
      day,
      `Minutes of the ${plan.name} on ${longDate(day)}: apologies, the action plan, the figures, any other business.`,
    ])) as { id: string }[];
    const near = actions.filter((a) => Math.abs(Date.parse(a.dueOn) - Date.parse(day)) <= plan.cadenceWeeks * 7 * 86_400_000);
    const action = near.length > 0 ? near[hashOf(`${plan.name}:${day}`) % near.length] : undefined;
    for (const d of demoDecisions(plan.name, day, action?.ref ?? null)) {
      await m.query(`INSERT INTO meeting_decisions (partnership_id, meeting_id, text, action_id) VALUES ($1, $2, $3, $4)`, [p.id, meeting.id, d.text, d.about ? action?.id : null]);
    }
  }
}
