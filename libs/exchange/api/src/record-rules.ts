import { actionProblems } from '@sli/actions-domain';
import { auditProblems, repeatedDomainProblems } from '@sli/audits-domain';
import type {
  LearningProductRecord,
  RecommendationRecord,
  ActionRecord,
  AttendanceRecord,
  AuditCaseRecord,
  AuditRecord,
  InformationRequestRecord,
  MeasureRecord,
  NotificationRecord,
  ReferralRecord,
  ReviewEngagementRecord,
  ReviewRecord,
} from '@sli/exchange-domain';
import { measureProblems, notePeriodProblems, placeProblems, valueProblems } from '@sli/measures-domain';
import {
  engagementProblems,
  answerProblems,
  informationRequestProblems,
  notificationProblems,
  recommendationResponseProblems,
  referralProblems,
  reviewConductProblems,
  reviewProblems,
  timescaleChangeProblems,
  type RapidReviewSent,
  type ReviewNotification,
  type ReviewTypeValue,
  type TimescaleChangeFields,
} from '@sli/reviews-domain';
import { notInFuture, oneSourceProblems, repeatedItems, type FieldProblem } from '@sli/shared/domain';
import { evaluationProblems, followUpProblems } from '@sli/training-domain';
import type { AnyRecord, Section } from './bundle-references';

/*
 * The record rules of the domain libraries (the same functions the API and the dashboard's forms call,
 * so an import refuses a bad record with the same message), applied to bundle records. The rules
 * name fields as the GraphQL input does; a bundle names a reference without its `Id` suffix
 * (`reviewId` → `review`), so those are renamed. Fields are relative to the record.
 */

/** What a record's rules need beyond the record: today, and the records it points at. */
export interface RuleContext {
  /** Today in England (YYYY-MM-DD). */
  today: string;
  /** The notification `ref` of `partnership` (in the bundle, else in the database); undefined when it is in neither. */
  notification(partnership: string, ref: string): ReviewNotification | undefined;
  /** The rapid reviews of notification `ref` already sent to the Panel (the bundle's, then the database's others). */
  rapidReviews(partnership: string, ref: string): RapidReviewSent[];
  /** The type of review `ref` (in the bundle, else in the database); undefined when it is in neither. */
  reviewType(partnership: string, ref: string): ReviewTypeValue | undefined;
  /** The initiation of review `ref` (in the bundle, else in the database); undefined when it is in neither. */
  reviewInitiatedOn(partnership: string, ref: string): string | undefined;
  /** The date of training session `ref`; undefined when it is in neither the bundle nor the database. */
  sessionDate(partnership: string, ref: string): string | undefined;
}

type Rules = (r: never, ctx: RuleContext) => FieldProblem[];

