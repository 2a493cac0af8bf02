import type { AuditDomain, AuditRecord, OfstedGrade, Rag, Section11Standard } from '@sli/exchange-domain';
import { writeLearning } from './action-plans';
import { coreAgencies, coversChildren, existingAgencies, type PartnershipContext, sequenceRef } from './context';
import { dayOf, iso, onWorkingDay, yearEnd, yearLabel, yearStart } from './dates';
import type { Random } from './random';
import { AGENCIES_BY_THEME, COMMITTEES } from './reference-data';
import { practiceThemes, topic } from './themes';
import { caseNarrative, phrase, S11_DOWNGRADE, S11_EVIDENCE, S11_NARRATIVE, S11_UPGRADE } from './texts';

const GRADES: readonly OfstedGrade[] = ['inadequate', 'requires-improvement', 'good', 'outstanding'];
const RAGS: readonly Rag[] = ['red', 'amber', 'green'];
const DOMAINS: readonly AuditDomain[] = ['recognition', 'assessment', 'planning-and-intervention', 'joint-working', 'impact'];
/** Domains the agencies of recent audits grade themselves in (children's partnerships add the voice of the child). */
const AGENCY_DOMAINS: readonly AuditDomain[] = ['recognition', 'assessment', 'joint-working'];
/** Audits started within this many days of the demo's "today" grade their first cases per agency too. */
const AGENCY_GRADES_WITHIN = 730;
/** The standards before Working Together 2023: the legacy version of each partnership's section 11 tool. */
const LEGACY_STANDARDS: readonly Section11Standard[] = [
  'senior-management-commitment', 'statement-of-responsibilities', 'line-of-accountability', 'service-development',
  'staff-training', 'safer-recruitment', 'inter-agency-working', 'information-sharing',
];
/** The partnership's section 11 tool from Working Together 2023 (version 2), used from 2024. */
const WT2023_STANDARDS: readonly Section11Standard[] = [
  'leadership-and-board-lead', 'responsibilities-and-accountability', 'voice-of-children-and-families', 'safer-recruitment-and-allegations',
  'training-and-supervision', 'designated-practitioners', 'sharing-information', 'whistleblowing-and-escalation',
];
const AUDIT_LEARNING = { goodPractice: [1, 2], improvements: [1, 3], recommendationRate: 0.8, actionsPerRecommendation: [1, 2] } as const;

/** Two or three multi-agency case audits a year, sometimes a thematic audit, and Section 11 every other year. */
export function writeAuditYear(ctx: PartnershipContext, rng: Random, year: number, quality: number): void {
  const count = rng.int(2, 3);
  const span = Math.floor((yearEnd(year) - yearStart(year)) / count);
  for (let i = 0; i < count; i++) {
    const started = onWorkingDay(yearStart(year) + i * span + rng.int(10, span - 40));
    if (started <= ctx.asOf) writeCaseAudit(ctx, rng, year, i + 1, started, quality);
  }
  if (rng.chance(0.3)) {
    const started = onWorkingDay(rng.int(yearStart(year), yearEnd(year)));
    if (started <= ctx.asOf) writeThematicAudit(ctx, rng, year, started);
  }
  // Section 11 (Children Act 2004) runs every two years, in the odd-numbered years.
  if (coversChildren(ctx.kind) && year % 2 === 1) {
    const started = onWorkingDay(dayOf(year, 9, 1) + rng.int(0, 20));
    if (started <= ctx.asOf) writeSection11(ctx, rng, year, started);
  }
}

function lead(ctx: PartnershipContext): string {
  return existingAgencies(ctx, ['CSC', 'ASC'])[0];
}

function finish(ctx: PartnershipContext, started: number, days: number): number | null {
  const completed = started + days;
  return completed <= ctx.asOf ? completed : null;
}

