import { METRIC_CATALOGUE } from '@sli/analytics-api';
import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { createTestPartnership, startTestApi, type TestApi } from './harness';

/**
 * Audit quality and section 11 metrics on a small fixture built by hand in SQL. Every expected
 * number is worked out in the comments from the rows below, not taken from the code.
 *
 * Case audits of the partnership (MACA = multi-agency case audit), grades O/G/RI/I:
 *   A6 MACA  2023-11-01 round R0                 c11 RI, c12 G                    → 1/2 good or better
 *   A1 MACA  2024-05-10 round R1 lead POL, theme c01 G, c02 RI, c03 I, c04 O       → 2/4
 *   A2 MACA  2024-08-20 round R2 with ICB        c05 G, c06 G, c07 O              → 3/3
 *   A3 MACA  2024-09-02 round R2 lead EDU        c08 I                            → 0/1
 *   A4 thematic 2025-01-15 no round, theme       c09 G, c10 RI                    → 1/2
 *   A5 MACA  2025-02-03 round R3                 (not graded yet)
 * Domain grades: c01 recognition G, assessment RI; c02 recognition G; c04 recognition O.
 * Section 11: S0 (2022-09-05) EDU; S1 (2024-09-10) POL and ICB, see the section 11 test.
 */
describe('Audit metrics over GraphQL', () => {
  let api: TestApi;
  let db: DataSource;
  let pid: string;
  const ids: Record<string, string> = {};

  const FY = { from: '2024-04-01', to: '2025-03-31' };

  beforeAll(async () => {
    api = await startTestApi();
    db = api.db;
    pid = await createTestPartnership(api, 'Auditshire LSCP');
    await buildFixture();
  });
  afterAll(() => api.close());

  async function insert(table: string, row: Record<string, unknown>): Promise<string> {
    const cols = Object.keys(row);
    const rows = await db.query(
      `INSERT INTO ${table} (partnership_id, ${cols.join(', ')}) VALUES ($1, ${cols.map((_, i) => `$${i + 2}`).join(', ')}) RETURNING *`,
      [pid, ...Object.values(row)],
    );
    return rows[0].id;
  }

  async function buildFixture() {
    ids.POL = await insert('agencies', { ref: 'POL', name: 'Police', sector: 'police' });
    ids.ICB = await insert('agencies', { ref: 'ICB', name: 'Health', sector: 'health' });
    ids.EDU = await insert('agencies', { ref: 'EDU', name: 'Schools', sector: 'education' });
    const [theme] = await db.query(`SELECT id FROM themes WHERE partnership_id = $1 AND code = 'neglect'`, [pid]);
    ids.neglect = theme.id;

    const audit = async (ref: string, type: string, startedOn: string, round: string | null, lead: string | null = null) =>
      (ids[ref] = await insert('audits', { ref, type, title: ref, started_on: startedOn, round, lead_agency_id: lead }));
    await audit('A6', 'multi-agency-case', '2023-11-01', 'R0');
    await audit('A1', 'multi-agency-case', '2024-05-10', 'R1', ids.POL);
    await audit('A2', 'multi-agency-case', '2024-08-20', 'R2');
    await audit('A3', 'multi-agency-case', '2024-09-02', 'R2', ids.EDU);
    await audit('A4', 'thematic', '2025-01-15', null);
    await audit('A5', 'multi-agency-case', '2025-02-03', 'R3');
    await audit('S0', 'section-11', '2022-09-05', 'S11 2022');
    await audit('S1', 'section-11', '2024-09-10', 'S11 2024');
    await db.query(`INSERT INTO audit_agencies (partnership_id, audit_id, agency_id) VALUES ($1, $2, $3)`, [pid, ids.A2, ids.ICB]);
    for (const a of ['A1', 'A4']) {
      await db.query(`INSERT INTO audit_themes (partnership_id, audit_id, theme_id) VALUES ($1, $2, $3)`, [pid, ids[a], ids.neglect]);
    }

    const cases: [string, string, string][] = [
      ['c11', 'A6', 'requires-improvement'], ['c12', 'A6', 'good'],
      ['c01', 'A1', 'good'], ['c02', 'A1', 'requires-improvement'], ['c03', 'A1', 'inadequate'], ['c04', 'A1', 'outstanding'],
      ['c05', 'A2', 'good'], ['c06', 'A2', 'good'], ['c07', 'A2', 'outstanding'],
      ['c08', 'A3', 'inadequate'],
      ['c09', 'A4', 'good'], ['c10', 'A4', 'requires-improvement'],
    ];
    for (const [ref, a, grade] of cases) {
      ids[ref] = await insert('audit_cases', { ref, audit_id: ids[a], overall_grade: grade });
    }
    const domain = (c: string, d: string, grade: string) =>
      db.query(`INSERT INTO audit_case_domain_grades (partnership_id, audit_case_id, domain, grade) VALUES ($1, $2, $3, $4)`, [pid, ids[c], d, grade]);
    await domain('c01', 'recognition', 'good');
    await domain('c01', 'assessment', 'requires-improvement');
    await domain('c02', 'recognition', 'good');
    await domain('c04', 'recognition', 'outstanding');

    const s11 = (ref: string, a: string, agency: string, standard: string, self: string, moderated: string | null) =>
      insert('section11_assessments', { ref, audit_id: ids[a], agency_id: ids[agency], standard, self_rating: self, moderated_rating: moderated });
    await s11('s0-edu-1', 'S0', 'EDU', 'staff-training', 'green', 'green');
    await s11('s1-pol-1', 'S1', 'POL', 'senior-management-commitment', 'green', 'amber'); // down
    await s11('s1-pol-5', 'S1', 'POL', 'staff-training', 'amber', 'green'); // up
    await s11('s1-pol-6', 'S1', 'POL', 'safer-recruitment', 'red', null); // not moderated
    await s11('s1-icb-1', 'S1', 'ICB', 'senior-management-commitment', 'amber', 'amber'); // unchanged
    await s11('s1-icb-8', 'S1', 'ICB', 'information-sharing', 'amber', 'red'); // down
  }

  const DIST = 'total grades { grade count share } goodOrBetter { numerator denominator value }';
  const gob = (d: { goodOrBetter: { numerator: number; denominator: number } }) => [d.goodOrBetter.numerator, d.goodOrBetter.denominator];
  const counts = (d: { grades: { count: number }[] }) => d.grades.map((g) => g.count);

  it('gives the grade distribution and % good or better per quarter, with empty quarters as zeros', async () => {
    const { auditQuality } = await api.gql(
      `query($f: MetricFilter) { auditQuality(filter: $f, grain: QUARTER) {
         period { label start end } audits gradedAudits overall { ${DIST} } domains { domain label distribution { ${DIST} } } } }`,
      { f: { partnershipIds: [pid], ...FY } },
    );
    expect(auditQuality.map((r: any) => r.period.label)).toEqual(['2024/25 Q1', '2024/25 Q2', '2024/25 Q3', '2024/25 Q4']);
    const [q1, q2, q3, q4] = auditQuality;
    // Q1: A1 only. O1 G1 RI1 I1 → 4 graded, good or better (1 + 1) / 4 = 0.5; each grade a quarter.
    expect([q1.audits, q1.gradedAudits]).toEqual([1, 1]);
    expect(counts(q1.overall)).toEqual([1, 1, 1, 1]);
    expect(q1.overall.grades.map((g: any) => g.share)).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(q1.overall.goodOrBetter).toEqual({ numerator: 2, denominator: 4, value: 0.5 });
    // Domains of A1's cases: recognition O (c04), G (c01, c02) → 3/3; assessment RI (c01) → 0/1; the rest none.
    // The partnership's domains in reading order (the defaults); the retired planning-and-intervention has no grades, so is left out.
    expect(q1.domains.map((d: any) => d.domain)).toEqual(['voice-of-the-child', 'recognition', 'assessment', 'planning', 'intervention', 'joint-working', 'impact']);
    expect(q1.domains[1].label).toBe('Recognition');
    expect(counts(q1.domains[1].distribution)).toEqual([1, 2, 0, 0]);
    expect(q1.domains[1].distribution.goodOrBetter.value).toBe(1);
    expect(gob(q1.domains[2].distribution)).toEqual([0, 1]);
    expect(q1.domains[3].distribution).toMatchObject({ total: 0, goodOrBetter: { value: null } });
    // Q2: A2 (G G O) and A3 (I); the section 11 audit S1 (10 Sep) is not a case audit. O1 G2 I1 → 3/4.
    expect([q2.audits, q2.gradedAudits]).toEqual([2, 2]);
    expect(counts(q2.overall)).toEqual([1, 2, 0, 1]);
    expect(q2.overall.goodOrBetter.value).toBe(0.75);
    // Q3: nothing started.
    expect(q3).toMatchObject({ audits: 0, gradedAudits: 0, overall: { total: 0, goodOrBetter: { value: null } } });
    // Q4: A4 (G RI) graded, A5 started but not graded → 2 audits, 1 graded, 1/2.
    expect([q4.audits, q4.gradedAudits]).toEqual([2, 1]);
    expect(gob(q4.overall)).toEqual([1, 2]);
  });

  it('sums the financial year and applies the agency, theme and audit-type filters', async () => {
    const year = async (extra: Record<string, unknown>, args = '') =>
      (
        await api.gql(`query($f: MetricFilter) { auditQuality(filter: $f${args}) { period { label } audits overall { ${DIST} } } }`, {
          f: { partnershipIds: [pid], ...FY, ...extra },
        })
      ).auditQuality;
    // 2024/25: A1 + A2 + A3 + A4 = 4 + 3 + 1 + 2 = 10 cases; O (c04, c07) 2, G (c01, c05, c06, c09) 4,
    // RI (c02, c10) 2, I (c03, c08) 2 → 6/10 = 0.6. Audits started: A1–A5 = 5.
    const [all] = await year({});
    expect(all.period.label).toBe('2024/25');
    expect(all.audits).toBe(5);
    expect(counts(all.overall)).toEqual([2, 4, 2, 2]);
    expect(all.overall.goodOrBetter).toEqual({ numerator: 6, denominator: 10, value: 0.6 });
    expect(all.overall.grades.map((g: any) => g.share)).toEqual([0.2, 0.4, 0.2, 0.2]);
    // Health (ICB) takes part in A2 only: 3/3.
    const [icb] = await year({ agencyId: ids.ICB });
    expect([icb.audits, ...gob(icb.overall)]).toEqual([1, 3, 3]);
    // Police leads A1 only: 2/4.
    expect(gob((await year({ agencyId: ids.POL }))[0].overall)).toEqual([2, 4]);
    // Neglect tags A1 and A4: (2 + 1) / (4 + 2) = 3/6.
    expect(gob((await year({ themeId: ids.neglect }))[0].overall)).toEqual([3, 6]);
    // Thematic audits only: A4, 1/2.
    expect(gob((await year({}, ', auditTypes: [THEMATIC]'))[0].overall)).toEqual([1, 2]);
  });

  it('lists quality per audit, ungraded audits included', async () => {
    const { auditQualityByAudit } = await api.gql(
      `query($f: MetricFilter) { auditQualityByAudit(filter: $f) { audit { ref round } overall { total goodOrBetter { value } } } }`,
      { f: { partnershipIds: [pid], ...FY } },
    );
    // By start date: A1 2/4, A2 3/3, A3 0/1, A4 1/2, A5 nothing graded.
    expect(auditQualityByAudit.map((r: any) => [r.audit.ref, r.overall.total, r.overall.goodOrBetter.value])).toEqual([
      ['A1', 4, 0.5],
      ['A2', 3, 1],
      ['A3', 1, 0],
      ['A4', 2, 0.5],
      ['A5', 0, null],
    ]);
  });

  it('compares consecutive rounds, by audit and by round label', async () => {
    const rounds = async (args: string) =>
      (
        await api.gql(
          `query($f: MetricFilter) { auditQualityRounds(filter: $f${args}) {
             label startedOn audits { ref } partnership { id } overall { goodOrBetter { numerator denominator } }
             previousLabel previousGoodOrBetter { value } change direction comparability comparisonNote } }`,
          { f: { partnershipIds: [pid] } },
        )
      ).auditQualityRounds;
    // By audit (multi-agency case audits with graded cases; A5 has none): A6 1/2, A1 2/4, A2 3/3, A3 0/1.
    // Their shares would move 0, +0.5 and −1, but no change is called (audits-domain compareRounds): only A1
    // has a theme (neglect), so no two consecutive rounds share a topic; and none has ten graded cases.
    // assurance-tools.int-spec works the comparable case.
    const byAudit = await rounds('');
    expect(byAudit.map((r: any) => [r.label, r.previousLabel, r.previousGoodOrBetter?.value ?? null, r.change, r.direction, r.comparability])).toEqual([
      ['R0', null, null, null, null, null],
      ['R1', 'R0', 0.5, null, null, 'DIFFERENT_TOPIC'],
      ['R2', 'R1', 0.5, null, null, 'DIFFERENT_TOPIC'],
      ['R2', 'R2', 1, null, null, 'DIFFERENT_TOPIC'],
    ]);
    expect(byAudit[1].comparisonNote).toBe('not comparable: different topic');
    expect(byAudit[0].partnership.id).toBe(pid);
    // By round label: R0 1/2; R1 2/4; R2 = A2 + A3 = (3 + 0) / (3 + 1) = 3/4, started with A2 on 20 Aug.
    const byRound = await rounds(', basis: ROUND');
    expect(byRound.map((r: any) => [r.label, r.startedOn, r.audits.map((a: any) => a.ref), gob(r.overall), r.change, r.comparability])).toEqual([
      ['R0', '2023-11-01', ['A6'], [1, 2], null, null],
      ['R1', '2024-05-10', ['A1'], [2, 4], null, 'DIFFERENT_TOPIC'],
      ['R2', '2024-08-20', ['A2', 'A3'], [3, 4], null, 'DIFFERENT_TOPIC'],
    ]);
    expect(byRound[2].previousGoodOrBetter.value).toBe(0.5);
    // Thematic audits too: A4 has no round, so its label is its ref; it follows A3 (0/1), on another topic (neglect).
    const withThematic = await rounds(', auditTypes: [MULTI_AGENCY_CASE, THEMATIC]');
    expect(withThematic.map((r: any) => r.label)).toEqual(['R0', 'R1', 'R2', 'R2', 'A4']);
    expect(withThematic[4]).toMatchObject({ previousLabel: 'R2', change: null, direction: null, comparability: 'DIFFERENT_TOPIC' });
  });

  it('drills down to the cases behind a figure, by period, audit, domain and grade, with cursor pages', async () => {
    const behind = async (args: Record<string, unknown>, page = '') =>
      (
        await api.gql(
          `query($f: MetricFilter, $grain: PeriodGrain, $periodStart: Date, $auditId: ID, $domain: String, $grade: OfstedGrade, $gob: Boolean, $after: String) {
             auditCasesBehind(filter: $f, grain: $grain, periodStart: $periodStart, auditId: $auditId, domain: $domain, grade: $grade,
               goodOrBetter: $gob, after: $after ${page}) { totalCount nodes { ref audit { ref } } pageInfo { hasNextPage endCursor } } }`,
          { f: { partnershipIds: [pid], ...FY }, ...args },
        )
      ).auditCasesBehind;
    const refs = (c: any) => c.nodes.map((n: any) => n.ref);
    // The 3 good-or-better cases of Q2 (the numerator 3 of 3/4): c05, c06, c07.
    const q2 = await behind({ grain: 'QUARTER', periodStart: '2024-07-01', gob: true });
    expect([q2.totalCount, refs(q2)]).toEqual([3, ['c05', 'c06', 'c07']]);
    expect(q2.nodes[0].audit.ref).toBe('A2');
    // Graded good in recognition: c01, c02.
    expect(refs(await behind({ domain: 'recognition', grade: 'GOOD' }))).toEqual(['c01', 'c02']);
    // A1's inadequate case.
    expect(refs(await behind({ auditId: ids.A1, grade: 'INADEQUATE' }))).toEqual(['c03']);
    // Not good or better in the year: 10 − 6 = 4 (c02, c03, c08, c10).
    expect(refs(await behind({ gob: false }))).toEqual(['c02', 'c03', 'c08', 'c10']);
    // All 10 of the year, four at a time: 3 pages, each case once.
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const page = await behind({ after }, ', first: 4');
      expect(page.totalCount).toBe(10);
      seen.push(...refs(page));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toEqual(['c01', 'c02', 'c03', 'c04', 'c05', 'c06', 'c07', 'c08', 'c09', 'c10']);
  });

  it('builds the section 11 grid with final ratings and what moderation changed', async () => {
    const GRID = `audit { ref } cells { agency { name } standard selfRating moderatedRating finalRating moderation }
      byStandard { standard title counts { total red amber green moderated up down changed } }
      byAgency { agency { ref } counts { total red amber green moderated up down changed } }
      overall { total red amber green moderated up down changed }`;
    const grids = async (extra: Record<string, unknown>) =>
      (await api.gql(`query($f: MetricFilter) { section11Grids(filter: $f) { ${GRID} } }`, { f: { partnershipIds: [pid], ...extra } }))
        .section11Grids;
    const all = await grids({});
    expect(all.map((g: any) => g.audit.ref)).toEqual(['S0', 'S1']);
    const s1 = all[1];
    // Cells by agency name (Health before Police), then standard in the order of the tool (here the legacy one: these
    // audits were written with no tool, so their codes name the legacy version's standards).
    expect(s1.cells.map((c: any) => [c.agency.name, c.standard, c.finalRating, c.moderation])).toEqual([
      ['Health', 'senior-management-commitment', 'AMBER', 'UNCHANGED'],
      ['Health', 'information-sharing', 'RED', 'DOWN'],
      ['Police', 'senior-management-commitment', 'AMBER', 'DOWN'],
      ['Police', 'staff-training', 'GREEN', 'UP'],
      ['Police', 'safer-recruitment', 'RED', 'NOT_MODERATED'],
    ]);
    expect(s1.cells[4]).toMatchObject({ selfRating: 'RED', moderatedRating: null });
    // Final: red = POL safer recruitment + ICB information sharing = 2; amber = the two senior management = 2;
    // green = POL staff training = 1. Moderated 4 of 5; up 1 (amber → green), down 2 (green → amber, amber → red).
    expect(s1.overall).toEqual({ total: 5, red: 2, amber: 2, green: 1, moderated: 4, up: 1, down: 2, changed: 3 });
    expect(s1.byStandard).toHaveLength(8);
    expect(s1.byStandard[0]).toMatchObject({ standard: 'senior-management-commitment', title: 'Senior management commitment' });
    const std = Object.fromEntries(s1.byStandard.map((s: any) => [s.standard, s.counts]));
    expect(std['senior-management-commitment']).toEqual({ total: 2, red: 0, amber: 2, green: 0, moderated: 2, up: 0, down: 1, changed: 1 });
    expect(std['staff-training']).toEqual({ total: 1, red: 0, amber: 0, green: 1, moderated: 1, up: 1, down: 0, changed: 1 });
    expect(std['line-of-accountability']).toEqual({ total: 0, red: 0, amber: 0, green: 0, moderated: 0, up: 0, down: 0, changed: 0 });
    // Per agency: Health 2 (1 amber, 1 red; both moderated, 1 down); Police 3 (1 each colour; 2 moderated, 1 up, 1 down).
    expect(s1.byAgency).toEqual([
      { agency: { ref: 'ICB' }, counts: { total: 2, red: 1, amber: 1, green: 0, moderated: 2, up: 0, down: 1, changed: 1 } },
      { agency: { ref: 'POL' }, counts: { total: 3, red: 1, amber: 1, green: 1, moderated: 2, up: 1, down: 1, changed: 2 } },
    ]);

    // The agency filter keeps the police's assessments, so only S1, with 3 cells.
    const police = await grids({ agencyId: ids.POL });
    expect(police.map((g: any) => [g.audit.ref, g.cells.length, g.overall.total])).toEqual([['S1', 3, 3]]);
    // The period filter leaves S0 (2022) out.
    expect((await grids(FY)).map((g: any) => g.audit.ref)).toEqual(['S1']);
    // One audit by id; a case audit is no section 11 grid.
    const { one, notS11 } = await api.gql(`query($a: ID!, $b: ID!) { one: section11Grid(auditId: $a) { overall { total } } notS11: section11Grid(auditId: $b) { auditId } }`, {
      a: ids.S1,
      b: ids.A1,
    });
    expect([one.overall.total, notS11]).toEqual([5, null]);
  });

  it('drills down to the section 11 assessments behind a count', async () => {
    const behind = async (args: string) =>
      (
        await api.gql(`query($f: MetricFilter, $a: ID) { section11AssessmentsBehind(filter: $f, auditId: $a ${args}) { totalCount nodes { ref finalRating } } }`, {
          f: { partnershipIds: [pid] },
          a: ids.S1,
        })
      ).section11AssessmentsBehind;
    // The 2 moved down, the 2 red in the end, the 1 amber senior-management rating of the police.
    expect((await behind(', moderation: DOWN')).nodes.map((n: any) => n.ref)).toEqual(['s1-icb-8', 's1-pol-1']);
    expect((await behind(', finalRating: RED')).nodes.map((n: any) => n.ref)).toEqual(['s1-icb-8', 's1-pol-6']);
    expect((await behind(', standard: "staff-training"')).totalCount).toBe(1);
  });

  it('computes the catalogue metrics for a scope', async () => {
    const scope = { partnershipIds: [pid], ...FY, asOf: '2025-03-31' };
    const m = db.manager;
    // 6 of 10 graded cases good or better in 2024/25 = 60%.
    expect(await METRIC_CATALOGUE.get('audit-good-or-better')?.compute(m, scope)).toEqual({ value: 60, numerator: 6, denominator: 10 });
    expect(await METRIC_CATALOGUE.get('audit-cases-graded')?.compute(m, scope)).toEqual({ value: 10 });
    // Nothing graded in 2021/22: no value rather than 0%.
    const empty = { ...scope, from: '2021-04-01', to: '2022-03-31' };
    expect(await METRIC_CATALOGUE.get('audit-good-or-better')?.compute(m, empty)).toEqual({ value: null, numerator: 0, denominator: 0 });
  });

  it('rejects a range that ends before it starts and an audit id that is no id, naming the field', async () => {
    const res = await api.raw(`query($f: MetricFilter) { auditQuality(filter: $f) { audits } }`, {
      f: { partnershipIds: [pid], from: '2025-01-01', to: '2024-01-01' },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toEqual(['filter.to']);
    const grid = await api.raw(`{ section11Grid(auditId: "S1") { auditId } }`);
    expect(grid.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toEqual(['auditId']);
  });

  it('property: on generated audits, grade counts sum to the total, shares to 1, and per-audit totals to the year', async () => {
    const grade = fc.constantFrom('outstanding', 'good', 'requires-improvement', 'inadequate');
    const audits = fc.array(fc.record({ day: fc.integer({ min: 0, max: 360 }), grades: fc.array(grade, { maxLength: 6 }) }), { minLength: 1, maxLength: 4 });
    await fc.assert(
      fc.asyncProperty(audits, async (generated) => {
        const p = await createTestPartnership(api, 'Generated audits');
        let expected = 0;
        for (const [i, a] of generated.entries()) {
          const started = new Date(Date.UTC(2024, 3, 1 + a.day)).toISOString().slice(0, 10);
          const [{ id }] = await db.query(
            `INSERT INTO audits (partnership_id, ref, type, title, started_on) VALUES ($1, $2, 'multi-agency-case', 'G', $3) RETURNING id`,
            [p, `G${i}`, started],
          );
          for (const [j, g] of a.grades.entries()) {
            await db.query(`INSERT INTO audit_cases (partnership_id, ref, audit_id, overall_grade) VALUES ($1, $2, $3, $4)`, [p, `G${i}-${j}`, id, g]);
          }
          expected += a.grades.length;
        }
        const { year, perAudit } = await api.gql(
          `query($f: MetricFilter) { year: auditQuality(filter: $f) { overall { ${DIST} } }
             perAudit: auditQualityByAudit(filter: $f) { overall { total } } }`,
          { f: { partnershipIds: [p], from: '2024-04-01', to: '2025-03-31' } },
        );
        const d = year[0].overall;
        expect(d.total).toBe(expected);
        expect(d.grades.reduce((s: number, g: any) => s + g.count, 0)).toBe(d.total);
        expect(perAudit.reduce((s: number, r: any) => s + r.overall.total, 0)).toBe(d.total);
        if (d.total === 0) {
          expect(d.goodOrBetter.value).toBeNull();
          return;
        }
        expect(d.grades.reduce((s: number, g: any) => s + g.share, 0)).toBeCloseTo(1, 9);
        expect(d.goodOrBetter.value).toBeGreaterThanOrEqual(0);
        expect(d.goodOrBetter.value).toBeLessThanOrEqual(1);
      }),
      { numRuns: 6 },
    );
  });
});
