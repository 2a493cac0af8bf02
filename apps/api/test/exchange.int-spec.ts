import type { Bundle } from '@sli/exchange-domain';
import { DataSource } from 'typeorm';
import { createTestPartnership, startTestApi, uniqueRef, type TestApi } from './harness';

const IMPORT = `mutation($bundle: JSON!) { importBundle(bundle: $bundle) {
  records created updated unchanged durationMs sections { section created updated unchanged } } }`;
const EXPORT = `query($refs: [String!]) { exportBundle(partnershipRefs: $refs) }`;

/** A small bundle with every section, links, nested records, action updates and measure values. */
function buildBundle(P: string): Bundle {
  return {
    format: 'sli-bundle',
    version: 1,
    partnerships: [{ ref: P, name: 'Northshire Safeguarding Children Partnership', kind: 'children', region: 'North East', followUpWeeks: 6 }],
    agencies: [
      { partnership: P, ref: 'POL', name: 'Northshire Police', sector: 'police' },
      { partnership: P, ref: 'HLT', name: 'Northshire ICB', sector: 'health' },
      { partnership: P, ref: 'CSC', name: "Children's Social Care", sector: 'childrens-social-care' },
      { partnership: P, ref: 'YMCA', name: 'YMCA Northshire', sector: 'voluntary-community', isCoreMember: false },
    ],
    themes: [
      { partnership: P, code: 'county-lines', name: 'County lines', group: 'harm', description: 'Drug supply across county boundaries.' },
      // Overrides the wording of a default theme.
      { partnership: P, code: 'neglect', name: 'Neglect (chronic)', group: 'harm' },
    ],
    notifications: [
      { partnership: P, ref: 'N1', dateAware: '2024-01-03', dateNotified: '2024-01-05', harm: 'serious-harm', ageBand: 'under-1', decision: 'rapid-review', summary: 'Head injury.', themes: ['neglect', 'under-one'] },
      { partnership: P, ref: 'N2', dateAware: '2024-02-10', harm: 'death', ageBand: '11-15', themes: ['county-lines'] },
    ],
    reviews: [
      {
        partnership: P, ref: 'L1', type: 'lcspr', title: 'Child L', status: 'published', notification: 'N1', sourceReview: 'RR1',
        initiatedOn: '2024-02-01', termsAgreedOn: '2024-02-20', completedOn: '2024-09-30', publishedOn: '2024-11-01', independentReviewer: true,
        familyParticipation: 'took-part', practitionersInvolved: 14, agencies: ['CSC', 'HLT', 'POL'], themes: ['neglect', 'voice-of-the-child'],
        reviewers: 'Dr A Example (independent reviewer)', method: 'learning-together', reportSharedOn: '2024-10-18',
        statusHistory: [
          { status: 'proposed', changedOn: '2024-02-01', recordedAt: '2024-02-01T10:00:00.000Z', recordedBy: 'j.smith' },
          { status: 'in-progress', changedOn: '2024-02-20', recordedAt: '2024-02-21T09:15:00.000Z', recordedBy: 'j.smith' },
          { status: 'completed', changedOn: '2024-09-30', recordedAt: '2024-10-01T08:00:00.000Z', recordedBy: 'j.smith' },
          { status: 'published', changedOn: '2024-11-01', recordedAt: '2024-11-01T12:00:00.000Z', recordedBy: 'a.jones' },
        ],
        timescaleChanges: [
          { kind: 'pause', reason: 'criminal-proceedings', startsOn: '2024-03-01', endsOn: '2024-04-01' },
          { kind: 'extension', reason: 'other', reasonDetails: 'Second inquest date.', startsOn: '2024-06-03', agreedDueOn: '2024-10-31', agreedBy: 'the Panel' },
        ],
      },
      {
        partnership: P, ref: 'RR1', type: 'rapid-review', title: 'Rapid review: Child L', status: 'completed', notification: 'N1',
        initiatedOn: '2024-01-05', completedOn: '2024-01-19', infoRequestedOn: '2024-01-06', meetingOn: '2024-01-15', sentToPanelOn: '2024-01-19',
        rapidReviewOutcome: 'lcspr', nationalReviewRecommended: false, agencies: ['HLT', 'POL'], themes: ['under-one'],
      },
    ],
    informationRequests: [
      { partnership: P, ref: 'IR1', review: 'RR1', agency: 'POL', kind: 'rapid-review-information', sentOn: '2024-01-06', dueOn: '2024-01-12', returnedOn: '2024-01-11' },
    ],
    referrals: [
      {
        partnership: P, ref: 'RF1', referredOn: '2024-01-03', route: 'agency-safeguarding-lead', referringAgency: 'HLT', criteria: 'children-serious-incident',
        groupRecommendation: 'rapid-review', decision: 'rapid-review', decidedBy: 'independent-scrutineer', decidedOn: '2024-01-05', referrerToldOn: '2024-01-08',
        panelResponse: 'agrees', notification: 'N1', review: 'RR1', summary: 'Referred by the hospital safeguarding team.',
      },
    ],
    reviewEngagements: [
      { partnership: P, ref: 'E1', review: 'L1', engagedOn: '2024-03-04', party: 'family', familyRole: 'mother', outcome: 'took-part' },
      { partnership: P, ref: 'E2', review: 'L1', engagedOn: '2024-03-11', party: 'practitioner', agency: 'HLT', outcome: 'declined' },
    ],
    audits: [
      { partnership: P, ref: 'A1', type: 'multi-agency-case', title: 'Neglect case audit', round: '2024 Q2', leadAgency: 'CSC', startedOn: '2024-04-01', completedOn: '2024-05-15', agencies: ['CSC', 'POL'], themes: ['neglect'] },
      { partnership: P, ref: 'S11', type: 'section-11', title: 'Section 11 2024', startedOn: '2024-03-01' },
    ],
    auditCases: [
      {
        partnership: P, ref: 'C1', audit: 'A1', overallGrade: 'requires-improvement', narrative: 'Drift in planning.',
        // The overall grade per domain, and each agency's (agency by ref): voice-of-the-child is a domain every partnership starts with.
        domainGrades: [
          { domain: 'voice-of-the-child', grade: 'requires-improvement' },
          { domain: 'voice-of-the-child', agency: 'POL', grade: 'inadequate', narrative: 'Child not seen alone.' },
          { domain: 'recognition', grade: 'good' },
          { domain: 'planning-and-intervention', grade: 'inadequate', narrative: 'No plan for 3 months.' },
        ],
      },
    ],
    section11Assessments: [
      { partnership: P, ref: 'S11-POL-TR', audit: 'S11', agency: 'POL', standard: 'staff-training', selfRating: 'green', moderatedRating: 'amber', moderationNote: 'Training data incomplete.' },
    ],
    findings: [
      { partnership: P, ref: 'F1', review: 'L1', kind: 'area-for-improvement', text: 'Fathers were not seen.', themes: ['invisible-men'] },
      { partnership: P, ref: 'F2', audit: 'A1', kind: 'good-practice', text: 'Timely strategy discussions.' },
    ],
    recommendations: [
      { partnership: P, ref: 'R1', review: 'L1', finding: 'F1', text: 'Agencies record fathers and male carers.' },
      { partnership: P, ref: 'R2', audit: 'A1', text: 'Review planning supervision.' },
    ],
    actions: [
      {
        partnership: P, ref: 'ACT1', review: 'L1', recommendation: 'R1', ownerAgency: 'POL', title: 'Add fathers to the referral form', dueOn: '2025-01-31',
        status: 'completed', completedOn: '2025-01-20', monitoringCommittee: 'Learning and Improvement', themes: ['invisible-men'],
        // The impact loop: the case audit and the measure (written later in the bundle) that will show its impact.
        impactAudit: 'A1', impactMeasure: 'M1',
        updates: [
          { changedAt: '2024-12-01T09:00:00.000Z', changedBy: 'j.smith', fromStatus: 'not-started', toStatus: 'in-progress', note: 'Started.' },
          { changedAt: '2025-01-20T16:30:00.123Z', changedBy: 'j.smith', fromStatus: 'in-progress', toStatus: 'completed' },
        ],
      },
      {
        partnership: P, ref: 'ACT2', audit: 'A1', ownerAgency: 'HLT', title: 'Supervision audit', dueOn: '2024-12-31', status: 'impact-evidenced',
        completedOn: '2024-12-15', impactEvidence: 'Re-audit shows plans in place.', signedOffOn: '2025-01-10', signedOffBy: 'Board',
      },
      {
        // No cancelledOn: the importer takes the day, in England, of its update to cancelled (BST: 1 April).
        partnership: P, ref: 'ACT3', audit: 'A1', ownerAgency: 'CSC', title: 'Duplicate of ACT2', dueOn: '2025-02-28', status: 'cancelled',
        updates: [{ changedAt: '2025-03-31T23:30:00.000Z', changedBy: 'a.jones', fromStatus: 'not-started', toStatus: 'cancelled' }],
      },
    ],
    trainingCourses: [
      { partnership: P, ref: 'TC1', title: 'Working with fathers', durationHours: 2.5, description: 'Half day.', themes: ['invisible-men'] },
    ],
    trainingSessions: [{ partnership: P, ref: 'TS1', course: 'TC1', sessionDate: '2025-02-04', capacity: 30, delivery: 'online' }],
    attendances: [
      {
        partnership: P, ref: 'AT1', session: 'TS1', agency: 'POL', attended: true, role: 'Sergeant',
        evaluation: { confidenceBefore: 2, confidenceAfter: 4, satisfaction: 5, submittedOn: '2025-02-04' },
        followUp: { sentOn: '2025-03-18', respondedOn: '2025-03-20', changedPractice: true, example: 'Now ask about fathers.' },
      },
      { partnership: P, ref: 'AT2', session: 'TS1', agency: 'HLT', attended: false },
    ],
    learningProducts: [
      { partnership: P, ref: 'LP1', kind: 'seven-minute-briefing', title: '7MB: Child L', publishedOn: '2024-11-15', reach: 420, reviews: ['L1'], themes: ['invisible-men'] },
    ],
    obaResults: [
      { partnership: P, ref: 'RES1', title: 'Children are safe from abuse and neglect', population: 'Children and young people in Northshire' },
      { partnership: P, ref: 'RES2', title: 'Fathers are seen and heard by every agency', position: 1 },
    ],
    obaStrategies: [
      {
        partnership: P, ref: 'STR1', result: 'RES1', title: 'Think family at the front door', description: 'Ask about every adult in the household.',
        partners: ['CSC', 'POL'], actions: ['ACT1', 'ACT2'],
      },
    ],
    measures: [
      {
        partnership: P, ref: 'M1', name: 'Practitioners confident to engage fathers', quadrant: 'better-off', polarity: 'higher-is-better',
        unit: 'percent', periodicity: 'quarter', source: 'entered', headline: true, target: 75, baseline: 40.5, baselinePeriodStart: '2024-01-01', agency: 'POL',
        strategy: 'STR1',
        values: [{ periodStart: '2024-01-01', value: 40.5 }, { periodStart: '2024-04-01', value: 52 }, { periodStart: '2024-07-01', value: 61.25 }],
        notes: [{ periodStart: '2024-07-01', writtenOn: '2024-10-02', author: 'Analyst', text: 'Rise after the 7MB.' }],
      },
      { partnership: P, ref: 'M2', name: 'Notifications on time', quadrant: 'how-well', polarity: 'higher-is-better', unit: 'percent', periodicity: 'month', source: 'computed', metric: 'notifications-on-time', kind: 'indicator', result: 'RES1' },
    ],
  };
}

