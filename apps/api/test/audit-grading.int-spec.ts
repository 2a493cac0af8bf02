import { upgradePGlite } from '@sli/shared/api-core';
import { migrations } from '../src/database/migrations';
import { createTestPartnership, startTestApi, uniqueRef, type TestApi } from './harness';

/*
 * Case-audit grading on the partnership's own domains, overall and per agency (issue 10): admins
 * add, rename, reorder and retire domains; grades name a domain by code and, optionally, an agency;
 * audit quality by domain uses the partnership's domains (overall grades only), and each agency's
 * grades are broken down by domain for an audit or a round.
 */

const DOMAINS = `query($pid: ID!) { auditDomains(partnershipId: $pid) { id code name position retired isDefault } }`;
const CREATE_DOMAIN = `mutation($input: CreateAuditDomainInput!) { createAuditDomain(input: $input) { id code name position retired isDefault } }`;
const UPDATE_DOMAIN = `mutation($id: ID!, $input: UpdateAuditDomainInput!) { updateAuditDomain(id: $id, input: $input) { id code name retired } }`;
const REORDER = `mutation($input: ReorderAuditDomainsInput!) { reorderAuditDomains(input: $input) { code position } }`;
const GRADES = 'domainGrades { domain domainLabel domainRetired grade agency { name } }';
const CREATE_CASE = `mutation($input: CreateAuditCaseInput!) { createAuditCase(input: $input) { id ref ${GRADES} } }`;
const UPDATE_CASE = `mutation($id: ID!, $input: UpdateAuditCaseInput!) { updateAuditCase(id: $id, input: $input) { id ref ${GRADES} } }`;
const DIST = 'total grades { grade count } goodOrBetter { numerator denominator value }';
const AGENCY_GRADES = `query($f: MetricFilter, $auditId: ID, $round: String) {
  auditAgencyGrades(filter: $f, auditId: $auditId, round: $round) { agencyName domain label distribution { ${DIST} } } }`;

type Domain = { id: string; code: string; name: string; position: number; retired: boolean; isDefault: boolean };
type Fields = { field: string; message: string }[] | undefined;
type Grade = { domain: string; domainLabel: string; domainRetired: boolean; grade: string; agency: { name: string } | null };

const fieldsOf = (r: { errors?: { extensions?: { fields?: { field: string; message: string }[] } }[] }): Fields => r.errors?.[0]?.extensions?.fields;
const counts = (d: { grades: { count: number }[] }) => d.grades.map((g) => g.count);
const brief = (gs: Grade[]) => gs.map((g) => `${g.domain}/${g.agency?.name ?? 'overall'}=${g.grade}`);

