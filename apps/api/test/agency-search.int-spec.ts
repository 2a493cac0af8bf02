import { createTestPartnership, startTestApi, uniqueRef, type Client, type TestApi } from './harness';

/**
 * The dashboard's agency filter asks the server as the user types (a page of 20, by name) instead of
 * loading a fixed first page: at national scale (~2,600 agencies) most would never be listed.
 */
const SEARCH = `query($f: AgencyFilter, $first: Int) {
  agencies(filter: $f, first: $first) { totalCount nodes { name partnership { id } } pageInfo { hasNextPage } }
}`;

interface Found {
  agencies: { totalCount: number; nodes: { name: string; partnership: { id: string } }[]; pageInfo: { hasNextPage: boolean } };
}

describe('Agency search (the filter bar asks the server as the user types)', () => {
  let api: TestApi;
  let north: string;
  let south: string;
  let northOnly: Client;
  // A word no other test (or earlier run on a shared server) uses, so the figures are this file's own.
  const tag = uniqueRef('Kestrel').replace('-', '');
  const fillers = Array.from({ length: 24 }, (_, i) => `${tag} Alpha filler ${String(i + 1).padStart(2, '0')}`);
  const lateNorth = `${tag} Youth Offending Service`;
  const southOne = `${tag} Young Carers Trust`;

  const create = (partnershipId: string, name: string) =>
    api.gql(`mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`, { input: { partnershipId, name, sector: 'OTHER' } });

  beforeAll(async () => {
    api = await startTestApi();
    north = await createTestPartnership(api, 'Search North LSCP');
    south = await createTestPartnership(api, 'Search South LSCP');
    // North: 24 fillers and one agency that sorts after them (25 in all, more than a page of 20).
    for (const name of [...fillers, lateNorth]) await create(north, name);
    await create(south, southOne);
    northOnly = await api.as('admin', { partnershipIds: [north] });
  });
  afterAll(() => api.close());

  it('lists the first page of 20 by name, which leaves the last agency out', async () => {
    const { agencies } = await api.gql<Found>(SEARCH, { f: { partnershipId: north }, first: 20 });
    // 24 fillers + 1 = 25 agencies; "… Alpha filler 01".."20" fill the page, "Youth Offending Service" sorts last.
    expect(agencies.totalCount).toBe(25);
    expect(agencies.pageInfo.hasNextPage).toBe(true);
    expect(agencies.nodes.map((a) => a.name)).toEqual(fillers.slice(0, 20));
  });

  it('finds an agency beyond the first page by part of its name, ignoring case', async () => {
    for (const text of ['youth offending', 'YOUTH OFF', 'oFfEnDiNg sErViCe']) {
      const { agencies } = await api.gql<Found>(SEARCH, { f: { partnershipId: north, search: text }, first: 20 });
      expect(agencies).toEqual({ totalCount: 1, nodes: [{ name: lateNorth, partnership: { id: north } }], pageInfo: { hasNextPage: false } });
    }
  });

  it('matches %, _ and \\ as themselves, not as patterns', async () => {
    // Unescaped, "%" and "_" would match every one of the 25 names.
    for (const text of ['%', '_', '\\']) {
      const { agencies } = await northOnly.gql<Found>(SEARCH, { f: { search: text }, first: 20 });
      expect(agencies.totalCount).toBe(0);
    }
  });

  it("searches across all of the caller's partnerships, by name, and never beyond them", async () => {
    // The default admin belongs to both; "you" is part of "Youth" and of "Young".
    const both = await api.gql<Found>(SEARCH, { f: { search: `${tag} you` }, first: 20 });
    // By name: "… Young Carers Trust" (South) before "… Youth Offending Service" (North).
    expect(both.agencies.nodes).toEqual([
      { name: southOne, partnership: { id: south } },
      { name: lateNorth, partnership: { id: north } },
    ]);

    // A user of North alone, with no partnership named: North's agency only (row-level security).
    const mine = await northOnly.gql<Found>(SEARCH, { f: { search: `${tag} you` }, first: 20 });
    expect(mine.agencies).toEqual({ totalCount: 1, nodes: [{ name: lateNorth, partnership: { id: north } }], pageInfo: { hasNextPage: false } });
    const theirs = await northOnly.gql<Found>(SEARCH, { f: { search: 'carers' }, first: 20 });
    expect(theirs.agencies.nodes.map((a) => a.name)).not.toContain(southOne);

    // Naming South is refused outright.
    const refused = await northOnly.raw(SEARCH, { f: { partnershipId: south, search: 'carers' }, first: 20 });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