const RECORDS_PER_BUNDLE = 36;

/** Every table's rows for one partnership, hashed: equal hashes mean nothing was written, updated_at included. */
const SNAPSHOT_TABLES = [
  'agencies', 'themes', 'notifications', 'notification_themes', 'reviews', 'review_agencies', 'review_themes', 'information_requests', 'referrals',
  'review_timescale_changes', 'review_engagements',
  'audits', 'audit_agencies', 'audit_themes', 'audit_cases', 'audit_case_domain_grades', 'section11_assessments', 'findings', 'finding_themes',
  'recommendations', 'actions', 'action_themes', 'action_updates', 'review_status_changes', 'training_courses', 'training_course_themes', 'training_sessions',
  'training_attendances', 'training_evaluations', 'training_follow_ups', 'learning_products', 'learning_product_reviews',
  'learning_product_themes', 'measures', 'measure_values', 'measure_notes', 'oba_results', 'oba_strategies', 'oba_strategy_partners',
  'oba_strategy_actions',
];

/** Replaces every partnership ref `from` with `to`, deeply. */
function renamePartnership<T>(doc: T, from: string, to: string): T {
  return JSON.parse(JSON.stringify(doc), (key, value) => ((key === 'partnership' || key === 'ref') && value === from ? to : value)) as T;
}

