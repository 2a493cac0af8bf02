import { METRIC_CATALOGUE } from '@sli/analytics-api';
import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { createTestPartnership, startTestApi, type TestApi } from './harness';

/**
 * Training reach and impact on a small fixture built by hand in SQL; every expected number is
 * worked out in the comments from these rows.
 *
 * Courses: C1 "Domestic abuse" (multi-agency, theme domestic-abuse); C2 "Safer recruitment" (single-agency).
 * Sessions: S5 C1 2023-12-01 cap 20 | S1 C1 2024-05-15 cap 10 | S2 C2 2024-06-10 cap 5
 *           S3 C1 2024-10-01 cap 8  | S4 C2 2025-02-01 cap 6 (no bookings)
 * Bookings (agency, attended):
 *   S1: a01 POL ✓, a02 POL ✓, a03 NHS ✓, a04 NHS ✗, a05 SCH ✓
 *   S2: a06 POL ✓, a07 NHS ✗
 *   S3: a08 POL ✗, a09 SCH ✓, a10 SCH ✓
 *   S5: a11 POL ✓ (before 2024/25)
 * Evaluations (before → after, satisfaction, submitted):
 *   a01 2→4 s5 2024-05-15 | a02 3→4 s4 2024-05-16 | a03 2→5 – 2024-05-15 | a06 3→3 s3 2024-06-10
 *   a09 1→4 s5 2024-10-08 | a10 2→3 s4 2025-04-10 (after 31 March 2025)
 * Follow-ups (sent, responded, changed practice):
 *   a01 2024-07-10, 2024-07-15, yes | a02 2024-07-10, 2024-08-01, no | a03 2024-07-10, –
 *   a06 2024-08-05, 2025-04-02 (after 31 March 2025), yes | a09 2024-11-26, 2024-12-01, yes
 */
