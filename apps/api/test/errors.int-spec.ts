import { todayInEngland } from '@sli/analytics-domain';
import { createTestPartnership, startTestApi, type TestApi } from './harness';

/** Errors name what is wrong and never carry the database's own text (SQL types, key values, syntax). */
describe('errors without internals', () => {
  let api: TestApi;
  let partnershipId: string;

  beforeAll(async () => {
    api = await startTestApi();
    partnershipId = await createTestPartnership(api);
  });
  afterAll(() => api?.close());

  const DB_TEXT = /invalid input syntax|uuid|violates|Key \(|relation|column|syntax for type|SQL/i;

  it('answers a malformed id argument with BAD_USER_INPUT naming `id`', async () => {
    const body = await api.raw(`query($id: ID!) { review(id: $id) { id } }`, { id: 'x' });
    const error = body.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.fields).toEqual([{ field: 'id', message: expect.stringMatching(/must be a UUID/) }]);
    expect(error?.message.replace(/must be a UUID \(e\.g\. [0-9a-f-]+\)/, '')).not.toMatch(DB_TEXT);
  });

  it('names a malformed id inside an input object by its path, also as a literal', async () => {
    const body = await api.raw(`{ reviews(filter: { partnershipId: "not-a-uuid" }) { totalCount } }`);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('filter.partnershipId');
    expect(body.data ?? null).toBeNull();
  });

  it('names a malformed id in a list of ids by its index', async () => {
    const body = await api.raw(`query($ids: [ID!]) { reviewMetrics(filter: { partnershipIds: $ids }) { __typename } }`, {
      ids: [partnershipId, '42'],
    });
    expect(body.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('filter.partnershipIds[1]');
  });

  it('refuses an "as of" date after today, naming the argument, and accepts today', async () => {
    const today = todayInEngland();
    const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const longToday = new Date(`${today}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const metrics = `query($asOf: Date!, $ids: [ID!]) { actionMetrics(filter: { partnershipIds: $ids }, asOf: $asOf) { total } }`;

    const future = await api.raw(metrics, { asOf: tomorrow, ids: [partnershipId] });
    expect(future.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(future.errors?.[0]?.extensions?.fields).toEqual([{ field: 'asOf', message: `must not be after today (${longToday})` }]);
    expect(future.errors?.[0]?.message).toBe(`Invalid input: asOf must not be after today (${longToday})`);
    expect(future.data ?? null).toBeNull();

    // A field's own asOf argument and an input's …AsOf field are held to the same rule.
    const brag = await api.raw(`{ actions(filter: { partnershipId: "${partnershipId}" }) { nodes { brag(asOf: "${tomorrow}") } } }`);
    expect(brag.errors?.[0]?.extensions?.fields).toEqual([{ field: 'asOf', message: expect.stringMatching(/^must not be after today/) }]);
    const overdue = await api.raw(`query($f: ActionFilter) { actions(filter: $f) { totalCount } }`, { f: { partnershipId, overdueAsOf: tomorrow } });
    expect(overdue.errors?.[0]?.extensions?.fields).toEqual([{ field: 'filter.overdueAsOf', message: expect.stringMatching(/^must not be after today/) }]);

    const now = await api.raw(metrics, { asOf: today, ids: [partnershipId] });
    expect(now.errors).toBeUndefined();
    expect(now.data?.actionMetrics?.total).toBe(0);
  });

  it('answers a duplicate without echoing the key values', async () => {
    const ref = `DUP-${Date.now()}`;
    const create = `mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }`;
    await api.system.gql(create, { input: { ref, name: 'First', kind: 'CHILDREN' } });
    const body = await api.system.raw(create, { input: { ref, name: 'Second', kind: 'CHILDREN' } });
    const error = body.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.message).not.toContain(ref);
    expect(error?.message).not.toMatch(DB_TEXT);
  });

  it('returns the request id in a header, and keeps a well-formed one given by the caller', async () => {
    const given = await fetch(api.url, {
      method: 'POST',
      headers: { ...api.headers(), 'x-request-id': 'trace-abc.123' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(given.headers.get('x-request-id')).toBe('trace-abc.123');
    const generated = await fetch(api.url, {
      method: 'POST',
      headers: { ...api.headers(), 'x-request-id': 'bad id with spaces' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends security headers and no X-Powered-By', async () => {
    const res = await fetch(api.url, { method: 'POST', headers: api.headers(), body: JSON.stringify({ query: '{ __typename }' }) });
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('marks every GraphQL answer not to be stored, answers with errors too', async () => {
    for (const query of ['{ __typename }', '{ nosuchfield }']) {
      const res = await fetch(api.url, { method: 'POST', headers: api.headers(), body: JSON.stringify({ query }) });
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });
});