/** Grades improve slightly year on year; `quality` shifts a partnership up or down a little. */
function caseGrade(rng: Random, year: number, quality: number): OfstedGrade {
  const t = Math.min(Math.max(year - 2016, 0), 15);
  const outstanding = 0.04 + 0.004 * t;
  const good = Math.max(0.1, 0.36 + 0.02 * t + quality);
  const inadequate = Math.max(0.03, 0.15 - 0.01 * t - quality / 2);
  return rng.weighted([
    ['outstanding', outstanding],
    ['good', good],
    ['inadequate', inadequate],
    ['requires-improvement', Math.max(0.05, 1 - outstanding - good - inadequate)],
  ]);
}

function writeCaseAudit(ctx: PartnershipContext, rng: Random, year: number, round: number, started: number, quality: number): void {
  const focus = topic(rng, year, ctx.kind);
  const themes = [...new Set([focus, ...practiceThemes(rng, year).slice(0, 1)])];
  const completed = finish(ctx, started, rng.int(28, 70));
  const ref = sequenceRef(ctx, 'MACA', year);
  const agencies = existingAgencies(ctx, [lead(ctx), 'POLICE', 'ICB', 'COMMUNITY', ...(AGENCIES_BY_THEME[focus] ?? []), 'EDUCATION']).slice(0, 6);
  const cases = rng.int(4, 8);
  const grades = Array.from({ length: cases }, () => caseGrade(rng, year, quality));
  const goodOrBetter = grades.filter((g) => g === 'good' || g === 'outstanding').length;
  const audit: AuditRecord = {
    partnership: ctx.partnership.ref, ref, type: 'multi-agency-case', title: `Multi-agency case audit: ${phrase(focus)}`,
    round: `${yearLabel(year)} round ${round}`, leadAgency: lead(ctx), startedOn: iso(started),
    completedOn: completed !== null ? iso(completed) : null,
    summary: completed !== null ? `${cases} cases audited; ${goodOrBetter} graded good or better.` : null,
    agencies, themes,
  };
  ctx.out.audits.push(audit);
  // Cases are graded at the audit meeting, two weeks in.
  if (started + 14 > ctx.asOf) return;
  // A stream of its own, so the per-agency grades leave every other demo figure as it was.
  const agencyRng = rng.fork(`${ref}/agency-grades`);
  const recent = started >= ctx.asOf - AGENCY_GRADES_WITHIN;
  grades.forEach((overall, i) => {
    ctx.out.auditCases.push({
      partnership: ctx.partnership.ref, ref: `${ref}/C${i + 1}`, audit: ref, overallGrade: overall,
      narrative: caseNarrative(overall, focus),
      domainGrades: [
        ...DOMAINS.map((domain) => ({ domain, grade: near(rng, overall) })),
        ...(recent && i < 3 ? agencyGrades(ctx, agencyRng, agencies, overall) : []),
      ],
    });
  });
  if (completed !== null) {
    writeLearning(ctx, rng, { audit: ref, ref, reportOn: completed, themes, agencies, committee: COMMITTEES.quality }, AUDIT_LEARNING);
  }
}

/**
 * A recent case's grades per agency (issue 10): two or three of the audit's agencies grade their own
 * part in a few domains; a children's partnership also grades the voice of the child, overall and per agency.
 */
function agencyGrades(ctx: PartnershipContext, rng: Random, agencies: readonly string[], overall: OfstedGrade) {
  const child = coversChildren(ctx.kind);
  const domains: AuditDomain[] = child ? ['voice-of-the-child', ...AGENCY_DOMAINS] : [...AGENCY_DOMAINS];
  const graded = agencies.slice(0, rng.int(2, 3));
  return [
    ...(child ? [{ domain: 'voice-of-the-child', grade: near(rng, overall) }] : []),
    ...graded.flatMap((agency) => domains.map((domain) => ({ domain, agency, grade: near(rng, overall) }))),
  ];
}

/** A domain grade: usually the overall grade, sometimes one step either side. */
function near(rng: Random, grade: OfstedGrade): OfstedGrade {
  const i = GRADES.indexOf(grade) + rng.weighted([[-1, 0.2], [0, 0.6], [1, 0.2]] as const);
  return GRADES[Math.min(Math.max(i, 0), GRADES.length - 1)];
}

