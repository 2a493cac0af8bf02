import { notInFuture, onOrAfter, type FieldProblem } from '@sli/shared/domain';

export type GroupKindValue = 'board' | 'executive' | 'subgroup' | 'forum';
export type MemberRoleValue = 'chair' | 'vice-chair' | 'member';
export type MeetingStatusValue = 'planned' | 'held';

/** A member's term: a role from one day to another (to is the last day, null while it runs). */
export interface MemberTerm {
  id?: string;
  role: MemberRoleValue;
  fromOn: string;
  toOn: string | null;
}

/** Whether a term covers the day (from and to both count). */
export function servesOn(term: Pick<MemberTerm, 'fromOn' | 'toOn'>, day: string): boolean {
  return term.fromOn <= day && (term.toOn === null || term.toOn >= day);
}

/** The term of the chair on a day, or null: a rotating chair is a series of terms, one at a time. */
export function chairOn<T extends MemberTerm>(terms: readonly T[], day: string): T | null {
  return terms.find((t) => t.role === 'chair' && servesOn(t, day)) ?? null;
}

/** Whether two terms share a day. */
function overlap(a: MemberTerm, b: MemberTerm): boolean {
  const aEnd = a.toOn ?? '9999-12-31';
  const bEnd = b.toOn ?? '9999-12-31';
  return a.fromOn <= bEnd && b.fromOn <= aEnd;
}

/**
 * A term as it would be saved, beside the group's other terms: it ends on or after it starts, and a
 * chair (or vice-chair) term shares no day with another term of the same role: a group has one chair
 * at a time, so a new chair's term starts after the last one ends.
 */
export function termProblems(term: MemberTerm, others: readonly MemberTerm[]): FieldProblem[] {
  const problems = onOrAfter('toOn', term.toOn, term.fromOn, 'the day the role starts');
  if (term.role !== 'member' && problems.length === 0) {
    const clash = others.find((o) => o.id !== term.id && o.role === term.role && overlap(o, term));
    if (clash) {
      const words = term.role === 'chair' ? 'chair' : 'vice-chair';
      problems.push({ field: 'fromOn', message: `overlaps another ${words}'s term (from ${clash.fromOn}${clash.toOn ? ` to ${clash.toOn}` : ''}): end that term first` });
    }
  }
  return problems;
}

/** A meeting recorded as held has happened: its date is not after today. Minutes come with a held meeting. */
export function meetingProblems(m: { meetsOn: string; status: MeetingStatusValue; minutes: string | null }, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (m.status === 'held') problems.push(...notInFuture('meetsOn', m.meetsOn, today).map((p) => ({ ...p, message: `${p.message}: a meeting still to come is planned` })));
  if (m.status === 'planned' && m.minutes) problems.push({ field: 'minutes', message: 'are recorded once the meeting is held' });
  return problems;
}

/** Adds whole days to a `YYYY-MM-DD` date. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The next meeting after a day: the group's first recorded meeting after it, else the day plus the
 * group's cadence (a learning group every 6 weeks meets 42 days on), else none known.
 */
export function nextMeetingOn(meetingDays: readonly string[], after: string, cadenceWeeks: number | null): string | null {
  const recorded = meetingDays.filter((d) => d > after).sort()[0];
  if (recorded) return recorded;
  return cadenceWeeks ? addDays(after, cadenceWeeks * 7) : null;
}

/** The group's meeting before a day (the last one held before it), or null for its first. */
export function previousMeetingOn(meetings: readonly { meetsOn: string; status: MeetingStatusValue }[], before: string): string | null {
  return (
    meetings
      .filter((m) => m.status === 'held' && m.meetsOn < before)
      .map((m) => m.meetsOn)
      .sort()
      .at(-1) ?? null
  );
}

/** A pack's figures are as of the meeting's day, or today for a meeting still to come: never after today. */
export function packAsOf(meetsOn: string, today: string): string {
  return meetsOn < today ? meetsOn : today;
}

/**
 * A group's next meeting on or after today: the first recorded one, else its last meeting's day
 * stepped on by the cadence until it reaches today; null with no meeting or no cadence.
 */
export function upcomingMeetingOn(meetingDays: readonly string[], today: string, cadenceWeeks: number | null): string | null {
  const sorted = [...meetingDays].sort();
  const recorded = sorted.find((d) => d >= today);
  if (recorded) return recorded;
  const last = sorted.at(-1);
  if (!last || !cadenceWeeks) return null;
  const weeks = Math.ceil((Date.parse(today) - Date.parse(last)) / (cadenceWeeks * 7 * 86_400_000)) * cadenceWeeks;
  return addDays(last, Math.max(weeks, cadenceWeeks) * 7);
}
