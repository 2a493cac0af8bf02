import { AsyncLocalStorage } from 'node:async_hooks';

/** The role the API works as: it does not own the tables, so row-level security applies to it. */
export const APP_ROLE = 'sli_app';

/**
 * What the database is told about the work in hand, on every connection handed out while it runs:
 * which partnerships row-level security lets through, and who is acting (for the change history).
 */
export interface DbScope {
  /** `owner` is for migrations only; everything else works as the application role. */
  role: 'owner' | 'app';
  partnerships: 'all' | readonly string[];
  actorId: string | null;
  /** Recorded in the change history: the user's email, or `cli:<command>` for command lines. */
  actor: string;
  requestId: string | null;
}

const storage = new AsyncLocalStorage<DbScope>();

/** Outside any scope the database sees no partnership at all: deny by default. */
export const NO_SCOPE: DbScope = { role: 'app', partnerships: [], actorId: null, actor: 'anonymous', requestId: null };

export const OWNER_SCOPE: DbScope = { role: 'owner', partnerships: 'all', actorId: null, actor: 'migration', requestId: null };

export function runInScope<T>(scope: DbScope, fn: () => T): T {
  return storage.run(scope, fn);
}

export function currentScope(): DbScope {
  return storage.getStore() ?? NO_SCOPE;
}

/** A command line's scope: every partnership, recorded as `cli:<name>` (and the operating-system user). */
export function cliScope(command: string): DbScope {
  const user = process.env['USER'] ?? process.env['LOGNAME'] ?? 'unknown';
  return { role: 'app', partnerships: 'all', actorId: null, actor: `cli:${command} (${user})`, requestId: null };
}

interface ScopedClient {
  query(sql: string, params?: unknown[]): Promise<unknown>;
  /** The settings last applied to this connection, so a request's later statements skip the round trip. */
  sliScopeKey?: string;
}

/**
 * Applies a scope to a connection before it is handed out. Session-level settings, re-applied on every
 * hand-out, so a connection never carries one request's partnerships into another's.
 */
export async function applyScope(client: ScopedClient, scope: DbScope): Promise<void> {
  const partnerships = scope.partnerships === 'all' ? '{}' : `{${scope.partnerships.join(',')}}`;
  const values = [
    scope.role === 'owner' ? 'none' : APP_ROLE,
    scope.partnerships === 'all' ? 'on' : 'off',
    partnerships,
    scope.actorId ?? '',
    scope.actor,
    scope.requestId ?? '',
  ];
  const key = values.join('\u0000');
  if (client.sliScopeKey === key) return;
  client.sliScopeKey = undefined;
  await client.query(
    `SELECT set_config('role', $1, false), set_config('sli.all_partnerships', $2, false),
            set_config('sli.partnership_ids', $3, false), set_config('sli.actor_id', $4, false),
            set_config('sli.actor', $5, false), set_config('sli.request_id', $6, false)`,
    values,
  );
  client.sliScopeKey = key;
}