function writeThematicAudit(ctx: PartnershipContext, rng: Random, year: number, started: number): void {
  const focus = topic(rng, year, ctx.kind);
  const completed = finish(ctx, started, rng.int(42, 100));
  const ref = sequenceRef(ctx, 'TA', year);
  const agencies = existingAgencies(ctx, [lead(ctx), 'POLICE', 'ICB', ...(AGENCIES_BY_THEME[focus] ?? [])]);
  const themes = [focus, ...practiceThemes(rng, year).filter((t) => t !== focus)];
  ctx.out.audits.push({
    partnership: ctx.partnership.ref, ref, type: 'thematic', title: `Thematic audit: ${phrase(focus)}`, round: yearLabel(year),
    leadAgency: lead(ctx), startedOn: iso(started), completedOn: completed !== null ? iso(completed) : null,
    summary: completed !== null ? `Thematic review of practice on ${phrase(focus)} across ${agencies.length} agencies.` : null,
    agencies, themes,
  });
  if (completed !== null) {
    writeLearning(ctx, rng, { audit: ref, ref, reportOn: completed, themes, agencies, committee: COMMITTEES.quality }, AUDIT_LEARNING);
  }
}

/**
 * Every core agency rates itself against the eight standards (the bundle names them by code, so the
 * import puts the audit on the tool version holding those codes); moderation (at completion) confirms
 * most ratings and changes a few. Ratings improve a little each cycle; ambers and reds become actions.
 */
function writeSection11(ctx: PartnershipContext, rng: Random, year: number, started: number): void {
  const completed = finish(ctx, started, rng.int(90, 130));
  const ref = sequenceRef(ctx, 'S11', year);
  const agencies = coreAgencies(ctx);
  ctx.out.audits.push({
    partnership: ctx.partnership.ref, ref, type: 'section-11', title: `Section 11 audit ${yearLabel(year)}`, round: yearLabel(year),
    leadAgency: lead(ctx), startedOn: iso(started), completedOn: completed !== null ? iso(completed) : null,
    summary: completed !== null ? `Self-assessments from ${agencies.length} agencies, moderated at a challenge event.` : null,
    agencies, themes: ['multi-agency-working', 'information-sharing', 'supervision'],
  });
  const t = Math.min(Math.max(year - 2016, 0), 15);
  const weak: string[] = [];
  for (const agency of agencies) {
    const tendency = rng.float(-0.1, 0.1);
    (year >= 2024 ? WT2023_STANDARDS : LEGACY_STANDARDS).forEach((standard, i) => {
      const selfRating = rng.weighted<Rag>([['green', 0.55 + 0.02 * t + tendency], ['amber', 0.35], ['red', 0.1 - 0.005 * t]]);
      let moderatedRating: Rag | null = null;
      let moderationNote: string | null = null;
      if (completed !== null) {
        const down = rng.chance(0.7);
        const changed = rng.chance(0.08) ? RAGS[Math.min(Math.max(RAGS.indexOf(selfRating) + (down ? -1 : 1), 0), 2)] : selfRating;
        moderatedRating = changed;
        if (changed !== selfRating) moderationNote = down ? S11_DOWNGRADE : S11_UPGRADE;
      }
      if ((moderatedRating ?? selfRating) !== 'green') weak.push(agency);
      ctx.out.section11Assessments.push({
        partnership: ctx.partnership.ref, ref: `${ref}/${agency}/${i + 1}`, audit: ref, agency, standard, selfRating, moderatedRating,
        narrative: S11_NARRATIVE[selfRating], evidence: rng.pick(S11_EVIDENCE), moderationNote,
      });
    });
  }
  if (completed !== null) {
    const owners = [...new Set(weak)];
    writeLearning(
      ctx, rng,
      { audit: ref, ref, reportOn: completed, themes: ['multi-agency-working', 'information-sharing', 'supervision', 'workforce-capacity'], agencies: owners.length > 0 ? owners : agencies, committee: COMMITTEES.quality },
      { goodPractice: [1, 2], improvements: [2, 3], recommendationRate: 0.9, actionsPerRecommendation: [1, 3] },
    );
  }
}
