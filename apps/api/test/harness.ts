import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { TokensService, UsersService } from '@sli/auth-api';
import { cliScope, runInScope, type Role } from '@sli/shared/api-core';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createApp } from '../src/bootstrap';
import { pgliteTemplate } from './pglite-template';

export interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; fields?: { field: string; message: string; ref?: string }[] } }[];
}

/** Sends GraphQL over HTTP as one signed-in user (a personal access token). */
export interface Client {
  token: string;
  userId: string;
  /** Sends a GraphQL operation; throws if the response has errors. */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** Sends a GraphQL operation and returns the raw response, errors included. */
  raw<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** The headers every request of this client sends. */
  headers(): Record<string, string>;
}

export interface TestApi extends Client {
  url: string;
  /** The API's origin, e.g. http://127.0.0.1:12345, for routes other than /graphql. */
  origin: string;
  /** The same as origin (for /health/*, /api/import). */
  baseUrl: string;
  app: INestApplication;
  /**
   * The database for test fixtures and checks, as a system task (every partnership, recorded as
   * `cli:test`). Requests over HTTP run as their signed-in user instead.
   */
  db: DataSource;
  /** A system admin: creates partnerships and users. */
  system: Client;
  /** Anyone, signed in as nobody. */
  anonymous: Pick<Client, 'gql' | 'raw' | 'headers'>;
  /** Adds partnerships to the default client (an admin), e.g. after importing a bundle that created them. */
  joinPartnerships(ids: readonly string[]): Promise<void>;
  /** A new user of that role (in those partnerships; an agency lead with that agency) and a client for them. */
  as(role: Role, options?: { partnershipIds?: string[]; agencyId?: string; name?: string }): Promise<Client>;
  close(): Promise<void>;
}

/**
 * Boots the whole API on a loopback port: on a fresh in-memory PGlite, or on the PostgreSQL server
 * named by DATABASE_URL (then tests keep to partnerships with unique refs). The default client is an
 * admin who belongs to every partnership `createTestPartnership` makes.
 */
export async function startTestApi(): Promise<TestApi> {
  if (!process.env['DATABASE_URL']) {
    process.env['DATA_DIR'] = 'memory://';
    const template = await pgliteTemplate();
    if (template) process.env['PGLITE_TEMPLATE'] = template;
  }
  process.env['NODE_ENV'] = 'test';
  // Tests send bursts from one address; a test that checks the limit sets a low one before starting.
  process.env['RATE_LIMIT_PER_MINUTE'] ??= '0';
  process.env['AUTH_RATE_LIMIT_PER_MINUTE'] ??= '0';
  // Reminders run only when a test calls them, with its own clock.
  process.env['REMINDERS_EVERY_SECONDS'] ??= '0';
  const app = await createApp({ logger: ['error'] });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const origin = `http://127.0.0.1:${address.port}`;
  const url = `${origin}/graphql`;
  const users = app.get(UsersService);
  const tokens = app.get(TokensService);

  const client = (token: string | null, userId = ''): Client => {
    const headers = () => ({ 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) });
    const raw = async <T>(query: string, variables?: Record<string, unknown>) => {
      const res = await fetch(url, { method: 'POST', headers: headers(), body: JSON.stringify({ query, variables }) });
      return (await res.json()) as GraphQLResponse<T>;
    };
    const gql = async <T>(query: string, variables?: Record<string, unknown>) => {
      const body = await raw<T>(query, variables);
      if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
      return body.data as T;
    };
    return { token: token ?? '', userId, gql, raw, headers };
  };

  /** Users and tokens are made the way the command line makes them: in-process, as a system task. */
  const makeUser = (role: Role, partnershipIds: string[], agencyId?: string, name?: string) =>
    runInScope(cliScope('test'), async () => {
      const user = await users.create(
        { email: `${role}-${randomBytes(5).toString('hex')}@test.example.org`, name: name ?? `Test ${role}`, role, partnershipIds, agencyId },
        'cli',
      );
      const { token } = await tokens.create(user.id, 'test harness', 1);
      return client(token, user.id);
    });

  const system = await makeUser('system-admin', []);
  const home = await createPartnershipAs(system, 'Harness Home Partnership');
  const admin = await makeUser('admin', [home], undefined, 'Test Admin');
  const memberships = new Set([home]);

  const joinPartnerships = async (ids: readonly string[]) => {
    ids.forEach((id) => memberships.add(id));
    await runInScope(cliScope('test'), () => users.update(admin.userId, { partnershipIds: [...memberships] }, 'cli'));
  };

  return {
    ...admin,
    url,
    origin,
    baseUrl: origin,
    app,
    db: asSystemTask(app.get(DataSource)),
    system,
    anonymous: client(null),
    joinPartnerships,
    as: (role, options = {}) => makeUser(role, options.partnershipIds ?? [], options.agencyId, options.name),
    close: () => app.close(),
  };
}

/** A reference no other test file (or earlier run on the shared server) uses. */
export function uniqueRef(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}

async function createPartnershipAs(client: Client, name: string, kind = 'CHILDREN'): Promise<string> {
  const data = await client.gql<{ createPartnership: { id: string } }>(
    `mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }`,
    { input: { ref: uniqueRef('P'), name, kind } },
  );
  return data.createPartnership.id;
}

/** Creates a partnership with a unique ref (as the system admin), makes the default admin a member, returns its id. */
export async function createTestPartnership(api: TestApi, name = 'Test Partnership', kind = 'CHILDREN'): Promise<string> {
  const id = await createPartnershipAs(api.system, name, kind);
  await api.joinPartnerships([id]);
  return id;
}

/** Wraps an object so every method call (and those of objects it returns by property) runs as a system task. */
function asSystemTask<T extends object>(target: T): T {
  const scope = cliScope('test');
  return new Proxy(target, {
    get(obj, key, receiver) {
      const value = Reflect.get(obj, key, receiver) as unknown;
      if (typeof value === 'function') return (...args: unknown[]) => runInScope(scope, () => (value as (...a: unknown[]) => unknown).apply(obj, args));
      if (key === 'manager' && value && typeof value === 'object') return asSystemTask(value);
      return value;
    },
  });
}
