import type {
  ActionRecord,
  AttendanceRecord,
  AuditCaseRecord,
  AuditRecord,
  InformationRequestRecord,
  MeasureRecord,
  NotificationRecord,
  ReviewRecord,
} from '@sli/exchange-domain';
import type { FieldProblem } from '@sli/shared/api-core';
import type { AnyRecord, Section } from './bundle-references';

/*
 * The cross-field rules the database enforces with CHECK and UNIQUE constraints, restated per
 * record so an import names the field at fault. Fields are relative to the record. Dates are
 * `YYYY-MM-DD` (already checked by the schema), so string comparison orders them.
 */

type Rules = (r: never) => FieldProblem[];

const RULES: Partial<Record<Section, Rules>> = {
  notifications: (n: NotificationRecord) => onOrAfter(n, 'dateNotified', 'dateAware'),

  reviews: (r: ReviewRecord) => {
    const problems = onOrAfter(r, 'completedOn', 'initiatedOn');
    if (r.publishedOn != null) {
      if (r.completedOn == null) problems.push({ field: 'publishedOn', message: 'needs completedOn: a review is published after it is completed' });
      else problems.push(...onOrAfter(r, 'publishedOn', 'completedOn'));
    }
    if (r.status === 'closed-unpublished' && r.unpublishedReason == null) {
      problems.push({ field: 'unpublishedReason', message: 'is required when the status is closed-unpublished' });
    }
    if (r.type !== 'rapid-review') {
      for (const field of ['infoRequestedOn', 'meetingOn', 'sentToPanelOn', 'rapidReviewOutcome', 'nationalReviewRecommended'] as const) {
        if (r[field] != null) problems.push({ field, message: 'applies to rapid reviews only (type rapid-review)' });
      }
    }
    problems.push(...statusHistoryProblems(r));
    return problems;
  },

  informationRequests: (r: InformationRequestRecord) => [...onOrAfter(r, 'dueOn', 'sentOn'), ...onOrAfter(r, 'returnedOn', 'sentOn')],

  audits: (a: AuditRecord) => onOrAfter(a, 'completedOn', 'startedOn'),

  auditCases: (c: AuditCaseRecord) => duplicates(c.domainGrades ?? [], 'domainGrades', 'domain', (g) => g.domain),

  findings: exactlyOneSource,
  recommendations: exactlyOneSource,

  actions: (a: ActionRecord) => {
    const problems = exactlyOneSource(a);
    const done = a.status === 'completed' || a.status === 'impact-evidenced';
    if (done && a.completedOn == null) problems.push({ field: 'completedOn', message: `is required when the status is ${a.status}` });
    if (!done && a.completedOn != null) problems.push({ field: 'completedOn', message: `must be empty when the status is ${a.status}` });
    if (a.status === 'impact-evidenced' && a.impactEvidence == null) {
      problems.push({ field: 'impactEvidence', message: 'is required when the status is impact-evidenced' });
    }
    if (a.status !== 'cancelled' && a.cancelledOn != null) {
      problems.push({ field: 'cancelledOn', message: `must be empty when the status is ${a.status}` });
    }
    problems.push(...duplicates(a.updates ?? [], 'updates', 'changedAt', (u) => instantKey(u.changedAt)));
    return problems;
  },

  attendances: (a: AttendanceRecord) => {
    const f = a.followUp;
    if (!f) return [];
    const problems = onOrAfter(f, 'respondedOn', 'sentOn').map((p) => ({ ...p, field: `followUp.${p.field}` }));
    if ((f.respondedOn == null) !== (f.changedPractice == null)) {
      problems.push({ field: 'followUp.changedPractice', message: 'must be given exactly when respondedOn is (both or neither)' });
    }
    return problems;
  },

  measures: (m: MeasureRecord) => {
    const problems: FieldProblem[] = [];
    if ((m.source === 'computed') !== (m.metric != null)) {
      const message = m.source === 'computed' ? 'is required when the source is computed' : 'must be empty when the source is entered';
      problems.push({ field: 'metric', message });
    }
    if (m.kind === 'indicator' && m.strategy != null) {
      problems.push({ field: 'strategy', message: "must be empty for an indicator: an indicator measures a result's population, not a strategy's work" });
    }
    if ((m.kind ?? 'performance-measure') === 'performance-measure' && m.result != null) {
      problems.push({ field: 'result', message: 'must be empty for a performance measure: it reaches its result through its strategy' });
    }
    problems.push(...duplicates(m.values ?? [], 'values', 'periodStart', (v) => v.periodStart));
    problems.push(...duplicates(m.notes ?? [], 'notes', 'text', (n) => `${n.writtenOn}\n${n.text}`, 'writtenOn and text'));
    return problems;
  },
};

