import type { Bundle } from '@sli/exchange-domain';
import { checkBundle } from './check-bundle';
import { generateBundle } from './generate';

/** Proves the checker catches what it claims to, by breaking one rule at a time in a valid bundle. */
describe(checkBundle.name, () => {
  let valid: Bundle;
  beforeAll(() => {
    valid = generateBundle();
  });

  const broken = (mutate: (b: Required<Bundle>) => void): string[] => {
    const copy = structuredClone(valid) as Required<Bundle>;
    mutate(copy);
    return checkBundle(copy);
  };
  const first = <T>(items: readonly T[], test: (item: T) => boolean): T => {
    const found = items.find(test);
    if (!found) throw new Error('fixture lacks the record this test needs');
    return found;
  };

  it('accepts the generated bundle', () => {
    expect(checkBundle(valid)).toEqual([]);
  });

  it.each<[string, (b: Required<Bundle>) => void, string]>([
    ['duplicate refs', (b) => b.agencies.push({ ...b.agencies[0] }), 'duplicate ref'],
    ['unknown agency on a review', (b) => (b.reviews[0].agencies = ['NOPE']), 'unknown agency NOPE'],
    ['unknown theme', (b) => (b.notifications[0].themes = ['not-a-theme']), 'unknown theme not-a-theme'],
    ['own theme clashing with a default', (b) => (b.themes[0].code = 'neglect'), 'clashes with a default theme'],
    ['notified before aware', (b) => (b.notifications[0].dateNotified = '2000-01-01'), 'notified before aware'],
    ['published before completed', (b) => {
      const r = first(b.reviews, (x) => !!x.publishedOn);
      r.publishedOn = '2000-01-01';
    }, 'published before completed'],
    ['closed unpublished without a reason', (b) => {
      const r = first(b.reviews, (x) => x.status === 'closed-unpublished');
      r.unpublishedReason = null;
    }, 'closed unpublished without a reason'],
    ['rapid-review fields on an LCSPR', (b) => (first(b.reviews, (x) => x.type !== 'rapid-review').meetingOn = '2024-01-01'), 'rapid-review fields on another type'],
    ['finding with both review and audit', (b) => {
      const f = first(b.findings, (x) => !!x.review);
      f.audit = b.audits[0].ref;
    }, 'needs exactly one of review and audit'],
    ['completed action without a date', (b) => (first(b.actions, (x) => x.status === 'completed').completedOn = null), 'disagrees with completedOn'],
    ['impact without evidence', (b) => (first(b.actions, (x) => x.status === 'impact-evidenced').impactEvidence = null), 'impact evidenced without evidence'],
    ['action history out of order', (b) => {
      const a = first(b.actions, (x) => (x.updates?.length ?? 0) > 1);
      a.updates?.reverse();
    }, 'not after the one before'],
    ['more bookings than places', (b) => (b.trainingSessions[0].capacity = 1), 'more bookings than places'],
    ['changed practice without a response', (b) => {
      const a = first(b.attendances, (x) => !!x.followUp && !x.followUp.respondedOn);
      if (a.followUp) a.followUp.changedPractice = true;
    }, 'changedPractice must be set exactly when responded'],
    ['confidence out of range', (b) => {
      const a = first(b.attendances, (x) => !!x.evaluation);
      if (a.evaluation) a.evaluation.confidenceAfter = 6;
    }, 'score outside 1..5'],
    ['computed measure without a metric', (b) => (first(b.measures, (m) => m.source === 'computed').metric = null), 'metric must be set exactly'],
    ['a date after generation', (b) => (b.learningProducts[0].publishedOn = '2030-01-01'), 'after the generation date'],
    ['a Section 11 rating twice', (b) => b.section11Assessments.push({ ...b.section11Assessments[0], ref: 'again' }), 'duplicate audit, agency and standard'],
    ['a narrative section listed twice', (b) => b.annualReportNarratives.push(structuredClone(b.annualReportNarratives[0])), 'section listed twice'],
    ['a narrative approved on an earlier version', (b) => {
      const n = first(b.annualReportNarratives, (x) => x.versions.length > 1);
      n.versions[0] = { ...n.versions[0], approvedAt: n.versions[0].savedAt, approvedBy: 'Board' };
    }, 'version 1 approved but not the latest'],
    ['a narrative approval without a name', (b) => (b.annualReportNarratives[1].versions[0].approvedBy = null), 'version 1 approval half given'],
    ['a blank narrative', (b) => (b.annualReportNarratives[1].versions[0].text = '  '), 'version 1 text length'],
  ])('reports %s', (_, mutate, message) => {
    expect(broken(mutate).join('\n')).toContain(message);
  });
});