const RULES: Partial<Record<Section, Rules>> = {
  notifications: (n: NotificationRecord, ctx) =>
    notificationProblems({ dateAware: n.dateAware, dateNotified: n.dateNotified ?? null }, ctx.today, ctx.rapidReviews(n.partnership, n.ref)),

  reviews: (r: ReviewRecord, ctx) => [
    ...reviewProblems(
      {
        type: r.type,
        status: r.status,
        initiatedOn: r.initiatedOn,
        termsAgreedOn: r.termsAgreedOn ?? null,
        completedOn: r.completedOn ?? null,
        publishedOn: r.publishedOn ?? null,
        unpublishedReason: r.unpublishedReason ?? null,
        infoRequestedOn: r.infoRequestedOn ?? null,
        meetingOn: r.meetingOn ?? null,
        sentToPanelOn: r.sentToPanelOn ?? null,
        rapidReviewOutcome: r.rapidReviewOutcome ?? null,
        nationalReviewRecommended: r.nationalReviewRecommended ?? null,
      },
      ctx.today,
      r.notification ? (ctx.notification(r.partnership, r.notification) ?? null) : null,
    ),
    ...reviewConductProblems(
      {
        type: r.type,
        initiatedOn: r.initiatedOn,
        publishedOn: r.publishedOn ?? null,
        reviewers: r.reviewers ?? null,
        method: r.method ?? null,
        methodDetails: r.methodDetails ?? null,
        reportSharedOn: r.reportSharedOn ?? null,
        plannedPublicationOn: r.plannedPublicationOn ?? null,
      },
      ctx.today,
    ),
    ...statusHistoryProblems(r),
    ...timescaleProblems(r, ctx.today),
  ],

  informationRequests: (r: InformationRequestRecord, ctx) => [
    ...informationRequestProblems({ sentOn: r.sentOn, dueOn: r.dueOn, remindedOn: r.remindedOn ?? null, returnedOn: r.returnedOn ?? null }, ctx.today),
    ...answerRecordProblems(r, ctx.today),
  ],

  referrals: (r: ReferralRecord, ctx) => {
    const reviewType = r.review ? ctx.reviewType(r.partnership, r.review) : undefined;
    return referralProblems(
      {
        ref: r.ref,
        referredOn: r.referredOn,
        route: r.route,
        referringAgencyId: r.referringAgency ?? null,
        criteria: r.criteria,
        decision: r.decision ?? null,
        reasons: r.reasons ?? null,
        decidedBy: r.decidedBy ?? null,
        decidedOn: r.decidedOn ?? null,
        referrerToldOn: r.referrerToldOn ?? null,
        panelResponse: r.panelResponse ?? null,
        notificationId: r.notification ?? null,
        reviewId: r.review ?? null,
      },
      ctx.today,
      r.review && reviewType ? { ref: r.review, type: reviewType } : null,
    );
  },

  reviewEngagements: (e: ReviewEngagementRecord, ctx) => {
    const initiatedOn = ctx.reviewInitiatedOn(e.partnership, e.review);
    return engagementProblems(
      { engagedOn: e.engagedOn, party: e.party, familyRole: e.familyRole ?? null, agencyId: e.agency ?? null },
      { initiatedOn: initiatedOn ?? e.engagedOn },
      ctx.today,
    );
  },

  audits: (a: AuditRecord, ctx) => auditProblems(a, ctx.today),

  auditCases: (c: AuditCaseRecord) => repeatedDomainProblems(c.domainGrades ?? []),

  findings: (f: { review?: string | null; audit?: string | null }) => oneSourceProblems(f.review, f.audit),
  recommendations: (r: RecommendationRecord, ctx) => [...oneSourceProblems(r.review, r.audit), ...recommendationResponseProblems(r, ctx.today)],

  learningProducts: (p: LearningProductRecord, ctx) => notInFuture('publishedOn', p.publishedOn, ctx.today),

  actions: (a: ActionRecord, ctx) => [
    ...oneSourceProblems(a.review, a.audit),
    ...actionProblems(
      { status: a.status, completedOn: a.completedOn ?? null, impactEvidence: a.impactEvidence ?? null, cancelledOn: a.cancelledOn, signedOffOn: a.signedOffOn },
      ctx.today,
    ),
    ...repeatedItems(a.updates ?? [], 'updates', 'changedAt', (u) => instantKey(u.changedAt)),
  ],

  attendances: (a: AttendanceRecord, ctx) => {
    const sessionDate = ctx.sessionDate(a.partnership, a.session) ?? null;
    return [
      ...(a.evaluation ? within('evaluation', evaluationProblems(a.evaluation, sessionDate, ctx.today)) : []),
      ...(a.followUp ? within('followUp', followUpProblems(a.followUp, sessionDate, ctx.today)) : []),
    ];
  },

  measures: (m: MeasureRecord) => [
    ...measureProblems({ source: m.source, metric: m.metric ?? null, periodicity: m.periodicity, baselinePeriodStart: m.baselinePeriodStart ?? null }),
    ...placeProblems(m.kind ?? 'performance-measure', m.result, m.strategy),
    ...valueProblems(m.values ?? [], m.periodicity),
    ...notePeriodProblems(m.notes ?? [], m.periodicity),
    ...repeatedItems(m.notes ?? [], 'notes', 'text', (n) => `${n.writtenOn}\n${n.text}`, 'writtenOn and text'),
  ],
};