/** The document without its generation time, sections' records sorted by (partnership, ref or code). */
function comparable(doc: Record<string, any>): Record<string, any> {
  const { generatedAt: _ignored, ...rest } = doc;
  for (const [k, v] of Object.entries(rest)) {
    if (Array.isArray(v)) rest[k] = [...v].sort((a, b) => `${a.partnership}/${a.ref ?? a.code}`.localeCompare(`${b.partnership}/${b.ref ?? b.code}`));
  }
  return rest;
}

describe('Data bundle import and export', () => {
  let api: TestApi;
  let db: DataSource;
  const P = uniqueRef('XP');

  // Bundles that create partnerships are a system admin's to import; an admin of those partnerships exports them.
  const importBundle = async (bundle: unknown) => (await api.system.gql<{ importBundle: any }>(IMPORT, { bundle })).importBundle;
  const exportBundle = async (refs: string[]) => {
    await api.joinPartnerships((await Promise.all(refs.map(partnershipId))).filter((id): id is string => Boolean(id)));
    return (await api.gql<{ exportBundle: any }>(EXPORT, { refs })).exportBundle;
  };
  const partnershipId = async (ref: string) =>
    ((await db.query(`SELECT id FROM partnerships WHERE ref = $1`, [ref])) as { id: string }[])[0]?.id;
  const snapshot = async (ref: string) => {
    const pid = await partnershipId(ref);
    const hashes: Record<string, string> = {};
    for (const table of SNAPSHOT_TABLES) {
      const [row] = await db.query(`SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM ${table} t WHERE partnership_id = $1`, [pid]);
      hashes[table] = `${row.n}:${row.h}`;
    }
    const [p] = await db.query(`SELECT updated_at FROM partnerships WHERE id = $1`, [pid]);
    hashes['partnerships'] = String(p.updated_at);
    return hashes;
  };

  beforeAll(async () => {
    api = await startTestApi();
    db = api.db;
  });
  afterAll(() => api.close());

  it('imports a complete bundle, creating every record with its links and nested records', async () => {
    const started = Date.now();
    const result = await importBundle(buildBundle(P));
    // Reported for the helper's report: wall time of importing the test bundle over HTTP.
    process.stderr.write(`exchange: imported the ${result.records}-record test bundle in ${Date.now() - started} ms (server ${result.durationMs} ms)\n`);
    // The reworded default theme already existed (the new partnership's trigger installed it): an update.
    expect(result).toMatchObject({ records: RECORDS_PER_BUNDLE, created: RECORDS_PER_BUNDLE - 1, updated: 1, unchanged: 0 });
    expect(result.sections.find((s: any) => s.section === 'themes')).toEqual({ section: 'themes', created: 1, updated: 1, unchanged: 0 });
    expect(result.sections.map((s: any) => s.section)).toEqual([
      'partnerships', 'agencies', 'themes', 'notifications', 'reviews', 'informationRequests', 'referrals', 'reviewEngagements', 'audits', 'auditCases',
      'section11Assessments', 'findings', 'recommendations', 'actions', 'trainingCourses', 'trainingSessions', 'attendances',
      'learningProducts', 'obaResults', 'obaStrategies', 'measures',
    ]);
    expect(result.sections.find((s: any) => s.section === 'reviews')).toEqual({ section: 'reviews', created: 2, updated: 0, unchanged: 0 });

    const pid = await partnershipId(P);
    await api.joinPartnerships([pid]);
    const { agencies } = await api.gql(`query($f: AgencyFilter) { agencies(filter: $f) { totalCount nodes { ref isCoreMember } } }`, { f: { partnershipId: pid } });
    expect(agencies.totalCount).toBe(4);
    expect(agencies.nodes).toContainEqual({ ref: 'YMCA', isCoreMember: false });

    const [lcspr] = await db.query(
      `SELECT r.status, r.practitioners_involved, s.ref AS source, n.ref AS notification,
         (SELECT array_agg(a.ref ORDER BY a.ref) FROM review_agencies ra JOIN agencies a ON a.id = ra.agency_id WHERE ra.review_id = r.id) AS agencies,
         (SELECT array_agg(t.code ORDER BY t.code) FROM review_themes rt JOIN themes t ON t.id = rt.theme_id WHERE rt.review_id = r.id) AS themes
       FROM reviews r LEFT JOIN reviews s ON s.id = r.source_review_id LEFT JOIN notifications n ON n.id = r.notification_id
       WHERE r.partnership_id = $1 AND r.ref = 'L1'`,
      [pid],
    );
    expect(lcspr).toEqual({ status: 'published', practitioners_involved: 14, source: 'RR1', notification: 'N1', agencies: ['CSC', 'HLT', 'POL'], themes: ['neglect', 'voice-of-the-child'] });

    const counts = async (sql: string) => ((await db.query(sql, [pid])) as { n: number }[])[0]?.n;
    expect(await counts(`SELECT count(*)::int AS n FROM action_updates WHERE partnership_id = $1`)).toBe(3);
    const [act3] = await db.query(`SELECT to_char(cancelled_on, 'YYYY-MM-DD') AS d FROM actions WHERE partnership_id = $1 AND ref = 'ACT3'`, [pid]);
    expect(act3.d).toBe('2025-04-01');
    // L1 keeps the history it brought; RR1 brought none, so it has the one its dates imply.
    const history: { ref: string; status: string; changed_on: string; derived: boolean }[] = await db.query(
      `SELECT r.ref, c.status, to_char(c.changed_on, 'YYYY-MM-DD') AS changed_on, c.derived FROM review_status_changes c
       JOIN reviews r ON r.id = c.review_id WHERE c.partnership_id = $1 ORDER BY r.ref, c.changed_on, c.id`,
      [pid],
    );
    expect(history.map((h) => [h.ref, h.status, h.changed_on, h.derived])).toEqual([
      ['L1', 'proposed', '2024-02-01', false],
      ['L1', 'in-progress', '2024-02-20', false],
      ['L1', 'completed', '2024-09-30', false],
      ['L1', 'published', '2024-11-01', false],
      ['RR1', 'proposed', '2024-01-05', true],
      ['RR1', 'completed', '2024-01-19', true],
    ]);
    expect(await counts(`SELECT count(*)::int AS n FROM measure_values WHERE partnership_id = $1`)).toBe(3);
    // C1: three overall grades and the police's own grade in one domain.
    expect(await counts(`SELECT count(*)::int AS n FROM audit_case_domain_grades WHERE partnership_id = $1`)).toBe(4);
    expect(await counts(`SELECT count(*)::int AS n FROM audit_case_domain_grades g JOIN agencies a ON a.id = g.agency_id WHERE g.partnership_id = $1 AND a.ref = 'POL'`)).toBe(1);
    expect(await counts(`SELECT count(*)::int AS n FROM training_evaluations WHERE partnership_id = $1`)).toBe(1);
    expect(await counts(`SELECT count(*)::int AS n FROM training_follow_ups WHERE partnership_id = $1`)).toBe(1);
    // The default taxonomy came from the trigger; the bundle added one theme and reworded another.
    expect(await counts(`SELECT count(*)::int AS n FROM themes WHERE partnership_id = $1 AND NOT is_default`)).toBe(1);
    const [neglect] = await db.query(`SELECT name, is_default FROM themes WHERE partnership_id = $1 AND code = 'neglect'`, [pid]);
    expect(neglect).toEqual({ name: 'Neglect (chronic)', is_default: true });
    const [update] = await db.query(
      `SELECT u.to_status, u.changed_at FROM action_updates u JOIN actions a ON a.id = u.action_id WHERE a.partnership_id = $1 AND a.ref = 'ACT1' ORDER BY u.changed_at DESC LIMIT 1`,
      [pid],
    );
    expect(update.to_status).toBe('completed');
    expect(new Date(update.changed_at).toISOString()).toBe('2025-01-20T16:30:00.123Z');
    // The impact loop: the audit before, and the measure the bundle holds after, the actions section.
    const [impact] = await db.query(
      `SELECT au.ref AS audit, m.ref AS measure FROM actions a JOIN audits au ON au.id = a.impact_audit_id JOIN measures m ON m.id = a.impact_measure_id
        WHERE a.partnership_id = $1 AND a.ref = 'ACT1'`,
      [pid],
    );
    expect(impact).toEqual({ audit: 'A1', measure: 'M1' });

    // The results hierarchy: a strategy with its partners and actions, an indicator and a performance measure.
    const [strategy] = await db.query(
      `SELECT r.ref AS result,
         (SELECT array_agg(a.ref ORDER BY a.ref) FROM oba_strategy_partners l JOIN agencies a ON a.id = l.agency_id WHERE l.strategy_id = s.id) AS partners,
         (SELECT array_agg(a.ref ORDER BY a.ref) FROM oba_strategy_actions l JOIN actions a ON a.id = l.action_id WHERE l.strategy_id = s.id) AS actions
       FROM oba_strategies s JOIN oba_results r ON r.id = s.result_id WHERE s.partnership_id = $1 AND s.ref = 'STR1'`,
      [pid],
    );
    expect(strategy).toEqual({ result: 'RES1', partners: ['CSC', 'POL'], actions: ['ACT1', 'ACT2'] });
    const placed = await db.query(
      `SELECT m.ref, m.kind, r.ref AS result, s.ref AS strategy FROM measures m LEFT JOIN oba_results r ON r.id = m.result_id
       LEFT JOIN oba_strategies s ON s.id = m.strategy_id WHERE m.partnership_id = $1 ORDER BY m.ref`,
      [pid],
    );
    expect(placed).toEqual([
      { ref: 'M1', kind: 'performance-measure', result: null, strategy: 'STR1' },
      { ref: 'M2', kind: 'indicator', result: 'RES1', strategy: null },
    ]);
  });

  it('changes nothing when the same bundle is imported again', async () => {
    const before = await snapshot(P);
    const result = await importBundle(buildBundle(P));
    expect(result).toMatchObject({ created: 0, updated: 0, unchanged: RECORDS_PER_BUNDLE });
    expect(await snapshot(P)).toEqual(before);
  });

  it('counts a record as updated when a field, a link or a nested record changed, and only those', async () => {
    const bundle = buildBundle(P) as any;
    bundle.reviews[1].title = 'Rapid review: Child L (revised)';
    bundle.reviews[0].agencies = ['CSC', 'POL']; // HLT removed: a link-only change
    bundle.measures[0].values[2].value = 63; // a nested-only change
    bundle.attendances[0].followUp = null; // nested record removed
    bundle.obaStrategies[0].actions = ['ACT1']; // a strategy's action link removed
    const result = await importBundle(bundle);
    expect(result).toMatchObject({ created: 0, updated: 5, unchanged: RECORDS_PER_BUNDLE - 5 });
    const bySection = Object.fromEntries(result.sections.map((s: any) => [s.section, s.updated]));
    expect(bySection).toMatchObject({ reviews: 2, measures: 1, attendances: 1, actions: 0, obaStrategies: 1, obaResults: 0 });
    const pid = await partnershipId(P);
    const [row] = await db.query(
      `SELECT (SELECT count(*)::int FROM review_agencies ra JOIN reviews r ON r.id = ra.review_id WHERE r.partnership_id = $1 AND r.ref = 'L1') AS links,
              (SELECT count(*)::int FROM training_follow_ups WHERE partnership_id = $1) AS follow_ups`,
      [pid],
    );
    expect(row).toEqual({ links: 2, follow_ups: 0 });
    // Restore, so later tests see the original bundle.
    expect(await importBundle(buildBundle(P))).toMatchObject({ updated: 5, created: 0 });
  });

  it('reports every problem with its path and writes nothing, not even the good records', async () => {
    const Q = uniqueRef('XQ');
    const bundle = buildBundle(Q) as any;
    bundle.agencies[1].sector = 'wizards'; // bad enumeration
    bundle.reviews[0].agencies = ['CSC', 'NOPE']; // dangling reference
    bundle.notifications[1].ref = 'N1'; // duplicate ref
    bundle.audits[0].completedOn = '2024-03-01'; // before startedOn
    bundle.auditCases[0].domainGrades[1].agency = 'NOPE'; // an agency's grade naming no agency of the partnership
    bundle.reviews[1].completedOn = '2024-01-01'; // before initiatedOn
    bundle.actions[1].review = 'L1'; // both review and audit
    bundle.measures[0].values[1].periodStart = '2024-01-01'; // repeats a period
    bundle.trainingSessions[0].course = 'TC9'; // dangling reference
    bundle.obaStrategies[0].actions = ['ACT1', 'ACT9']; // dangling reference to an action
    bundle.measures[1].strategy = 'STR1'; // an indicator cannot measure a strategy

    const res = await api.system.raw(IMPORT, { bundle });
    const error = res.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = error?.extensions?.fields ?? [];
    expect(fields.map((f) => f.field)).toEqual([
      'agencies[1].sector',
      'notifications[1].ref',
      'reviews[0].agencies[1]',
      'reviews[1].completedOn',
      'audits[0].completedOn',
      'auditCases[0].domainGrades[1].agency',
      'actions[1].audit',
      'trainingSessions[0].course',
      'obaStrategies[0].actions[1]',
      'measures[0].values[1].periodStart',
      'measures[1].strategy',
    ]);
    expect(fields).toContainEqual({ field: 'obaStrategies[0].actions[1]', message: `must be an action of this partnership ("ACT9" is not in partnership "${Q}")`, ref: 'STR1' });
    expect(fields).toContainEqual({ field: 'reviews[0].agencies[1]', message: `must be an agency of this partnership ("NOPE" is not in partnership "${Q}")`, ref: 'L1' });
    expect(fields.find((f) => f.field === 'agencies[1].sector')?.message).toMatch(/must be one of: police, health/);
    expect(await partnershipId(Q)).toBeUndefined();
  });

  it('resolves references only within the same partnership', async () => {
    const R = uniqueRef('XR');
    const bundle: Bundle = {
      format: 'sli-bundle',
      version: 1,
      partnerships: [{ ref: R, name: 'Southshire SAB', kind: 'adults' }],
      agencies: [{ partnership: uniqueRef('GHOST'), ref: 'X', name: 'Nobody', sector: 'other' }],
      // POL and county-lines exist, but in partnership P; neglect is a default theme every new partnership gets.
      reviews: [{ partnership: R, ref: 'S1', type: 'sar', title: 'Adult S', status: 'proposed', initiatedOn: '2024-01-01', agencies: ['POL'], themes: ['county-lines', 'neglect'] }],
    };
    const res = await api.system.raw(IMPORT, { bundle });
    expect(res.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'agencies[0].partnership', message: expect.stringMatching(/^partnership "GHOST-\w+" is neither in the bundle nor in the database$/), ref: 'X' },
      { field: 'reviews[0].agencies[0]', message: `must be an agency of this partnership ("POL" is not in partnership "${R}")`, ref: 'S1' },
      { field: 'reviews[0].themes[0]', message: `must be a theme of this partnership ("county-lines" is not in partnership "${R}")`, ref: 'S1' },
    ]);
    expect(await partnershipId(R)).toBeUndefined();
  });

  it('exports the exact bundle format; importing the export changes nothing', async () => {
    const exported = await exportBundle([P]);
    expect(exported).toMatchObject({ format: 'sli-bundle', version: 1, partnerships: [{ ref: P, followUpWeeks: 6 }] });
    // Defaults and nulls are left out, nested records kept.
    expect(exported.agencies.find((a: any) => a.ref === 'POL')).toEqual({ partnership: P, ref: 'POL', name: 'Northshire Police', sector: 'police' });
    expect(exported.themes).toEqual(buildBundle(P).themes);
    // What the import derived is exported too: RR1's history from its dates, ACT3's cancellation date.
    const rr1 = exported.reviews.find((r: any) => r.ref === 'RR1');
    expect(rr1.statusHistory.map((c: any) => [c.status, c.changedOn, c.derived])).toEqual([
      ['proposed', '2024-01-05', true],
      ['completed', '2024-01-19', true],
    ]);
    const expected = buildBundle(P) as any;
    expected.reviews.find((r: any) => r.ref === 'RR1').statusHistory = rr1.statusHistory;
    expected.actions.find((a: any) => a.ref === 'ACT3').cancelledOn = '2025-04-01';
    // ACT1's committee name made a group, which the export carries in its groups section.
    expected.groups = [{ partnership: P, name: 'Learning and Improvement', kind: 'subgroup' }];
    expect(comparable(exported)).toEqual(comparable(expected));

    // Every record, and the group, unchanged.
    const again = await importBundle(exported);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: RECORDS_PER_BUNDLE + 1 });
  });

  it('round-trips: export → import as a new partnership → export gives the same document', async () => {
    const first = await exportBundle([P]);
    const P2 = uniqueRef('XP2');
    const created = await importBundle(renamePartnership(first, P, P2));
    // The records (the reworded default theme updated, as on the first import) and the group ACT1's committee name made: RECORDS_PER_BUNDLE - 1 + 1.
    expect(created).toMatchObject({ created: RECORDS_PER_BUNDLE, updated: 1, unchanged: 0 });
    const second = await exportBundle([P2]);
    expect(comparable(renamePartnership(second, P2, P))).toEqual(comparable(first));
    // Sorted the same way by the database too (C collation), not only after our sort.
    expect(second.reviews.map((r: any) => r.ref)).toEqual(first.reviews.map((r: any) => r.ref));
  });

  it('names an unknown partnership ref asked for in an export', async () => {
    const res = await api.raw(EXPORT, { refs: [P, 'NO-SUCH-PARTNERSHIP'] });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.fields).toEqual([{ field: 'partnershipRefs[1]', message: 'partnership "NO-SUCH-PARTNERSHIP" does not exist' }]);
  });
  it('takes a bundle on POST /api/import with a token, under the same rules as importBundle', async () => {
    const upload = (headers: Record<string, string>, body: unknown) =>
      fetch(`${api.origin}/api/import`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    const P3 = uniqueRef('XP3');
    const anonymous = await upload({}, buildBundle(P3));
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const board = await api.as('board-member', { partnershipIds: [await createTestPartnership(api, 'Upload Partnership')] });
    const refused = await upload({ authorization: `Bearer ${board.token}` }, buildBundle(P3));
    expect(refused.status).toBe(403);
    // An admin may not create a partnership this way either; a system admin may.
    const admin = await upload({ authorization: `Bearer ${api.token}` }, buildBundle(P3));
    expect(admin.status).toBe(403);
    const ok = await upload({ authorization: `Bearer ${api.system.token}` }, buildBundle(P3));
    expect(ok.status).toBe(200);
    // As for importBundle: the reworded default theme counts as an update.
    expect(await ok.json()).toMatchObject({ records: RECORDS_PER_BUNDLE, created: RECORDS_PER_BUNDLE - 1, updated: 1 });
    const bad = await upload({ authorization: `Bearer ${api.system.token}` }, { format: 'sli-bundle', version: 1, partnerships: [{ ref: P3 }] });
    expect(bad.status).toBe(400);
    const problems = ((await bad.json()) as { errors: { extensions: { code: string; fields: { field: string }[] } }[] }).errors[0]?.extensions;
    expect(problems?.code).toBe('BAD_USER_INPUT');
    expect(problems?.fields.map((f) => f.field)).toContain('partnerships[0].name');
  });
});
