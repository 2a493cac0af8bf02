import type { Bundle } from '@sli/exchange-domain';
import { startTestApi, uniqueRef, type TestApi } from './harness';

const IMPORT = `mutation($bundle: JSON!) { importBundle(bundle: $bundle) {
  records created updated unchanged sections { section created updated unchanged } } }`;
const EXPORT = `query($refs: [String!]) { exportBundle(partnershipRefs: $refs) }`;
const REPORT = `query($pid: ID!, $year: String!, $mode: ReportMode) {
  annualReport(partnershipId: $pid, financialYear: $year, mode: $mode) {
    narratives { section status text textIsDraft versionCount approved { version approvedBy approvedAt } } } }`;

/** A partnership with two years of narratives: 2024/25 approved (priorities on its second version), 2025/26 a draft. */
function buildBundle(P: string): Bundle {
  return {
    format: 'sli-bundle',
    version: 1,
    partnerships: [{ ref: P, name: 'Narrative Exchange Partnership', kind: 'children' }],
    annualReportNarratives: [
      {
        partnership: P,
        financialYear: '2024/25',
        section: 'priorities',
        versions: [
          { version: 1, text: 'Neglect and exploitation.', savedAt: '2025-07-01T10:00:00.000Z', savedBy: 'Business unit' },
          {
            version: 2,
            text: 'Neglect and exploitation.\n\nEach priority had a lead.',
            savedAt: '2025-07-08T10:00:00.000Z',
            savedBy: 'Business unit',
            approvedAt: '2025-09-24T14:00:00.000Z',
            approvedBy: 'Board chair',
          },
        ],
      },
      {
        partnership: P,
        financialYear: '2024/25',
        section: 'voice',
        versions: [{ version: 1, text: 'Families took part in four reviews.', savedAt: '2025-07-01T10:05:00.000Z', savedBy: 'Business unit', approvedAt: '2025-09-24T14:03:00.000Z', approvedBy: 'Board chair' }],
      },
      {
        partnership: P,
        financialYear: '2025/26',
        section: 'priorities',
        versions: [{ version: 1, text: 'Draft: neglect again.', savedAt: '2026-03-31T11:00:00.000Z', savedBy: 'Business unit' }],
      },
    ],
  };
}