describe('Case-audit grading by partnership domain and agency (issue 10)', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  async function setUp(name: string) {
    const pid = await createTestPartnership(api, name);
    const agency = async (ref: string, agencyName: string, sector: string) =>
      (await api.gql(`mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`, { input: { partnershipId: pid, ref, name: agencyName, sector } }))
        .createAgency.id as string;
    const police = await agency('POL', 'Police', 'POLICE');
    const health = await agency('ICB', 'Health', 'HEALTH');
    const audit = async (title: string, round: string, startedOn: string) =>
      (
        await api.gql(`mutation($input: CreateAuditInput!) { createAudit(input: $input) { id } }`, {
          input: { partnershipId: pid, ref: uniqueRef('AU'), type: 'MULTI_AGENCY_CASE', title, round, startedOn },
        })
      ).createAudit.id as string;
    const domains = async (): Promise<Domain[]> => (await api.gql(DOMAINS, { pid })).auditDomains;
    return { pid, police, health, audit, domains };
  }

  it('lets admins add, rename, reorder and retire domains, with change history; others may not', async () => {
    const { pid, domains } = await setUp('Domains Partnership');
    const before = await domains();
    // The defaults: seven in use, then the retired planning-and-intervention (8 in all).
    expect(before.map((d) => d.code)).toEqual([
      'voice-of-the-child', 'recognition', 'assessment', 'planning', 'intervention', 'joint-working', 'impact', 'planning-and-intervention',
    ]);

    // Added last (position 9), its code made from the name.
    const added = (await api.gql(CREATE_DOMAIN, { input: { partnershipId: pid, name: 'Early help & step-down' } })).createAuditDomain;
    expect(added).toMatchObject({ code: 'early-help-step-down', name: 'Early help & step-down', position: 9, retired: false, isDefault: false });

    const renamed = (await api.gql(UPDATE_DOMAIN, { id: added.id, input: { name: 'Early help' } })).updateAuditDomain;
    expect(renamed).toMatchObject({ code: 'early-help-step-down', name: 'Early help' });

    // Clashes name the field.
    const sameName = await api.raw(CREATE_DOMAIN, { input: { partnershipId: pid, name: 'early HELP' } });
    expect(fieldsOf(sameName)).toEqual([{ field: 'name', message: 'is already the name of a domain of this partnership (early-help-step-down)' }]);
    const sameCode = await api.raw(CREATE_DOMAIN, { input: { partnershipId: pid, name: 'Impact on the child', code: 'impact' } });
    expect(fieldsOf(sameCode)).toEqual([{ field: 'code', message: 'impact is already the code of a domain of this partnership ("Impact")' }]);
    const badCode = await api.raw(CREATE_DOMAIN, { input: { partnershipId: pid, name: 'X', code: 'Not A Code' } });
    expect(fieldsOf(badCode)?.[0]?.field).toBe('code');

    // Reorder: the new domain first, the rest as they were; every domain must be listed once.
    const ids = (await domains()).map((d) => d.id);
    const order = [added.id, ...ids.filter((id) => id !== added.id)];
    const reordered = (await api.gql(REORDER, { input: { partnershipId: pid, domainIds: order } })).reorderAuditDomains;
    expect(reordered.slice(0, 3)).toEqual([
      { code: 'early-help-step-down', position: 1 },
      { code: 'voice-of-the-child', position: 2 },
      { code: 'recognition', position: 3 },
    ]);
    const short = await api.raw(REORDER, { input: { partnershipId: pid, domainIds: order.slice(1) } });
    expect(fieldsOf(short)).toEqual([{ field: 'domainIds', message: 'must list every domain of the partnership; missing: Early help' }]);
    const twice = await api.raw(REORDER, { input: { partnershipId: pid, domainIds: [...order, order[0]] } });
    expect(fieldsOf(twice)).toEqual([{ field: 'domainIds[9]', message: 'repeats domainIds[0]' }]);

    const retired = (await api.gql(UPDATE_DOMAIN, { id: added.id, input: { retired: true } })).updateAuditDomain;
    expect(retired.retired).toBe(true);

    // Change history: added, renamed, moved (position 9 → 1), retired.
    const events: { action: string; name: string; position: number; retired: boolean }[] = await api.db.query(
      `SELECT action, after ->> 'name' AS name, (after ->> 'position')::int AS position, (after ->> 'retired')::boolean AS retired
       FROM audit_events WHERE entity = 'audit_domains' AND entity_id = $1 ORDER BY id`,
      [added.id],
    );
    expect(events).toEqual([
      { action: 'insert', name: 'Early help & step-down', position: 9, retired: false },
      { action: 'update', name: 'Early help', position: 9, retired: false },
      { action: 'update', name: 'Early help', position: 1, retired: false },
      { action: 'update', name: 'Early help', position: 1, retired: true },
    ]);

    // Only admins manage domains; an analyst reads them.
    const analyst = await api.as('analyst', { partnershipIds: [pid] });
    expect((await analyst.gql(DOMAINS, { pid })).auditDomains).toHaveLength(9);
    const refused = await analyst.raw(CREATE_DOMAIN, { input: { partnershipId: pid, name: 'Analysts domain' } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('grades a case overall and per agency in the partnership domains, refusing unknown, retired and foreign ones by field', async () => {
    const { pid, police, health, audit, domains } = await setUp('Grading Partnership');
    const other = await setUp('Other Grading Partnership');
    const auditId = await audit('Neglect', 'R1', '2025-01-10');
    const added = (await api.gql(CREATE_DOMAIN, { input: { partnershipId: pid, name: 'Early help' } })).createAuditDomain as Domain;

    const c = (
      await api.gql(CREATE_CASE, {
        input: {
          auditId,
          ref: 'G1',
          overallGrade: 'GOOD',
          domainGrades: [
            { domain: 'impact', grade: 'GOOD' },
            { domain: 'voice-of-the-child', grade: 'REQUIRES_IMPROVEMENT' },
            { domain: 'voice-of-the-child', agencyId: police, grade: 'INADEQUATE' },
            { domain: 'voice-of-the-child', agencyId: health, grade: 'GOOD' },
            { domain: 'early-help', agencyId: health, grade: 'OUTSTANDING' },
          ],
        },
      })
    ).createAuditCase;
    // The partnership's reading order (voice of the child first, the added domain last); overall, then agencies by name.
    expect(brief(c.domainGrades)).toEqual([
      'voice-of-the-child/overall=REQUIRES_IMPROVEMENT',
      'voice-of-the-child/Health=GOOD',
      'voice-of-the-child/Police=INADEQUATE',
      'impact/overall=GOOD',
      'early-help/Health=OUTSTANDING',
    ]);
    expect(c.domainGrades[0].domainLabel).toBe('Voice of the child');
    expect(c.domainGrades[4].domainLabel).toBe('Early help');

    // Bad grades, every one named by its field, and nothing written.
    const bad = await api.raw(UPDATE_CASE, {
      id: c.id,
      input: {
        domainGrades: [
          { domain: 'no-such-domain', grade: 'GOOD' },
          { domain: 'planning-and-intervention', grade: 'GOOD' },
          { domain: 'impact', agencyId: other.police, grade: 'GOOD' },
          { domain: 'impact', agencyId: police, grade: 'GOOD' },
          { domain: 'impact', agencyId: police, grade: 'INADEQUATE' },
        ],
      },
    });
    expect(fieldsOf(bad)).toEqual([
      { field: 'domainGrades[0].domain', message: "no-such-domain is not one of the partnership's audit domains" },
      {
        field: 'domainGrades[1].domain',
        message: 'planning-and-intervention ("Planning and intervention (before 2027)") is retired: it stays on past grades but is not given to new ones',
      },
      { field: 'domainGrades[2].agencyId', message: 'is not an agency of this partnership' },
      { field: 'domainGrades[4].domain', message: 'repeats the domain and agency of domainGrades[3]' },
    ]);
    expect((await api.gql(`query($id: ID!) { auditCase(id: $id) { ${GRADES} } }`, { id: c.id })).auditCase.domainGrades).toHaveLength(5);

    // Retiring a domain keeps its grades; the case can be edited and keep them; a new grade in it is refused.
    await api.gql(UPDATE_DOMAIN, { id: added.id, input: { retired: true } });
    const kept = (
      await api.gql(UPDATE_CASE, {
        id: c.id,
        input: {
          domainGrades: [
            { domain: 'voice-of-the-child', grade: 'GOOD' },
            { domain: 'early-help', agencyId: health, grade: 'GOOD' },
          ],
        },
      })
    ).updateAuditCase;
    expect(brief(kept.domainGrades)).toEqual(['voice-of-the-child/overall=GOOD', 'early-help/Health=GOOD']);
    expect(kept.domainGrades[1]).toMatchObject({ domainLabel: 'Early help', domainRetired: true });
    const newInRetired = await api.raw(UPDATE_CASE, {
      id: c.id,
      input: { domainGrades: [{ domain: 'early-help', agencyId: health, grade: 'GOOD' }, { domain: 'early-help', agencyId: police, grade: 'GOOD' }] },
    });
    expect(fieldsOf(newInRetired)).toEqual([
      { field: 'domainGrades[1].domain', message: 'early-help ("Early help") is retired: it stays on past grades but is not given to new ones' },
    ]);
    const newCase = await api.raw(CREATE_CASE, { input: { auditId, ref: 'G2', overallGrade: 'GOOD', domainGrades: [{ domain: 'early-help', grade: 'GOOD' }] } });
    expect(fieldsOf(newCase)?.[0]?.field).toBe('domainGrades[0].domain');
    // An agency with grades of its own cannot be deleted: the case is named.
    const deletion = await api.raw(`mutation($id: ID!) { deleteAgency(id: $id) { id } }`, { id: health });
    expect(deletion.errors?.[0]?.message).toMatch(/1 audit case grading it \(G1\)/);
    // A renamed domain shows its new name on past grades.
    const [voice] = await domains();
    await api.gql(UPDATE_DOMAIN, { id: voice?.id, input: { name: "Child's lived experience" } });
    expect((await api.gql(`query($id: ID!) { auditCase(id: $id) { ${GRADES} } }`, { id: c.id })).auditCase.domainGrades[0].domainLabel).toBe(
      "Child's lived experience",
    );
  });

  it('reports quality by the partnership domains (overall grades) and each agency by domain for an audit or a round', async () => {
    const { pid, police, health, audit } = await setUp('Agency Grades Partnership');
    const a1 = await audit('Neglect', 'R-2025', '2025-02-01');
    const a2 = await audit('Neglect again', 'R-2025', '2025-03-01');
    const a3 = await audit('Other round', 'R-2024', '2024-03-01');
    await api.gql(CREATE_DOMAIN, { input: { partnershipId: pid, name: 'Early help' } });
    const grade = (auditId: string, ref: string, domainGrades: unknown[]) =>
      api.gql(CREATE_CASE, { input: { auditId, ref, overallGrade: 'GOOD', domainGrades } });
    // a1: case 1 — overall recognition good; police recognition inadequate, health recognition good, health early help outstanding.
    await grade(a1, 'A1C1', [
      { domain: 'recognition', grade: 'GOOD' },
      { domain: 'recognition', agencyId: police, grade: 'INADEQUATE' },
      { domain: 'recognition', agencyId: health, grade: 'GOOD' },
      { domain: 'early-help', agencyId: health, grade: 'OUTSTANDING' },
    ]);
    // a1: case 2 — overall recognition requires improvement; police recognition good.
    await grade(a1, 'A1C2', [
      { domain: 'recognition', grade: 'REQUIRES_IMPROVEMENT' },
      { domain: 'recognition', agencyId: police, grade: 'GOOD' },
    ]);
    // a2 (same round): police recognition requires improvement, police early help good.
    await grade(a2, 'A2C1', [
      { domain: 'recognition', agencyId: police, grade: 'REQUIRES_IMPROVEMENT' },
      { domain: 'early-help', agencyId: police, grade: 'GOOD' },
    ]);
    // a3 (another round): police recognition outstanding — never in R-2025's figures.
    await grade(a3, 'A3C1', [{ domain: 'recognition', agencyId: police, grade: 'OUTSTANDING' }]);

    const f = { partnershipIds: [pid] };
    // Audit a1 alone: Health — recognition 1 good (1/1), early help 1 outstanding (1/1);
    // Police — recognition 1 inadequate + 1 good: good or better 1/2.
    const byAudit = (await api.gql(AGENCY_GRADES, { f, auditId: a1 })).auditAgencyGrades;
    expect(byAudit.map((r: any) => [r.agencyName, r.domain, r.label, counts(r.distribution), r.distribution.goodOrBetter.value])).toEqual([
      ['Health', 'recognition', 'Recognition', [0, 1, 0, 0], 1],
      ['Health', 'early-help', 'Early help', [1, 0, 0, 0], 1],
      ['Police', 'recognition', 'Recognition', [0, 1, 0, 1], 0.5],
    ]);
    // Round R-2025 (a1 + a2): Police recognition = inadequate, good, requires improvement → 1/3 good or better;
    // Police early help = 1 good → 1/1. a3's outstanding is another round's.
    const byRound = (await api.gql(AGENCY_GRADES, { f, round: 'R-2025' })).auditAgencyGrades;
    expect(byRound.map((r: any) => [r.agencyName, r.domain, r.distribution.total, r.distribution.goodOrBetter.numerator])).toEqual([
      ['Health', 'recognition', 1, 1],
      ['Health', 'early-help', 1, 1],
      ['Police', 'recognition', 3, 1],
      ['Police', 'early-help', 1, 1],
    ]);
    // The filter's agency keeps that agency's grades only.
    const policeOnly = (await api.gql(AGENCY_GRADES, { f: { ...f, agencyId: police }, round: 'R-2025' })).auditAgencyGrades;
    expect(policeOnly.map((r: any) => r.domain)).toEqual(['recognition', 'early-help']);

    // Quality by domain counts the overall grades only: recognition in 2025 = good (A1C1) + requires improvement (A1C2),
    // 1/2 good or better — the agencies' five grades there do not count. The added domain is listed, with no overall grade.
    const { auditQualityByAudit } = await api.gql(
      `query($f: MetricFilter) { auditQualityByAudit(filter: $f) { auditId domains { domain label retired distribution { ${DIST} } } } }`,
      { f: { ...f, from: '2025-01-01', to: '2025-12-31' } },
    );
    const row = auditQualityByAudit.find((r: { auditId: string }) => r.auditId === a1);
    expect(row.domains.map((d: { domain: string }) => d.domain)).toEqual([
      'voice-of-the-child', 'recognition', 'assessment', 'planning', 'intervention', 'joint-working', 'impact', 'early-help',
    ]);
    const recognition = row.domains[1];
    expect(recognition).toMatchObject({ label: 'Recognition', retired: false, distribution: { total: 2, goodOrBetter: { numerator: 1, denominator: 2, value: 0.5 } } });
    expect(row.domains[7]).toMatchObject({ domain: 'early-help', label: 'Early help', distribution: { total: 0 } });
    // The cases behind a domain figure: by their overall grade in it.
    const behind = await api.gql(
      `query($f: MetricFilter) { auditCasesBehind(filter: $f, auditId: "${a1}", domain: "recognition", goodOrBetter: true) { nodes { ref } } }`,
      { f },
    );
    expect(behind.auditCasesBehind.nodes).toEqual([{ ref: 'A1C1' }]);
  });

  it('keeps every grade of the previous release when it upgrades, on the domain of its code', async () => {
    const before = migrations.filter((m) => m.name !== 'AuditGradesByAgency1730000003500');
    expect(before.length).toBe(migrations.length - 1);
    const p = '00000000-0000-4000-8000-0000000000a1';
    const c = '00000000-0000-4000-8000-0000000000a3';
    await upgradePGlite(
      before,
      migrations,
      async (db) => {
        // The previous release: one grade per (case, domain), domains by the five codes of the old enum.
        await db.query(`INSERT INTO partnerships (id, ref, name, kind) VALUES ($1, 'UPG', 'Upgraded', 'children')`, [p]);
        await db.query(`INSERT INTO audits (id, partnership_id, ref, type, title, started_on) VALUES ('00000000-0000-4000-8000-0000000000a2', $1, 'MACA', 'multi-agency-case', 'Neglect', '2024-10-01')`, [p]);
        await db.query(`INSERT INTO audit_cases (id, partnership_id, ref, audit_id, overall_grade) VALUES ($2, $1, 'C1', '00000000-0000-4000-8000-0000000000a2', 'good')`, [p, c]);
        for (const [domain, grade] of [['recognition', 'good'], ['assessment', 'inadequate'], ['planning-and-intervention', 'requires-improvement'], ['joint-working', 'outstanding'], ['impact', 'good']]) {
          await db.query(`INSERT INTO audit_case_domain_grades (partnership_id, audit_case_id, domain, grade, narrative) VALUES ($1, $2, $3, $4, $5)`, [p, c, domain, grade, `n-${domain}`]);
        }
      },
      async (db) => {
        // All five kept unchanged, each on the partnership's domain of its code, as overall grades (no agency), each with an id.
        const rows: { domain: string; grade: string; narrative: string; agency_id: string | null; has_domain: boolean; has_id: boolean }[] = await db.query(
          `SELECT g.domain, g.grade, g.narrative, g.agency_id, d.id IS NOT NULL AS has_domain, g.id IS NOT NULL AS has_id
           FROM audit_case_domain_grades g LEFT JOIN audit_domains d ON d.partnership_id = g.partnership_id AND d.code = g.domain ORDER BY g.domain`,
        );
        expect(rows.map((r) => `${r.domain}=${r.grade}:${r.narrative}`)).toEqual([
          'assessment=inadequate:n-assessment',
          'impact=good:n-impact',
          'joint-working=outstanding:n-joint-working',
          'planning-and-intervention=requires-improvement:n-planning-and-intervention',
          'recognition=good:n-recognition',
        ]);
        expect(rows.every((r) => r.agency_id === null && r.has_domain && r.has_id)).toBe(true);
        // Now a case may add an agency's grade beside the overall one, but not a second overall one.
        await db.query(`INSERT INTO agencies (id, partnership_id, ref, name, sector) VALUES ('00000000-0000-4000-8000-0000000000a4', $1, 'POL', 'Police', 'police')`, [p]);
        await db.query(`INSERT INTO audit_case_domain_grades (partnership_id, audit_case_id, domain, agency_id, grade) VALUES ($1, $2, 'impact', '00000000-0000-4000-8000-0000000000a4', 'good')`, [p, c]);
        await expect(db.query(`INSERT INTO audit_case_domain_grades (partnership_id, audit_case_id, domain, grade) VALUES ($1, $2, 'impact', 'good')`, [p, c])).rejects.toThrow(
          /uq_audit_case_domain_grades__case_domain_agency/,
        );
        // The children's partnership has the voice of the child.
        const [{ n }]: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM audit_domains WHERE partnership_id = $1 AND code = 'voice-of-the-child'`, [p]);
        expect(n).toBe(1);
      },
    );
  });
});
