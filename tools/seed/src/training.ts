import type { AttendanceRecord, TrainingDelivery } from '@sli/exchange-domain';
import { type Agency, pad, type PartnershipContext, sequenceRef } from './context';
import { type Day, iso, onWorkingDay, yearEnd, yearStart } from './dates';
import type { Random } from './random';
import { COURSES, type CourseTemplate } from './reference-data';
import { drift } from './themes';
import { EVALUATION_COMMENTS, phrase, PRACTICE_EXAMPLES } from './texts';

export interface Course {
  ref: string;
  template: CourseTemplate;
}

/** The partnership's course catalogue: most of the courses that fit its remit. */
export function writeCourses(ctx: PartnershipContext, rng: Random): Course[] {
  const fitting = COURSES.filter((c) => c.kinds.includes(ctx.kind));
  const chosen = rng.sample(fitting, Math.max(6, fitting.length - rng.int(1, 3)));
  // Keep catalogue order so refs read C-01, C-02… in a sensible sequence.
  const courses = fitting.filter((c) => chosen.includes(c)).map((template, i) => ({ ref: `C-${pad(i + 1)}`, template }));
  for (const { ref, template } of courses) {
    ctx.out.trainingCourses.push({
      partnership: ctx.partnership.ref, ref, title: template.title, multiAgency: template.multiAgency, durationHours: template.hours,
      description: `${template.multiAgency ? 'Multi-agency' : 'Single-agency'} course on ${phrase(template.themes[0])}.`,
      themes: [...template.themes],
    });
  }
  return courses;
}

function delivery(rng: Random, year: number, course: CourseTemplate): TrainingDelivery {
  if (course.title.includes('e-learning')) return 'e-learning';
  if (year === 2020) return rng.weighted([['online', 0.8], ['in-person', 0.1], ['hybrid', 0.1]] as const);
  if (year < 2020) return rng.weighted([['in-person', 0.92], ['online', 0.05], ['hybrid', 0.03]] as const);
  return rng.weighted([['in-person', 0.55], ['online', 0.3], ['hybrid', 0.15]] as const);
}

/**
 * Sessions about monthly (more for a joint partnership), 20–40 places, most taken; about one in
 * eight booked places is a did-not-attend. Most attendees evaluate (confidence before 2–3, after
 * 3–5); those are followed up after the partnership's interval and about half reply, 55–70% of them
 * with a change in practice.
 */
export function writeTrainingYear(ctx: PartnershipContext, rng: Random, year: number, courses: readonly Course[], practiceRate: number): void {
  const sessions = ctx.kind === 'joint' ? rng.int(18, 24) : rng.int(12, 18);
  const start = yearStart(year);
  const step = (yearEnd(year) - start + 1) / sessions;
  const weights = courses.map((c) => [c, c.template.themes.reduce((sum, t) => sum + drift(t, year), 0) / c.template.themes.length] as const);
  const agencyWeights = ctx.agencies.map((a) => [a, a.template.trainingWeight] as const);
  const t = Math.min(Math.max(year - 2016, 0), 15);
  const changeRate = Math.min(0.7, practiceRate + 0.006 * t);

  for (let k = 0; k < sessions; k++) {
    const date = onWorkingDay(start + Math.floor(k * step) + rng.int(0, Math.max(0, Math.floor(step) - 4)));
    if (date > ctx.asOf) break;
    const course = rng.weighted(weights);
    const capacity = rng.int(20, 40);
    const ref = sequenceRef(ctx, 'TS', year);
    ctx.out.trainingSessions.push({
      partnership: ctx.partnership.ref, ref, course: course.ref, sessionDate: iso(date), capacity, delivery: delivery(rng, year, course.template),
    });
    const booked = Math.round(capacity * rng.float(0.6, 1));
    for (let i = 0; i < booked; i++) {
      ctx.out.attendances.push(attendance(ctx, rng, { ref: `${ref}/${pad(i + 1)}`, session: ref, date, agency: rng.weighted(agencyWeights), changeRate }));
    }
  }
}

function attendance(
  ctx: PartnershipContext,
  rng: Random,
  a: { ref: string; session: string; date: Day; agency: Agency; changeRate: number },
): AttendanceRecord {
  const attended = rng.chance(0.875);
  const record: AttendanceRecord = {
    partnership: ctx.partnership.ref, ref: a.ref, session: a.session, agency: a.agency.ref, attended, role: rng.pick(a.agency.template.roles),
    evaluation: null, followUp: null,
  };
  const submitted = a.date + rng.weighted([[0, 0.6], [1, 0.2], [3, 0.1], [7, 0.1]] as const);
  if (!attended || !rng.chance(0.82) || submitted > ctx.asOf) return record;
  const before = rng.weighted([[2, 0.52], [3, 0.48]] as const);
  const after = Math.min(5, Math.max(3, before + rng.weighted([[1, 0.5], [2, 0.35], [0, 0.1], [3, 0.05]] as const)));
  record.evaluation = {
    confidenceBefore: before, confidenceAfter: after, satisfaction: rng.weighted([[5, 0.4], [4, 0.45], [3, 0.13], [2, 0.02]] as const),
    comment: rng.chance(0.25) ? rng.pick(EVALUATION_COMMENTS) : null, submittedOn: iso(submitted),
  };
  const sent = onWorkingDay(a.date + (ctx.partnership.followUpWeeks ?? 8) * 7);
  if (sent > ctx.asOf) return record;
  const responded = rng.chance(0.5) ? sent + rng.int(1, 21) : null;
  const answered = responded !== null && responded <= ctx.asOf;
  const changed = answered ? rng.chance(a.changeRate) : null;
  record.followUp = {
    sentOn: iso(sent),
    respondedOn: answered ? iso(responded) : null,
    changedPractice: changed,
    example: changed ? rng.pick(PRACTICE_EXAMPLES) : null,
  };
  return record;
}
