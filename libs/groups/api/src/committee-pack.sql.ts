import { ActionStatus, isComplete, isOpen } from '@sli/actions-api';

/*
 * The committee pack's figures, each one statement over the group's actions as they stood on the
 * pack's date ($2, `asOf`): the status is action_status_on (the status history read for that day),
 * and an action agreed (its first update recorded) after asOf is left out, not yet in existence.
 * $1 is the group.
 */

const quoted = (statuses: ActionStatus[]) => statuses.map((s) => `'${s}'`).join(', ');
const ALL = Object.values(ActionStatus);
const OPEN = quoted(ALL.filter(isOpen));
/** Completed, impact evidenced or cancelled: what the group signs off. */
const CLOSED = quoted(ALL.filter((s) => isComplete(s) || s === ActionStatus.CANCELLED));

const ENGLAND_DAY = (ts: string) => `(${ts} AT TIME ZONE 'Europe/London')::date`;

/** The group's actions on asOf, with their owner agency, as `a`. */
const GROUP_ACTIONS_AS_OF = `(
  SELECT x.id, x.ref, x.title, x.due_on, x.completed_on, x.cancelled_on, x.signed_off_on, ag.name AS owner_agency,
         action_status_on(x.id, x.status, x.completed_on, x.cancelled_on, $2::date) AS status
    FROM actions x JOIN agencies ag ON ag.id = x.owner_agency_id
   WHERE x.group_id = $1::uuid
     AND NOT EXISTS (SELECT 1 FROM action_updates u WHERE u.action_id = x.id AND u.from_status IS NULL AND ${ENGLAND_DAY('u.changed_at')} > $2::date)
) a`;

const PACK_COLUMNS = `a.id AS "actionId", a.ref, a.title, a.owner_agency AS "ownerAgency", a.due_on::text AS "dueOn", a.status,
  CASE WHEN a.status = '${ActionStatus.CANCELLED}' THEN a.cancelled_on::text WHEN a.status IN (${CLOSED}) THEN a.completed_on::text END AS "closedOn",
  CASE WHEN a.status IN (${OPEN}) THEN greatest(0, $2::date - a.due_on) ELSE 0 END::int AS "daysOverdue"`;

/** How many actions the group monitors on asOf. */
export const ACTION_COUNT_SQL = `SELECT count(*)::int AS count FROM ${GROUP_ACTIONS_AS_OF}`;

/** Overdue on asOf: open then and due before asOf (BRAG red); longest overdue first. */
export const OVERDUE_SQL = `SELECT ${PACK_COLUMNS} FROM ${GROUP_ACTIONS_AS_OF}
  WHERE a.status IN (${OPEN}) AND a.due_on < $2::date ORDER BY a.due_on, a.ref`;

/** Due before the next meeting ($3): open on asOf, due on or after asOf and before that day; soonest first. */
export const DUE_BEFORE_NEXT_SQL = `SELECT ${PACK_COLUMNS} FROM ${GROUP_ACTIONS_AS_OF}
  WHERE a.status IN (${OPEN}) AND a.due_on >= $2::date AND a.due_on < $3::date ORDER BY a.due_on, a.ref`;

/** Awaiting sign-off: complete or cancelled on asOf and not signed off by then; longest waiting first. */
export const AWAITING_SIGN_OFF_SQL = `SELECT ${PACK_COLUMNS} FROM ${GROUP_ACTIONS_AS_OF}
  WHERE a.status IN (${CLOSED}) AND (a.signed_off_on IS NULL OR a.signed_off_on > $2::date)
  ORDER BY coalesce(a.completed_on, a.cancelled_on), a.ref`;

/**
 * What changed: every update of the group's actions recorded (day in England) after the previous
 * meeting's day ($3; all of them when null) and on or before asOf, oldest first. An update with no
 * `from` status records an action being agreed.
 */
export const CHANGES_SQL = `SELECT x.id AS "actionId", x.ref, x.title, ${ENGLAND_DAY('u.changed_at')}::text AS "changedOn",
    u.from_status AS "fromStatus", u.to_status AS "toStatus", u.changed_by AS "changedBy", u.note
  FROM action_updates u JOIN actions x ON x.id = u.action_id
  WHERE x.group_id = $1::uuid AND ${ENGLAND_DAY('u.changed_at')} <= $2::date
    AND ($3::date IS NULL OR ${ENGLAND_DAY('u.changed_at')} > $3::date)
  ORDER BY u.changed_at, x.ref`;