describe('Training metrics over GraphQL', () => {
  let api: TestApi;
  let db: DataSource;
  let pid: string;
  const ids: Record<string, string> = {};
  const FY = { from: '2024-04-01', to: '2025-03-31' };

  beforeAll(async () => {
    api = await startTestApi();
    db = api.db;
    pid = await createTestPartnership(api, 'Trainshire LSCP');
    await buildFixture();
  });
  afterAll(() => api.close());

  async function insert(table: string, row: Record<string, unknown>): Promise<string> {
    const cols = Object.keys(row);
    const rows = await db.query(
      `INSERT INTO ${table} (partnership_id, ${cols.join(', ')}) VALUES ($1, ${cols.map((_, i) => `$${i + 2}`).join(', ')}) RETURNING *`,
      [pid, ...Object.values(row)],
    );
    return rows[0].id ?? rows[0].attendance_id;
  }

  async function buildFixture() {
    ids.POL = await insert('agencies', { ref: 'POL', name: 'Police Force', sector: 'police' });
    ids.NHS = await insert('agencies', { ref: 'NHS', name: 'NHS Trust', sector: 'health' });
    ids.SCH = await insert('agencies', { ref: 'SCH', name: 'Schools', sector: 'education' });
    const [theme] = await db.query(`SELECT id FROM themes WHERE partnership_id = $1 AND code = 'domestic-abuse'`, [pid]);
    ids.da = theme.id;
    ids.C1 = await insert('training_courses', { ref: 'C1', title: 'Domestic abuse', multi_agency: true });
    ids.C2 = await insert('training_courses', { ref: 'C2', title: 'Safer recruitment', multi_agency: false });
    await db.query(`INSERT INTO training_course_themes (partnership_id, course_id, theme_id) VALUES ($1, $2, $3)`, [pid, ids.C1, ids.da]);
    const sessions: [string, string, string, number][] = [
      ['S5', 'C1', '2023-12-01', 20],
      ['S1', 'C1', '2024-05-15', 10],
      ['S2', 'C2', '2024-06-10', 5],
      ['S3', 'C1', '2024-10-01', 8],
      ['S4', 'C2', '2025-02-01', 6],
    ];
    for (const [ref, course, date, capacity] of sessions) {
      ids[ref] = await insert('training_sessions', { ref, course_id: ids[course], session_date: date, capacity });
    }
    const bookings: [string, string, string, boolean][] = [
      ['a01', 'S1', 'POL', true], ['a02', 'S1', 'POL', true], ['a03', 'S1', 'NHS', true], ['a04', 'S1', 'NHS', false], ['a05', 'S1', 'SCH', true],
      ['a06', 'S2', 'POL', true], ['a07', 'S2', 'NHS', false],
      ['a08', 'S3', 'POL', false], ['a09', 'S3', 'SCH', true], ['a10', 'S3', 'SCH', true],
      ['a11', 'S5', 'POL', true],
    ];
    for (const [ref, session, agency, attended] of bookings) {
      ids[ref] = await insert('training_attendances', { ref, session_id: ids[session], agency_id: ids[agency], attended });
    }
    const evaluations: [string, number, number, number | null, string][] = [
      ['a01', 2, 4, 5, '2024-05-15'],
      ['a02', 3, 4, 4, '2024-05-16'],
      ['a03', 2, 5, null, '2024-05-15'],
      ['a06', 3, 3, 3, '2024-06-10'],
      ['a09', 1, 4, 5, '2024-10-08'],
      ['a10', 2, 3, 4, '2025-04-10'],
    ];
    for (const [a, before, after, satisfaction, submitted] of evaluations) {
      await insert('training_evaluations', { attendance_id: ids[a], confidence_before: before, confidence_after: after, satisfaction, submitted_on: submitted });
    }
    const followUps: [string, string, string | null, boolean | null][] = [
      ['a01', '2024-07-10', '2024-07-15', true],
      ['a02', '2024-07-10', '2024-08-01', false],
      ['a03', '2024-07-10', null, null],
      ['a06', '2024-08-05', '2025-04-02', true],
      ['a09', '2024-11-26', '2024-12-01', true],
    ];
    for (const [a, sent, responded, changed] of followUps) {
      await insert('training_follow_ups', { attendance_id: ids[a], sent_on: sent, responded_on: responded, changed_practice: changed });
    }
  }

  const REACH = `period { label } group { key label } sessions places bookings attendances didNotAttend
    didNotAttendRate { numerator denominator value } multiAgencySessions multiAgencyAttendances multiAgencyShare { numerator denominator value }`;
  const reach = async (args: string, extra: Record<string, unknown> = {}) =>
    (await api.gql(`query($f: MetricFilter) { trainingReach(filter: $f${args}) { ${REACH} } }`, { f: { partnershipIds: [pid], ...FY, ...extra } }))
      .trainingReach;
  const figures = (r: any) => [r.sessions, r.places, r.bookings, r.attendances, r.didNotAttend];

  it('counts reach per quarter: sessions, places, bookings, attendances, did-not-attend rate, multi-agency share', async () => {
    const rows = await reach(', grain: QUARTER');
    expect(rows.map((r: any) => [r.period.label, r.group])).toEqual([
      ['2024/25 Q1', null],
      ['2024/25 Q2', null],
      ['2024/25 Q3', null],
      ['2024/25 Q4', null],
    ]);
    const [q1, q2, q3, q4] = rows;
    // Q1: S1 + S2 = 2 sessions, 10 + 5 = 15 places; 7 bookings, 5 attended (a01 a02 a03 a05 a06), 2 DNA (a04 a07) → 2/7.
    // Multi-agency: S1 only; its attendances 4 of the 5 → 0.8.
    expect(figures(q1)).toEqual([2, 15, 7, 5, 2]);
    expect(q1.didNotAttendRate).toEqual({ numerator: 2, denominator: 7, value: 2 / 7 });
    expect([q1.multiAgencySessions, q1.multiAgencyAttendances, q1.multiAgencyShare.value]).toEqual([1, 4, 0.8]);
    // Q2: nothing.
    expect(figures(q2)).toEqual([0, 0, 0, 0, 0]);
    expect(q2.didNotAttendRate.value).toBeNull();
    // Q3: S3, 8 places, 3 booked, 2 attended, 1 DNA → 1/3; all multi-agency → 2/2.
    expect(figures(q3)).toEqual([1, 8, 3, 2, 1]);
    expect(q3.multiAgencyShare.value).toBe(1);
    // Q4: S4 held with 6 places and no bookings: no DNA rate.
    expect(figures(q4)).toEqual([1, 6, 0, 0, 0]);
    expect([q4.didNotAttendRate.value, q4.multiAgencySessions]).toEqual([null, 0]);
  });

  it('breaks reach down by sector, agency and course, and filters by agency and theme', async () => {
    // The year: 4 sessions (S1–S4), 10 + 5 + 8 + 6 = 29 places, 10 bookings, 7 attended, 3 DNA → 0.3.
    const [year] = await reach('');
    expect(figures(year)).toEqual([4, 29, 10, 7, 3]);
    expect(year.didNotAttendRate.value).toBe(0.3);
    expect(year.multiAgencyShare).toEqual({ numerator: 6, denominator: 7, value: 6 / 7 });

    // By sector, by label: Education (a05 a09 a10 on S1, S3: 18 places, 3/3 attended);
    // Health (a03 a04 a07 on S1, S2: 15 places, 1 attended, 2 DNA → 2/3);
    // Police (a01 a02 a06 a08 on S1, S2, S3: 23 places, 3 attended, 1 DNA → 1/4). Bookings 3 + 3 + 4 = 10.
    const sectors = await reach(', groupBy: SECTOR');
    expect(sectors.map((r: any) => [r.group.key, r.group.label, ...figures(r), r.didNotAttendRate.value])).toEqual([
      ['education', 'Education', 2, 18, 3, 3, 0, 0],
      ['health', 'Health', 2, 15, 3, 1, 2, 2 / 3],
      ['police', 'Police', 3, 23, 4, 3, 1, 0.25],
    ]);
    // Police at multi-agency courses: a01 a02 of 3 attendances.
    expect(sectors[2].multiAgencyShare).toEqual({ numerator: 2, denominator: 3, value: 2 / 3 });

    const agencies = await reach(', groupBy: AGENCY');
    expect(agencies.map((r: any) => [r.group.key, r.group.label, r.bookings])).toEqual([
      [ids.NHS, 'NHS Trust', 3],
      [ids.POL, 'Police Force', 4],
      [ids.SCH, 'Schools', 3],
    ]);

    // By course: Domestic abuse S1 + S3 (18 places, 8 booked, 6 attended, 2 DNA); Safer recruitment S2 + S4 (11, 2, 1, 1).
    const courses = await reach(', groupBy: COURSE');
    expect(courses.map((r: any) => [r.group.label, ...figures(r), r.multiAgencyShare.value])).toEqual([
      ['Domestic abuse', 2, 18, 8, 6, 2, 1],
      ['Safer recruitment', 2, 11, 2, 1, 1, 0],
    ]);

    // The police's bookings only: the same as its sector row.
    expect(figures((await reach('', { agencyId: ids.POL }))[0])).toEqual([3, 23, 4, 3, 1]);
    // Domestic abuse theme: course C1 only.
    expect(figures((await reach('', { themeId: ids.da }))[0])).toEqual([2, 18, 8, 6, 2]);
    // Without a range the series runs from the earliest session (S5, 2023/24) to the latest.
    const open = await api.gql(`query($f: MetricFilter) { trainingReach(filter: $f) { period { label } attendances } }`, { f: { partnershipIds: [pid] } });
    expect(open.trainingReach).toEqual([
      { period: { label: '2023/24' }, attendances: 1 },
      { period: { label: '2024/25' }, attendances: 7 },
    ]);
  });

  const IMPACT = `period { label } group { label } attendances evaluations evaluationRate { value } meanConfidenceBefore meanConfidenceAfter
    meanConfidenceChange satisfactionResponses meanSatisfaction followUpsSent followUpsResponded changedPractice
    responseRate { numerator denominator value } practiceChange { numerator denominator value }`;
  const impact = async (asOf: string, args = '') =>
    (
      await api.gql(`query($f: MetricFilter, $asOf: Date!) { trainingImpact(filter: $f, asOf: $asOf${args}) { ${IMPACT} } }`, {
        f: { partnershipIds: [pid], ...FY },
        asOf,
      })
    ).trainingImpact;

  it('measures impact as of a date: confidence change with n, satisfaction, response and practice change', async () => {
    const [year] = await impact('2025-03-31');
    // Evaluations by 31 March 2025: a01 a02 a03 a06 a09 (a10 came later) → n = 5 of 7 attended.
    // Before 2 + 3 + 2 + 3 + 1 = 11 → 2.2; after 4 + 4 + 5 + 3 + 4 = 20 → 4.0; change (2+1+3+0+3)/5 = 9/5 = 1.8.
    expect([year.attendances, year.evaluations, year.evaluationRate.value]).toEqual([7, 5, 5 / 7]);
    expect(year.meanConfidenceBefore).toBeCloseTo(2.2, 10);
    expect(year.meanConfidenceAfter).toBeCloseTo(4, 10);
    expect(year.meanConfidenceChange).toBeCloseTo(1.8, 10);
    // Satisfaction: 5, 4, 3, 5 (a03 gave none) → 17/4 = 4.25.
    expect([year.satisfactionResponses, year.meanSatisfaction]).toEqual([4, 4.25]);
    // Follow-ups sent 5; responded by then a01 a02 a09 = 3 (a06 answered in April); changed a01 a09 = 2.
    expect(year.responseRate).toEqual({ numerator: 3, denominator: 5, value: 0.6 });
    expect(year.practiceChange).toEqual({ numerator: 2, denominator: 3, value: 2 / 3 });

    // A month later a10's evaluation and a06's answer count: n = 6, change (9 + 1)/6; changed 3 of 4.
    const [later] = await impact('2025-04-30');
    expect(later.evaluations).toBe(6);
    expect(later.meanConfidenceChange).toBeCloseTo(10 / 6, 10);
    expect(later.practiceChange).toEqual({ numerator: 3, denominator: 4, value: 0.75 });

    // By agency: NHS Trust a03 (2→5, no satisfaction; follow-up unanswered: 0/1 responded, no practice rate);
    // Police Force a01 a02 a06 (before 8, after 11 → 1; satisfaction 12/3 = 4; 2 of 3 answered, 1 changed);
    // Schools a09 (1→4; a10 not yet) → 3, answered and changed 1/1.
    const agencies = await impact('2025-03-31', ', groupBy: AGENCY');
    expect(
      agencies.map((r: any) => [r.group.label, r.evaluations, r.meanConfidenceChange, r.meanSatisfaction, r.responseRate.value, r.practiceChange.value]),
    ).toEqual([
      ['NHS Trust', 1, 3, null, 0, null],
      ['Police Force', 3, 1, 4, 2 / 3, 0.5],
      ['Schools', 1, 3, 5, 1, 1],
    ]);
  });

  it("summarises Kirkpatrick's levels", async () => {
    const { trainingKirkpatrick } = await api.gql(
      `query($f: MetricFilter, $asOf: Date!) { trainingKirkpatrick(filter: $f, asOf: $asOf) { level value n measure } }`,
      { f: { partnershipIds: [pid], ...FY }, asOf: '2025-03-31' },
    );
    // Reaction 17/4 over 4; learning 9/5 over 5; behaviour 2/3 over 3 respondents; results not from training data.
    expect(trainingKirkpatrick.map((l: any) => [l.level, l.n])).toEqual([
      ['REACTION', 4],
      ['LEARNING', 5],
      ['BEHAVIOUR', 3],
      ['RESULTS', 0],
    ]);
    expect(trainingKirkpatrick[0].value).toBe(4.25);
    expect(trainingKirkpatrick[1].value).toBeCloseTo(1.8, 10);
    expect(trainingKirkpatrick[2].value).toBeCloseTo(2 / 3, 10);
    expect(trainingKirkpatrick[3].value).toBeNull();
  });

  it('drills down to the bookings and sessions behind a figure', async () => {
    const attendances = async (vars: Record<string, unknown>, args: string) =>
      (
        await api.gql(
          `query($f: MetricFilter, $asOf: Date, $key: String, $after: String) {
             trainingAttendancesBehind(filter: $f, asOf: $asOf, groupKey: $key, after: $after ${args}) {
               totalCount nodes { ref agency { ref } session { sessionDate } } pageInfo { hasNextPage endCursor } } }`,
          { f: { partnershipIds: [pid], ...FY }, ...vars },
        )
      ).trainingAttendancesBehind;
    const refs = (c: any) => c.nodes.map((n: any) => n.ref);
    // Q1's 2 did-not-attends.
    expect(refs(await attendances({}, ', grain: QUARTER, periodStart: "2024-04-01", measure: DID_NOT_ATTEND'))).toEqual(['a04', 'a07']);
    // The police sector's 4 bookings.
    const police = await attendances({ key: 'police' }, ', groupBy: SECTOR');
    expect([police.totalCount, refs(police)]).toEqual([4, ['a01', 'a02', 'a06', 'a08']]);
    expect(police.nodes[0].agency.ref).toBe('POL');
    // The 2 who changed practice, as of 31 March 2025.
    expect(refs(await attendances({ asOf: '2025-03-31' }, ', measure: CHANGED_PRACTICE'))).toEqual(['a01', 'a09']);
    // The 6 attendances at multi-agency courses.
    expect((await attendances({}, ', measure: MULTI_AGENCY_ATTENDED')).totalCount).toBe(6);
    // All 10 bookings of the year, 4 a page.
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = await attendances({ after }, ', first: 4');
      expect(page.totalCount).toBe(10);
      seen.push(...refs(page));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
    } while (after);
    expect(seen).toEqual(['a01', 'a02', 'a03', 'a04', 'a05', 'a06', 'a07', 'a08', 'a09', 'a10']);

    // The health sector's 2 sessions (S1, S2), latest first, with their places.
    const { trainingSessionsBehind } = await api.gql(
      `query($f: MetricFilter) { trainingSessionsBehind(filter: $f, groupBy: SECTOR, groupKey: "health") { totalCount nodes { ref capacity course { title } } } }`,
      { f: { partnershipIds: [pid], ...FY } },
    );
    expect(trainingSessionsBehind.nodes.map((n: any) => [n.ref, n.capacity])).toEqual([
      ['S2', 5],
      ['S1', 10],
    ]);
    // The year's 4 sessions include S4, which nobody booked.
    const all = await api.gql(`query($f: MetricFilter) { trainingSessionsBehind(filter: $f) { nodes { ref } } }`, { f: { partnershipIds: [pid], ...FY } });
    expect(all.trainingSessionsBehind.nodes.map((n: any) => n.ref)).toEqual(['S4', 'S3', 'S2', 'S1']);
  });

  it('names the missing argument of a drill-down', async () => {
    const noAsOf = await api.raw(`query($f: MetricFilter) { trainingAttendancesBehind(filter: $f, measure: EVALUATED) { totalCount } }`, {
      f: { partnershipIds: [pid] },
    });
    expect(noAsOf.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(noAsOf.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toEqual(['asOf']);
    const noKey = await api.raw(`query($f: MetricFilter) { trainingSessionsBehind(filter: $f, groupBy: AGENCY) { totalCount } }`, {
      f: { partnershipIds: [pid] },
    });
    expect(noKey.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toEqual(['groupKey']);
  });

  it('computes the catalogue metrics for a scope', async () => {
    const scope = { partnershipIds: [pid], ...FY, asOf: '2025-03-31' };
    const compute = (key: string) => METRIC_CATALOGUE.get(key)?.compute(db.manager, scope);
    expect(await compute('training-sessions')).toEqual({ value: 4 });
    expect(await compute('training-reach')).toEqual({ value: 7 });
    // 3 DNA of 10 bookings = 30%.
    expect(await compute('training-dna-rate')).toEqual({ value: 30, numerator: 3, denominator: 10 });
    // Sum of changes 9 over 5 evaluations.
    expect(await compute('training-confidence-change')).toEqual({ value: 1.8, numerator: 9, denominator: 5 });
    // 2 of 3 respondents = 66.7%.
    const practice = await compute('training-practice-change');
    expect(practice).toMatchObject({ numerator: 2, denominator: 3 });
    expect(practice?.value).toBeCloseTo(200 / 3, 10);
  });

  it('property: on generated registers, bookings split into attended and DNA, sectors sum to the total, DNA rate within 0..1', async () => {
    const sector = fc.constantFrom('police', 'health', 'education');
    const session = fc.record({
      capacity: fc.integer({ min: 1, max: 8 }),
      day: fc.integer({ min: 0, max: 360 }),
      bookings: fc.array(fc.record({ sector, attended: fc.boolean() }), { maxLength: 8 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(session, { minLength: 1, maxLength: 3 }), async (sessions) => {
        const p = await createTestPartnership(api, 'Generated training');
        const agency: Record<string, string> = {};
        for (const s of ['police', 'health', 'education']) {
          [{ id: agency[s] }] = await db.query(`INSERT INTO agencies (partnership_id, name, ref, sector) VALUES ($1, $2, $2, $2) RETURNING id`, [p, s]);
        }
        const [{ id: course }] = await db.query(`INSERT INTO training_courses (partnership_id, ref, title) VALUES ($1, 'C', 'C') RETURNING id`, [p]);
        let booked = 0;
        for (const [i, s] of sessions.entries()) {
          const date = new Date(Date.UTC(2024, 3, 1 + s.day)).toISOString().slice(0, 10);
          const [{ id }] = await db.query(
            `INSERT INTO training_sessions (partnership_id, ref, course_id, session_date, capacity) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
            [p, `S${i}`, course, date, Math.max(s.capacity, s.bookings.length)],
          );
          for (const [j, b] of s.bookings.entries()) {
            await db.query(`INSERT INTO training_attendances (partnership_id, ref, session_id, agency_id, attended) VALUES ($1, $2, $3, $4, $5)`, [
              p, `S${i}-${j}`, id, agency[b.sector], b.attended,
            ]);
          }
          booked += s.bookings.length;
        }
        const { total, sectors } = await api.gql(
          `query($f: MetricFilter) { total: trainingReach(filter: $f) { ${REACH} } sectors: trainingReach(filter: $f, groupBy: SECTOR) { ${REACH} } }`,
          { f: { partnershipIds: [p], ...FY } },
        );
        const [t] = total;
        expect(t.bookings).toBe(booked);
        expect(t.sessions).toBe(sessions.length);
        for (const r of [t, ...sectors]) {
          expect(r.attendances + r.didNotAttend).toBe(r.bookings);
          expect(r.bookings).toBeLessThanOrEqual(r.places);
          if (r.bookings === 0) expect(r.didNotAttendRate.value).toBeNull();
          else {
            expect(r.didNotAttendRate.value).toBeGreaterThanOrEqual(0);
            expect(r.didNotAttendRate.value).toBeLessThanOrEqual(1);
            expect(r.didNotAttendRate.value).toBeCloseTo(r.didNotAttend / r.bookings, 12);
          }
        }
        const sum = (k: string) => sectors.reduce((s: number, r: any) => s + r[k], 0);
        expect([sum('bookings'), sum('attendances'), sum('didNotAttend')]).toEqual([t.bookings, t.attendances, t.didNotAttend]);
      }),
      { numRuns: 6 },
    );
  });
});
