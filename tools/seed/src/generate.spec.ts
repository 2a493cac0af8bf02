import { BUNDLE_FORMAT, BUNDLE_SECTIONS, type Bundle, bundleSchema } from '@sli/exchange-domain';
import { referralProblems } from '@sli/reviews-domain';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { checkBundle } from './check-bundle';
import { addMonths, toDay, workingDaysBetween } from './dates';
import { DEFAULT_OPTIONS, generateBundle, NATIONAL_OPTIONS } from './generate';
import { planPartnerships } from './partnerships';

const share = <T>(items: readonly T[], test: (item: T) => boolean) => items.filter(test).length / Math.max(items.length, 1);

describe(generateBundle.name, () => {
  let demo: Bundle;
  let wide: Bundle;
  beforeAll(() => {
    demo = generateBundle();
    // Enough partnership-years for the national shapes to show through the noise.
    wide = generateBundle({ partnerships: 30, years: 10 });
  });

  it('is deterministic: the same options give the same JSON', () => {
    expect(JSON.stringify(generateBundle(DEFAULT_OPTIONS))).toBe(JSON.stringify(demo));
  });

  it('changes with the seed, and ends on 31 March of the last year whatever the clock says', () => {
    const other = generateBundle({ seed: 7 });
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(demo));
    expect(other.partnerships.map((p) => p.ref)).toEqual(['NSCP', 'ESAB', 'WSP']);
    expect(demo.format).toBe(BUNDLE_FORMAT);
    expect(demo.generatedAt).toBe('2026-03-31T18:00:00.000Z');
    expect(generateBundle({ lastYearStart: 2023, years: 1, partnerships: 1 }).generatedAt).toBe('2024-03-31T18:00:00.000Z');
  });

  it("keeps each partnership's data independent of how many others are generated", () => {
    const one = generateBundle({ partnerships: 1 });
    expect(one.reviews).toEqual(demo.reviews?.filter((r) => r.partnership === 'NSCP'));
  });

  it('has record counts in the expected ranges for the default size', () => {
    const counts = Object.fromEntries(BUNDLE_SECTIONS.map((s) => [s, demo[s]?.length ?? 0]));
    const expected: Record<string, [number, number]> = {
      partnerships: [3, 3], agencies: [45, 60], themes: [9, 9], notifications: [18, 45], reviews: [50, 130],
      informationRequests: [600, 2000], audits: [35, 60], auditCases: [150, 350], section11Assessments: [400, 700],
      findings: [300, 800], recommendations: [120, 400], actions: [200, 700], trainingCourses: [30, 45],
      trainingSessions: [200, 320], attendances: [4500, 8000], learningProducts: [100, 220], measures: [35, 45],
    };
    for (const [section, [min, max]] of Object.entries(expected)) {
      expect([section, counts[section] >= min && counts[section] <= max]).toEqual([section, true]);
    }
    expect(demo.partnerships.map((p) => p.kind)).toEqual(['children', 'adults', 'joint']);
  });

  it('is valid against the published bundle schema', () => {
    const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true });
    addFormats(ajv, ['date', 'date-time']);
    const validate = ajv.compile(bundleSchema);
    expect(validate(demo) ? [] : validate.errors?.slice(0, 5)).toEqual([]);
    expect(validate(wide) ? [] : validate.errors?.slice(0, 5)).toEqual([]);
  });

  it('passes every database rule and resolves every reference', () => {
    expect(checkBundle(demo)).toEqual([]);
    expect(checkBundle(wide)).toEqual([]);
  });

  it('refers every case: one referral per notification and per SAR or DHR, some cases decided "no review", each within the referral rules', () => {
    const referrals = demo.referrals ?? [];
    const notifications = demo.notifications ?? [];
    const statutory = (demo.reviews ?? []).filter((r) => r.type === 'sar' || r.type === 'dhr');
    expect(referrals.filter((r) => r.notification || (!r.decision && r.criteria === 'children-serious-incident')).length).toBe(notifications.length);
    expect(referrals.filter((r) => r.decision === 'other-review').length).toBe(statutory.length);
    const noReview = referrals.filter((r) => r.decision === 'no-review');
    expect(noReview.length).toBeGreaterThan(referrals.length / 8);
    expect(noReview.every((r) => !r.notification && !r.review && r.reasons)).toBe(true);
    const reviewType = new Map((demo.reviews ?? []).map((r) => [`${r.partnership}/${r.ref}`, r.type]));
    const today = (demo.generatedAt ?? '').slice(0, 10);
    const broken = referrals.flatMap((r) => {
      const type = r.review ? reviewType.get(`${r.partnership}/${r.review}`) : undefined;
      const problems = referralProblems(
        { ...r, referringAgencyId: r.referringAgency, notificationId: r.notification, reviewId: r.review },
        today,
        r.review && type ? { ref: r.review, type } : null,
      );
      return problems.map((p) => `${r.ref}: ${p.field} ${p.message}`);
    });
    expect(broken).toEqual([]);
  });

  it('has the national shapes of serious incidents and rapid reviews', () => {
    const notifications = wide.notifications ?? [];
    const perChildrenPartnershipYear = notifications.length / (20 * 10);
    expect(perChildrenPartnershipYear).toBeGreaterThanOrEqual(2);
    expect(perChildrenPartnershipYear).toBeLessThanOrEqual(4);
    expect(share(notifications, (n) => n.harm === 'death')).toBeCloseTo(0.5, 1);
    expect(share(notifications, (n) => n.ageBand === 'under-1')).toBeCloseTo(0.25, 1);
    expect(share(notifications, (n) => !!n.themes?.includes('neglect'))).toBeGreaterThan(0.5);
    const notified = notifications.filter((n) => n.dateNotified);
    expect(share(notified, (n) => workingDaysBetween(toDay(n.dateAware), toDay(n.dateNotified ?? '')) <= 5)).toBeCloseTo(0.85, 1);

    const rapid = (wide.reviews ?? []).filter((r) => r.type === 'rapid-review' && r.sentToPanelOn);
    expect(share(rapid, (r) => workingDaysBetween(toDay(r.initiatedOn), toDay(r.sentToPanelOn ?? '')) <= 15)).toBeGreaterThan(0.75);
    expect(share(rapid, (r) => r.rapidReviewOutcome === 'lcspr')).toBeCloseTo(0.25, 1);
    const lcsprs = (wide.reviews ?? []).filter((r) => r.type === 'lcspr');
    expect(lcsprs.every((r) => r.sourceReview && r.notification)).toBe(true);
  });

  it('has SARs (about 45% self-neglect) and DHRs, mostly with independent reviewers, some over six months', () => {
    const reviews = wide.reviews ?? [];
    const sars = reviews.filter((r) => r.type === 'sar');
    expect(share(sars, (r) => !!r.themes?.includes('self-neglect'))).toBeCloseTo(0.45, 1);
    expect(reviews.filter((r) => r.type === 'dhr').length).toBeGreaterThan(100);
    const statutory = reviews.filter((r) => ['lcspr', 'sar', 'dhr'].includes(r.type) && r.completedOn);
    expect(share(statutory, (r) => !!r.independentReviewer)).toBeGreaterThan(0.85);
    const within = share(statutory, (r) => toDay(r.completedOn ?? '') <= addMonths(toDay(r.initiatedOn), 6));
    expect(within).toBeGreaterThan(0.4);
    expect(within).toBeLessThan(0.8);
    const participation = new Set(statutory.map((r) => r.familyParticipation));
    expect([...participation].sort()).toEqual(['declined', 'not-appropriate', 'offered', 'took-part']);
  });

  it('has action plans with every status, some late and some overdue at the generation date', () => {
    const actions = wide.actions ?? [];
    const asOf = '2026-03-31';
    expect(new Set(actions.map((a) => a.status))).toEqual(new Set(['not-started', 'in-progress', 'completed', 'impact-evidenced', 'cancelled']));
    const done = actions.filter((a) => a.completedOn);
    expect(share(done, (a) => (a.completedOn ?? '') > a.dueOn)).toBeGreaterThan(0.1);
    expect(actions.filter((a) => !a.completedOn && a.status !== 'cancelled' && a.dueOn < asOf).length).toBeGreaterThan(0);
    expect(share(actions, (a) => a.status === 'cancelled')).toBeLessThan(0.08);
  });

  it('has training with 10–15% did-not-attend and 55–70% reporting changed practice', () => {
    const attendances = wide.attendances ?? [];
    const dna = share(attendances, (a) => !a.attended);
    expect(dna).toBeGreaterThan(0.1);
    expect(dna).toBeLessThan(0.15);
    const answered = attendances.filter((a) => a.followUp?.respondedOn);
    const changed = share(answered, (a) => a.followUp?.changedPractice === true);
    expect(changed).toBeGreaterThan(0.55);
    expect(changed).toBeLessThan(0.7);
    const evaluations = attendances.flatMap((a) => (a.evaluation ? [a.evaluation] : []));
    expect(evaluations.every((e) => e.confidenceBefore >= 2 && e.confidenceBefore <= 3)).toBe(true);
    expect(evaluations.every((e) => e.confidenceAfter >= 3)).toBe(true);
  });

  it('lets themes drift: online harm rising, COVID-19 peaking in 2020/21', () => {
    const inYear = (from: string, to: string) => (wide.notifications ?? []).filter((n) => n.dateAware >= from && n.dateAware <= to);
    const early = inYear('2016-04-01', '2019-03-31');
    const late = inYear('2022-04-01', '2026-03-31');
    expect(share(late, (n) => !!n.themes?.includes('online-harm'))).toBeGreaterThan(share(early, (n) => !!n.themes?.includes('online-harm')));
    const covid = (from: string, to: string) => share(inYear(from, to), (n) => !!n.themes?.includes('covid-19'));
    expect(covid('2020-04-01', '2021-03-31')).toBeGreaterThan(covid('2021-04-01', '2022-03-31'));
    expect(covid('2016-04-01', '2020-03-31')).toBe(0);
  });

  it('names no one: reviews are titled by letter codes only', () => {
    const pattern = /^((Rapid review|LCSPR|SCR|PLR|SAR|DHR|Appreciative inquiry|Practice learning set): (Child|Adult) [A-Z]+ \(\d{4}\)|(Appreciative inquiry|Practice learning set): [^:]+ \(\d{4}\))$/;
    expect((wide.reviews ?? []).filter((r) => !pattern.test(r.title)).map((r) => r.title)).toEqual([]);
  });

  it('has OBA measures in all three quadrants, computed and entered, with quarterly and yearly values', () => {
    const measures = (demo.measures ?? []).filter((m) => m.partnership === 'WSP');
    expect(new Set(measures.map((m) => m.quadrant))).toEqual(new Set(['how-much', 'how-well', 'better-off']));
    expect(measures.filter((m) => m.source === 'computed').map((m) => m.metric).sort()).toEqual([
      'actions-completed-on-time', 'audit-good-or-better', 'notifications', 'notifications-on-time', 'rapid-reviews-on-time',
      'training-practice-change', 'training-reach',
    ]);
    const reReferrals = measures.find((m) => m.name.startsWith('Re-referrals'));
    expect(reReferrals?.polarity).toBe('lower-is-better');
    expect(reReferrals?.values?.[0]).toEqual({ periodStart: '2021-04-01', value: reReferrals?.baseline });
    expect(reReferrals?.values).toHaveLength(20);
    expect(measures.find((m) => m.periodicity === 'year' && m.source === 'entered')?.values?.map((v) => v.periodStart.slice(5))).toEqual(
      Array(5).fill('04-01'),
    );
  });

  it('reaches the national preset of 150 partnerships (one year of it here; the CLI times the full ten)', () => {
    const identities = planPartnerships(NATIONAL_OPTIONS.seed, NATIONAL_OPTIONS.partnerships);
    expect(new Set(identities.map((p) => p.record.ref)).size).toBe(150);
    expect(new Set(identities.map((p) => p.record.name)).size).toBe(150);
    const started = Date.now();
    const national = generateBundle({ ...NATIONAL_OPTIONS, years: 1 });
    const elapsed = Date.now() - started;
    expect(national.partnerships).toHaveLength(150);
    expect(checkBundle(national)).toEqual([]);
    expect(elapsed).toBeLessThan(20000);
  });

  it('rejects options it cannot honour, naming them', () => {
    expect(() => generateBundle({ partnerships: 0 })).toThrow('partnerships must be a whole number from 1 to 250, got 0');
    expect(() => generateBundle({ years: 1.5 })).toThrow('years must be a whole number');
  });
});