/**
 * A review's status history, when given: in order of the day each change took effect, ending in the
 * review's status, no change twice (recordedAt and status identify it).
 */
function statusHistoryProblems(r: ReviewRecord): FieldProblem[] {
  const history = r.statusHistory;
  if (!history || history.length === 0) return [];
  const problems = duplicates(history, 'statusHistory', 'recordedAt', (c) => `${instantKey(c.recordedAt)}\n${c.status}`, 'recordedAt and status');
  history.forEach((c, i) => {
    const previous = history[i - 1];
    if (previous && c.changedOn < previous.changedOn) {
      problems.push({ field: `statusHistory[${i}].changedOn`, message: `must be on or after statusHistory[${i - 1}].changedOn (${previous.changedOn})` });
    }
  });
  const last = history[history.length - 1];
  if (last && last.status !== r.status) {
    problems.push({ field: `statusHistory[${history.length - 1}].status`, message: `must be the review's status (${r.status}): the last change is the current status` });
  }
  return problems;
}

/** The rule problems of one record of `section`, with fields relative to the record. */
export function recordRuleProblems(section: Section, record: AnyRecord): FieldProblem[] {
  const rules = RULES[section] as ((r: AnyRecord) => FieldProblem[]) | undefined;
  return rules ? rules(record) : [];
}

function onOrAfter<T extends object>(r: T, later: keyof T & string, earlier: keyof T & string): FieldProblem[] {
  const a = r[later];
  const b = r[earlier];
  if (typeof a !== 'string' || typeof b !== 'string' || a >= b) return [];
  return [{ field: later, message: `must be on or after ${earlier} (${b})` }];
}

function exactlyOneSource(r: { review?: string | null; audit?: string | null }): FieldProblem[] {
  if (r.review != null && r.audit != null) return [{ field: 'audit', message: 'must be empty when review is set: give exactly one of review and audit' }];
  if (r.review == null && r.audit == null) return [{ field: 'review', message: 'is required (or audit): give exactly one of review and audit' }];
  return [];
}

/** Items of a nested list that repeat an earlier item's key. */
function duplicates<T>(items: T[], list: string, field: string, keyOf: (item: T) => string, what = field): FieldProblem[] {
  const first = new Map<string, number>();
  const problems: FieldProblem[] = [];
  items.forEach((item, i) => {
    const key = keyOf(item);
    const j = first.get(key);
    if (j === undefined) first.set(key, i);
    else problems.push({ field: `${list}[${i}].${field}`, message: `repeats the ${what} of ${list}[${j}]` });
  });
  return problems;
}

/**
 * The instant an ISO 8601 date-time names, to microseconds (PostgreSQL's precision), so that
 * `…T10:00:00Z` and `…T11:00:00+01:00` are the same key. The schema has already checked the form.
 */
export function instantKey(iso: string): string {
  const fraction = /\.(\d+)/.exec(iso)?.[1] ?? '';
  const micros = (fraction + '000000').slice(3, 6);
  return `${Date.parse(iso)}.${micros}`;
}
