import { createTestPartnership, startTestApi, type TestApi } from './harness';

/**
 * One request must not bring the API down: the shapes that did (a 17-level cyclic query, 100+
 * aliases of an expensive metric, huge bodies, huge search strings, bursts) are refused quickly
 * with an error that names the limit, while other clients are still served.
 */
describe('abuse: one request cannot bring the API down', () => {
  let api: TestApi;
  let partnershipId: string;

  beforeAll(async () => {
    api = await startTestApi();
    partnershipId = await createTestPartnership(api);
  });
  afterAll(() => api?.close());

  /**
   * The median time of a few sequential refusals: one sample on a busy two-core machine can catch a
   * scheduler pause (a parallel test worker), which says nothing about the refusal itself.
   */
  async function medianRefusalMs(body: unknown, label: string): Promise<number> {
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const r = await timed(body);
      expect(r.json.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
      times.push(r.ms);
    }
    const median = [...times].sort((a, b) => a - b)[3] as number;
    process.stderr.write(`abuse: ${label} refused in ${median.toFixed(1)} ms (median of 7; min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)})\n`);
    return median;
  }

  async function timed(body: unknown): Promise<{ status: number; json: any; ms: number }> {
    const started = performance.now();
    const res = await fetch(api.url, { method: 'POST', headers: api.headers(), body: JSON.stringify(body) });
    const json = await res.json();
    return { status: res.status, json, ms: performance.now() - started };
  }

  it('refuses the 17-level cyclic query in under 100 ms while a normal query still answers', async () => {
    let inner = 'id';
    for (let i = 0; i < 16; i++) inner = i % 2 ? `review { ${inner} }` : `actions { ${inner} }`;
    const attack = timed({ query: `{ reviews { nodes { ${inner} } } }` });
    const normal = api.gql<{ partnership: { id: string } }>(`query($id: ID!) { partnership(id: $id) { id } }`, { id: partnershipId });
    const [refused, answered] = await Promise.all([attack, normal]);
    expect(answered.partnership.id).toBe(partnershipId);
    expect(refused.status).toBe(400);
    expect(refused.json.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'maxDepth' });
    expect(refused.json.errors[0].message).toMatch(/depth limit of 10 exceeded/);
    expect(refused.json.data).toBeUndefined();
    expect(await medianRefusalMs({ query: `{ reviews { nodes { ${inner} } } }` }, '17-level cyclic query')).toBeLessThan(100);
  });

  it('refuses 500 aliases of reviewMetrics in under 100 ms', async () => {
    const fields = Array.from({ length: 500 }, (_, i) => `m${i}: reviewMetrics(filter: {}) { __typename }`).join(' ');
    const refused = await timed({ query: `{ ${fields} }` });
    expect(refused.status).toBe(400);
    expect(refused.json.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
    expect(refused.json.errors[0].message).toMatch(/limit (maxAliases|maxTokens)/);
    expect(await medianRefusalMs({ query: `{ ${fields} }` }, '500 aliases of reviewMetrics')).toBeLessThan(100);
    const normal = await api.gql<{ partnership: { id: string } }>(`query($id: ID!) { partnership(id: $id) { id } }`, { id: partnershipId });
    expect(normal.partnership.id).toBe(partnershipId);
  });

  it('refuses 100 aliases of reviewMetrics (within the token limit) by the alias limit', async () => {
    const fields = Array.from({ length: 100 }, (_, i) => `m${i}: reviewMetrics(filter: {}) { __typename }`).join(' ');
    const refused = await timed({ query: `{ ${fields} }` });
    expect(refused.json.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'maxAliases' });
    expect(refused.json.errors[0].message).toMatch(/Aliases limit of 30 exceeded, found 100/);
  });

  it('answers a 2 MB body with 413 and a JSON message naming the limit', async () => {
    const res = await fetch(api.url, {
      method: 'POST',
      headers: api.headers(),
      body: JSON.stringify({ query: '{ partnerships { totalCount } }', variables: { pad: 'x'.repeat(2 * 1024 * 1024) } }),
    });
    expect(res.status).toBe(413);
    const json = (await res.json()) as any;
    expect(json.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(json.errors[0].message).toMatch(/larger than the limit of 1mb \(GRAPHQL_BODY_LIMIT\)/);
  });

  it('refuses a 10 kB search string with BAD_USER_INPUT naming the field', async () => {
    const body = await api.raw(`query($s: String) { reviews(filter: { search: $s }) { totalCount } }`, { s: 'a'.repeat(10_000) });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.extensions?.fields).toEqual([{ field: 'filter.search', message: expect.stringMatching(/shorter than or equal to 200/) }]);
  });

  it('refuses an over-long string in an argument no DTO checks', async () => {
    const body = await api.raw(`query($r: [String!]) { exportBundle(partnershipRefs: $r) }`, { r: ['x'.repeat(20_001)] });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('partnershipRefs[0]');
  });

  it('answers a burst past the rate limit with 429, Retry-After and a JSON message', async () => {
    const saved = process.env['RATE_LIMIT_PER_MINUTE'];
    process.env['RATE_LIMIT_PER_MINUTE'] = '5';
    const limited = await startTestApi();
    try {
      const statuses: number[] = [];
      let last: Response | undefined;
      for (let i = 0; i < 8; i++) {
        last = await fetch(limited.url, { method: 'POST', headers: limited.headers(), body: JSON.stringify({ query: '{ __typename }' }) });
        statuses.push(last.status);
        if (last.status === 429) break;
        await last.arrayBuffer();
      }
      expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
      expect(statuses[5]).toBe(429);
      expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
      const json = (await last?.json()) as any;
      expect(json.errors[0].extensions.code).toBe('RATE_LIMITED');
      expect(json.errors[0].message).toMatch(/limit is 5 per minute per user or address/);
      // Health checks are not counted, so a load balancer keeps seeing the process.
      expect((await fetch(`${limited.baseUrl}/health/live`, { headers: limited.headers() })).status).toBe(200);
    } finally {
      await limited.close();
      if (saved === undefined) delete process.env['RATE_LIMIT_PER_MINUTE'];
      else process.env['RATE_LIMIT_PER_MINUTE'] = saved;
    }
  });
});