/**
 * A review's status history, when given: in order of the day each change took effect, ending in the
 * review's status, no change twice (recordedAt and status identify it). Only imports carry a history.
 */
function statusHistoryProblems(r: ReviewRecord): FieldProblem[] {
  const history = r.statusHistory;
  if (!history || history.length === 0) return [];
  const problems = repeatedItems(history, 'statusHistory', 'recordedAt', (c) => `${instantKey(c.recordedAt)}\n${c.status}`, 'recordedAt and status');
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

/** Each pause and extension of a review beside the others of the bundle's record (the record states the whole set). */
function timescaleProblems(r: ReviewRecord, today: string): FieldProblem[] {
  const changes: TimescaleChangeFields[] = (r.timescaleChanges ?? []).map((c) => ({
    kind: c.kind,
    reason: c.reason,
    reasonDetails: c.reasonDetails ?? null,
    startsOn: c.startsOn,
    endsOn: c.endsOn ?? null,
    agreedDueOn: c.agreedDueOn ?? null,
    agreedBy: c.agreedBy ?? null,
  }));
  const review = { type: r.type, initiatedOn: r.initiatedOn, completedOn: r.completedOn ?? null };
  return changes.flatMap((c, i) =>
    within(`timescaleChanges[${i}]`, timescaleChangeProblems(c, review, changes.filter((_, j) => j !== i), today)),
  );
}

/** The rule problems of one record of `section`, with fields relative to the record and named as the bundle names them. */
export function recordRuleProblems(section: Section, record: AnyRecord, ctx: RuleContext): FieldProblem[] {
  const rules = RULES[section] as ((r: AnyRecord, ctx: RuleContext) => FieldProblem[]) | undefined;
  return rules ? rules(record, ctx).map((p) => ({ ...p, field: bundleField(p.field) })) : [];
}

/** A rule's field (the GraphQL input's name) as a bundle record names it: `reviewId` → `review`, `strategyId` → `strategy`. */
export const bundleField = (field: string) => field.replace(/^([A-Za-z]+)Id(?=$|[.[])/, '$1');

/** The agency's answer by the API's rules; a submitted answer is the return, so the request is returned by then. */
function answerRecordProblems(r: InformationRequestRecord, today: string): FieldProblem[] {
  const a = r.answer;
  if (!a) return r.chronology?.length ? [{ field: 'chronology', message: 'needs an answer: chronology rows are part of an answer' }] : [];
  const submitted = a.submittedOn ?? null;
  const problems = [
    ...within(
      'answer',
      answerProblems(
        {
          knownToAgency: a.knownToAgency ?? null,
          involvedFrom: a.involvedFrom ?? null,
          involvedTo: a.involvedTo ?? null,
          involvement: a.involvement ?? null,
          analysis: a.analysis ?? null,
          notes: a.notes ?? null,
        },
        [],
        { submit: submitted !== null, today },
      ),
    ),
    ...answerProblems(
      { knownToAgency: null, involvedFrom: null, involvedTo: null, involvement: null, analysis: null, notes: null },
      (r.chronology ?? []).map((c) => ({ occurredOn: c.occurredOn, agencyId: c.agency, event: c.event, source: c.source ?? null })),
      { submit: false, today },
    ),
  ];
  if (submitted && (!r.returnedOn || r.returnedOn > submitted)) {
    problems.push({ field: 'returnedOn', message: `must be on or before the day the answer was submitted (${submitted}): a submitted answer is the return` });
  }
  return problems;
}

const within = (prefix: string, problems: FieldProblem[]) => problems.map((p) => ({ ...p, field: `${prefix}.${p.field}` }));

/**
 * The instant an ISO 8601 date-time names, to microseconds (PostgreSQL's precision), so that
 * `…T10:00:00Z` and `…T11:00:00+01:00` are the same key. The schema has already checked the form.
 */
export function instantKey(iso: string): string {
  const fraction = /\.(\d+)/.exec(iso)?.[1] ?? '';
  const micros = (fraction + '000000').slice(3, 6);
  return `${Date.parse(iso)}.${micros}`;
}
