import { createTestPartnership, startTestApi, uniqueRef, type TestApi } from './harness';

const AGENCY_FIELDS = 'id ref name sector isCoreMember partnershipId partnership { id name }';

describe('Partnerships and agencies over GraphQL', () => {
  let api: TestApi;
  let partnershipId: string;

  beforeAll(async () => {
    api = await startTestApi();
    partnershipId = await createTestPartnership(api, 'Northshire LSCP');
  });
  afterAll(() => api.close());

  it('creates, updates and fetches a partnership', async () => {
    const ref = uniqueRef('SAB');
    const { createPartnership: created } = await api.system.gql(
      `mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id ref name kind suppressionThreshold followUpWeeks } }`,
      { input: { ref, name: 'Westshire SAB', kind: 'ADULTS', region: 'North West' } },
    );
    expect(created).toMatchObject({ ref, name: 'Westshire SAB', kind: 'ADULTS', suppressionThreshold: 5, followUpWeeks: 8 });

    // Partnerships are created by a system admin; the admin of one sets its own settings.
    await api.joinPartnerships([created.id]);
    const { updatePartnership: updated } = await api.gql(
      `mutation($id: ID!, $input: UpdatePartnershipInput!) { updatePartnership(id: $id, input: $input) { id suppressionThreshold region } }`,
      { id: created.id, input: { suppressionThreshold: 10 } },
    );
    expect(updated).toEqual({ id: created.id, suppressionThreshold: 10, region: 'North West' });

    // An update that leaves a field out leaves it alone (no defaults re-applied).
    const { updatePartnership: renamed } = await api.gql(
      `mutation($id: ID!, $input: UpdatePartnershipInput!) { updatePartnership(id: $id, input: $input) { name suppressionThreshold } }`,
      { id: created.id, input: { name: 'Westshire Safeguarding Adults Board' } },
    );
    expect(renamed).toEqual({ name: 'Westshire Safeguarding Adults Board', suppressionThreshold: 10 });

    const { partnership } = await api.gql(`query($id: ID!) { partnership(id: $id) { name kind } }`, { id: created.id });
    expect(partnership).toEqual({ name: 'Westshire Safeguarding Adults Board', kind: 'ADULTS' });
  });

  it('creates, updates, fetches and lists agencies with their partnership', async () => {
    const { createAgency: police } = await api.gql(
      `mutation($input: CreateAgencyInput!) { createAgency(input: $input) { ${AGENCY_FIELDS} } }`,
      { input: { partnershipId, ref: 'POL', name: 'Northshire Police', sector: 'POLICE' } },
    );
    expect(police).toMatchObject({ ref: 'POL', sector: 'POLICE', isCoreMember: true, partnership: { id: partnershipId } });

    const { updateAgency } = await api.gql(
      `mutation($id: ID!, $input: UpdateAgencyInput!) { updateAgency(id: $id, input: $input) { name isCoreMember } }`,
      { id: police.id, input: { name: 'Northshire Constabulary', isCoreMember: false } },
    );
    expect(updateAgency).toEqual({ name: 'Northshire Constabulary', isCoreMember: false });

    const { agency } = await api.gql(`query($id: ID!) { agency(id: $id) { name sector } }`, { id: police.id });
    expect(agency).toEqual({ name: 'Northshire Constabulary', sector: 'POLICE' });

    const { agencies } = await api.gql(
      `query($f: AgencyFilter) { agencies(filter: $f) { totalCount nodes { ref } } }`,
      { f: { partnershipId, sector: 'POLICE' } },
    );
    expect(agencies).toEqual({ totalCount: 1, nodes: [{ ref: 'POL' }] });
  });

  it('pages through a list with cursors, each record once', async () => {
    const pid = await createTestPartnership(api);
    const names = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo'];
    for (const name of names) {
      await api.gql(`mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`, {
        input: { partnershipId: pid, name, sector: 'HEALTH' },
      });
    }
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const { agencies }: { agencies: any } = await api.gql(
        `query($f: AgencyFilter, $after: String) { agencies(filter: $f, first: 2, after: $after) {
           totalCount nodes { name } pageInfo { hasNextPage endCursor } } }`,
        { f: { partnershipId: pid }, after },
      );
      expect(agencies.totalCount).toBe(5);
      seen.push(...agencies.nodes.map((n: { name: string }) => n.name));
      after = agencies.pageInfo.hasNextPage ? agencies.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toEqual(names);
  });

  it('rejects bad input with the field and the reason, writing nothing', async () => {
    const res = await api.raw(`mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`, {
      input: { partnershipId, name: '', sector: 'POLICE', ref: 'bad ref!' },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'name' }),
        expect.objectContaining({ field: 'ref' }),
      ]),
    );
    const dup = await api.raw(`mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`, {
      input: { partnershipId, name: 'Again', sector: 'POLICE', ref: 'POL' },
    });
    expect(dup.errors?.[0]?.message).toMatch(/ref/);
    const { agencies } = await api.gql(`query($f: AgencyFilter) { agencies(filter: $f) { totalCount } }`, {
      f: { partnershipId },
    });
    expect(agencies.totalCount).toBe(1);
  });

  it('rejects an enumeration value the schema does not know', async () => {
    const res = await api.raw(`mutation { createPartnership(input: { ref: "X", name: "X", kind: WIZARDS }) { id } }`);
    expect(res.errors?.[0]?.message).toMatch(/WIZARDS/);
  });
});
