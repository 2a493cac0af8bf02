import { createTestPartnership, startTestApi, type TestApi } from './harness';

const THEME_FIELDS = 'id partnershipId code name themeGroup description isDefault partnership { id name }';

describe('Themes over GraphQL', () => {
  let api: TestApi;
  let partnershipId: string;

  beforeAll(async () => {
    api = await startTestApi();
    partnershipId = await createTestPartnership(api, 'Themeshire LSCP');
  });
  afterAll(() => api.close());

  const createTheme = (input: Record<string, unknown>) =>
    api.raw(`mutation($input: CreateThemeInput!) { createTheme(input: $input) { ${THEME_FIELDS} } }`, { input });

  it('gives a new partnership the default taxonomy with stable codes in five groups', async () => {
    const { themes } = await api.gql(
      `query($f: ThemeFilter) { themes(filter: $f, first: 500) { totalCount nodes { code name themeGroup isDefault } } }`,
      { f: { partnershipId } },
    );
    expect(themes.totalCount).toBeGreaterThanOrEqual(30);
    const codes = themes.nodes.map((t: { code: string }) => t.code);
    expect(codes).toEqual(expect.arrayContaining(['domestic-abuse', 'information-sharing', 'voice-of-the-child', 'professional-curiosity']));
    expect(new Set(themes.nodes.map((t: { themeGroup: string }) => t.themeGroup))).toEqual(
      new Set(['CHILD', 'FAMILY_CONTEXT', 'HARM', 'PRACTICE', 'SYSTEM']),
    );
    expect(themes.nodes.every((t: { isDefault: boolean }) => t.isDefault)).toBe(true);
    const names = themes.nodes.map((t: { name: string }) => t.name);
    // By name (the database's collation decides case order, so only compare unambiguous names).
    expect(names.slice(0, 2)).toEqual(['Adolescents', 'Babies under one']);
    const at = (name: string) => names.indexOf(name);
    expect(at('Domestic abuse')).toBeLessThan(at('Neglect'));
    expect(at('Neglect')).toBeLessThan(at('Voice of the child'));
    expect(themes.nodes.find((t: { code: string }) => t.code === 'domestic-abuse')).toMatchObject({ themeGroup: 'FAMILY_CONTEXT' });
  });

  it('creates, updates, lists and fetches a partnership theme; the code stays', async () => {
    const { createTheme: created } = await api.gql(
      `mutation($input: CreateThemeInput!) { createTheme(input: $input) { ${THEME_FIELDS} } }`,
      { input: { partnershipId, code: 'cost-of-living', name: 'Cost of living', themeGroup: 'FAMILY_CONTEXT' } },
    );
    expect(created).toMatchObject({
      partnershipId,
      code: 'cost-of-living',
      name: 'Cost of living',
      themeGroup: 'FAMILY_CONTEXT',
      description: null,
      isDefault: false,
      partnership: { id: partnershipId, name: 'Themeshire LSCP' },
    });

    const { updateTheme } = await api.gql(
      `mutation($id: ID!, $input: UpdateThemeInput!) { updateTheme(id: $id, input: $input) { code name themeGroup description } }`,
      { id: created.id, input: { name: 'Cost-of-living crisis', themeGroup: 'SYSTEM', description: 'Rising prices and their effect on families.' } },
    );
    expect(updateTheme).toEqual({
      code: 'cost-of-living',
      name: 'Cost-of-living crisis',
      themeGroup: 'SYSTEM',
      description: 'Rising prices and their effect on families.',
    });

    // The schema has no way to change a code.
    const recode = await api.raw(`mutation($id: ID!) { updateTheme(id: $id, input: { code: "other" }) { code } }`, { id: created.id });
    expect(recode.errors?.[0]?.message).toMatch(/code/);

    const { theme } = await api.gql(`query($id: ID!) { theme(id: $id) { code name partnership { id } } }`, { id: created.id });
    expect(theme).toEqual({ code: 'cost-of-living', name: 'Cost-of-living crisis', partnership: { id: partnershipId } });

    const { own } = await api.gql(
      `query($f: ThemeFilter) { own: themes(filter: $f) { totalCount nodes { code } } }`,
      { f: { partnershipId, isDefault: false } },
    );
    expect(own).toEqual({ totalCount: 1, nodes: [{ code: 'cost-of-living' }] });

    const { system } = await api.gql(
      `query($f: ThemeFilter) { system: themes(filter: $f, first: 500) { nodes { code } } }`,
      { f: { partnershipId, group: 'SYSTEM' } },
    );
    expect(system.nodes.map((t: { code: string }) => t.code)).toEqual(expect.arrayContaining(['cost-of-living', 'supervision']));

    const { search } = await api.gql(
      `query($f: ThemeFilter) { search: themes(filter: $f) { nodes { code } } }`,
      { f: { partnershipId, search: 'CURIOSITY' } },
    );
    expect(search.nodes).toEqual([{ code: 'professional-curiosity' }]);

    const { missing } = await api.gql(`query { missing: theme(id: "00000000-0000-4000-8000-000000000000") { id } }`);
    expect(missing).toBeNull();
  });

  it('pages through themes with cursors, each once', async () => {
    const pid = await createTestPartnership(api);
    const { themes: all } = await api.gql(`query($f: ThemeFilter) { themes(filter: $f, first: 500) { totalCount nodes { id } } }`, {
      f: { partnershipId: pid },
    });
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const { themes }: { themes: any } = await api.gql(
        `query($f: ThemeFilter, $after: String) { themes(filter: $f, first: 7, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`,
        { f: { partnershipId: pid }, after },
      );
      expect(themes.totalCount).toBe(all.totalCount);
      seen.push(...themes.nodes.map((n: { id: string }) => n.id));
      after = themes.pageInfo.hasNextPage ? themes.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.nodes.map((n: { id: string }) => n.id));
  });

  it('rejects a code already used in the partnership, on the field code', async () => {
    const dup = await createTheme({ partnershipId, code: 'domestic-abuse', name: 'Domestic abuse again', themeGroup: 'HARM' });
    expect(dup.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(dup.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'code', message: expect.stringMatching(/already used/) })]);

    // Another partnership may use the same code for its own theme.
    const other = await createTestPartnership(api);
    const ok = await createTheme({ partnershipId: other, code: 'county-lines-east', name: 'County lines (east)', themeGroup: 'HARM' });
    expect(ok.errors).toBeUndefined();
    const again = await createTheme({ partnershipId, code: 'county-lines-east', name: 'County lines (east)', themeGroup: 'HARM' });
    expect(again.errors).toBeUndefined();
  });

  it('rejects a malformed code and other bad input, writing nothing', async () => {
    const res = await createTheme({ partnershipId, code: 'Bad Code!', name: '', themeGroup: 'HARM' });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.fields).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'code' }), expect.objectContaining({ field: 'name' })]),
    );
    for (const code of ['double--hyphen', '-leading', 'trailing-', 'UPPER']) {
      const bad = await createTheme({ partnershipId, code, name: 'Bad', themeGroup: 'HARM' });
      expect(bad.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'code' })]);
    }
    const { themes } = await api.gql(`query($f: ThemeFilter) { themes(filter: $f) { nodes { code } } }`, {
      f: { partnershipId, search: 'bad' },
    });
    expect(themes.nodes).toEqual([]);
  });
});
