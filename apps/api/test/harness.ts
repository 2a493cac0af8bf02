import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { createApp } from '../src/bootstrap';

export interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; fields?: { field: string; message: string }[] } }[];
}

export interface TestApi {
  /** The GraphQL endpoint. */
  url: string;
  /** The server's origin, e.g. `http://127.0.0.1:41234` (for /health/*, /api/import). */
  baseUrl: string;
  /** Headers every raw `fetch` to this API must send (content type now; the sign-in token once sign-in lands). */
  headers(): Record<string, string>;
  app: INestApplication;
  /** Sends a GraphQL operation over HTTP; throws if the response has errors. */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, actor?: string): Promise<T>;
  /** Sends a GraphQL operation over HTTP and returns the raw response, errors included. */
  raw<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, actor?: string): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/**
 * Boots the whole API on a loopback port: on a fresh in-memory PGlite, or on the PostgreSQL
 * server named by DATABASE_URL (then tests keep to partnerships with unique refs).
 */
export async function startTestApi(): Promise<TestApi> {
  if (!process.env['DATABASE_URL']) process.env['DATA_DIR'] = 'memory://';
  process.env['NODE_ENV'] = 'test';
  // Tests send bursts from one address; a test that checks the limit sets a low one before starting.
  process.env['RATE_LIMIT_PER_MINUTE'] ??= '0';
  process.env['AUTH_RATE_LIMIT_PER_MINUTE'] ??= '0';
  const app = await createApp({ logger: ['error'] });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const url = `${baseUrl}/graphql`;
  const headers = (): Record<string, string> => ({ 'content-type': 'application/json' });

  const raw = async <T>(query: string, variables?: Record<string, unknown>, actor?: string) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { ...headers(), ...(actor ? { 'x-actor': actor } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GraphQLResponse<T>;
  };
  const gql = async <T>(query: string, variables?: Record<string, unknown>, actor?: string) => {
    const body = await raw<T>(query, variables, actor);
    if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data as T;
  };
  return { url, baseUrl, headers, app, gql, raw, close: () => app.close() };
}

/** A reference no other test file (or earlier run on the shared server) uses. */
export function uniqueRef(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}

/** Creates a partnership with a unique ref and returns its id. */
export async function createTestPartnership(api: TestApi, name = 'Test Partnership'): Promise<string> {
  const data = await api.gql<{ createPartnership: { id: string } }>(
    `mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }`,
    { input: { ref: uniqueRef('P'), name, kind: 'CHILDREN' } },
  );
  return data.createPartnership.id;
}