describe('Annual report narratives in data bundles', () => {
  let api: TestApi;
  const P = uniqueRef('XN');

  const importBundle = async (bundle: unknown) => (await api.system.gql<{ importBundle: any }>(IMPORT, { bundle })).importBundle;
  const partnershipId = async (ref: string) => ((await api.db.query(`SELECT id FROM partnerships WHERE ref = $1`, [ref])) as { id: string }[])[0]?.id as string;
  const exportBundle = async (refs: string[]) => {
    await api.joinPartnerships(await Promise.all(refs.map(partnershipId)));
    return (await api.gql<{ exportBundle: any }>(EXPORT, { refs })).exportBundle;
  };
  const narrativeResult = (result: any) => result.sections.find((s: { section: string }) => s.section === 'annualReportNarratives');

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('imports every version with its approval, and the annual report shows them', async () => {
    const result = await importBundle(buildBundle(P));
    expect(narrativeResult(result)).toEqual({ section: 'annualReportNarratives', created: 3, updated: 0, unchanged: 0 });
    const pid = await partnershipId(P);
    const rows = await api.db.query(
      `SELECT financial_year, section, version, saved_by_name, saved_at, approved_by_name, approved_at FROM annual_report_narratives
       WHERE partnership_id = $1 ORDER BY financial_year, section, version`,
      [pid],
    );
    expect(rows.map((r: any) => [r.financial_year, r.section, r.version, r.approved_by_name])).toEqual([
      ['2024/25', 'priorities', 1, null],
      ['2024/25', 'priorities', 2, 'Board chair'],
      ['2024/25', 'voice', 1, 'Board chair'],
      ['2025/26', 'priorities', 1, null],
    ]);
    expect(new Date(rows[1].approved_at).toISOString()).toBe('2025-09-24T14:00:00.000Z');

    await api.joinPartnerships([pid]);
    const published = (await api.gql<{ annualReport: any }>(REPORT, { pid, year: '2024/25', mode: 'PUBLISHED' })).annualReport.narratives;
    expect(published.find((n: any) => n.section === 'PRIORITIES')).toMatchObject({
      status: 'APPROVED',
      text: 'Neglect and exploitation.\n\nEach priority had a lead.',
      versionCount: 2,
      approved: { version: 2, approvedBy: 'Board chair' },
    });
    const draft = (await api.gql<{ annualReport: any }>(REPORT, { pid, year: '2025/26', mode: 'EXACT' })).annualReport.narratives;
    expect(draft.find((n: any) => n.section === 'PRIORITIES')).toMatchObject({ status: 'DRAFT', text: 'Draft: neglect again.', textIsDraft: true });
  });

  it('changes nothing when the same bundle is imported again', async () => {
    const again = await importBundle(buildBundle(P));
    expect(narrativeResult(again)).toEqual({ section: 'annualReportNarratives', created: 0, updated: 0, unchanged: 3 });
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM annual_report_narratives WHERE partnership_id = $1`, [await partnershipId(P)]);
    expect(n).toBe(4);
  });

  it('adds later versions and approvals, and refuses a held version with other words', async () => {
    const later = buildBundle(P);
    const draft = later.annualReportNarratives?.[2];
    if (!draft?.versions[0]) throw new Error('fixture');
    draft.versions[0] = { ...draft.versions[0], approvedAt: '2026-09-20T14:00:00.000Z', approvedBy: 'Board chair' };
    expect(narrativeResult(await importBundle(later))).toEqual({ section: 'annualReportNarratives', created: 0, updated: 1, unchanged: 2 });

    const clash = buildBundle(P);
    const voice = clash.annualReportNarratives?.[1]?.versions[0];
    if (!voice) throw new Error('fixture');
    voice.text = 'Rewritten words.';
    const res = await api.system.raw(IMPORT, { bundle: clash });
    expect(res.errors?.[0]?.message).toMatch(/annualReportNarratives\[1\]\.versions\[0\]\.text: differs from version 1 of voice for 2024\/25 already held/);
  });

  it('reports bundle problems by path: unknown partnership, a year twice, approval half given', async () => {
    const bad = buildBundle(P) as any;
    bad.annualReportNarratives.push(
      { partnership: 'NO-SUCH', financialYear: '2024/26', section: 'voice', versions: [{ version: 1, text: 'x', savedAt: '2025-01-01T00:00:00Z', savedBy: 'BU' }] },
      { partnership: P, financialYear: '2024/25', section: 'voice', versions: [{ version: 1, text: 'x', savedAt: '2025-01-01T00:00:00Z', savedBy: 'BU', approvedAt: '2025-02-01T00:00:00Z' }] },
      { partnership: P, financialYear: '2023/24', section: 'scrutiny', versions: [{ version: 1, text: '   ', savedAt: '2025-01-01T00:00:00Z', savedBy: 'BU' }] },
    );
    const res = await api.system.raw(IMPORT, { bundle: bad });
    const message = res.errors?.[0]?.message ?? '';
    expect(message).toMatch(/annualReportNarratives\[3\]\.partnership: partnership "NO-SUCH" is neither in the bundle nor in the database/);
    expect(message).toMatch(/annualReportNarratives\[3\]\.financialYear: must be a financial year such as 2024\/25/);
    expect(message).toMatch(/annualReportNarratives\[4\]\.section: voice for 2024\/25 is already given by annualReportNarratives\[1\]/);
    expect(message).toMatch(/annualReportNarratives\[4\]\.versions\[0\]\.approvedBy: is required when the version is approved/);
    expect(message).toMatch(/annualReportNarratives\[5\]\.versions\[0\]\.text: /);
  });

  it('exports every version; export → import as a new partnership → export gives the same narratives', async () => {
    const first = await exportBundle([P]);
    expect(first.annualReportNarratives.map((n: any) => [n.financialYear, n.section, n.versions.length])).toEqual([
      ['2024/25', 'priorities', 2],
      ['2024/25', 'voice', 1],
      ['2025/26', 'priorities', 1],
    ]);
    expect(first.annualReportNarratives[0].versions[0]).toEqual({ version: 1, text: 'Neglect and exploitation.', savedAt: '2025-07-01T10:00:00.000Z', savedBy: 'Business unit' });
    expect(narrativeResult(await importBundle(first))).toEqual({ section: 'annualReportNarratives', created: 0, updated: 0, unchanged: 3 });

    const P2 = uniqueRef('XN2');
    const renamed = JSON.parse(JSON.stringify(first), (k, v) => ((k === 'partnership' || k === 'ref') && v === P ? P2 : v));
    expect(narrativeResult(await importBundle(renamed))).toEqual({ section: 'annualReportNarratives', created: 3, updated: 0, unchanged: 0 });
    const second = await exportBundle([P2]);
    expect(JSON.parse(JSON.stringify(second.annualReportNarratives).replaceAll(`"${P2}"`, `"${P}"`))).toEqual(first.annualReportNarratives);
  });
});
