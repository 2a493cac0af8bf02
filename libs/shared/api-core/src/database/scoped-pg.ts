import pg from 'pg';
import { applyScope, currentScope } from './db-scope';

type ConnectCallback = (err: Error | undefined, client?: pg.PoolClient, release?: (err?: Error | boolean) => void) => void;

/**
 * `pg` for TypeORM, with a pool that tells each connection the caller's scope (role, partnerships,
 * actor) before handing it out, so row-level security and the change history see every statement.
 */
class ScopedPool extends pg.Pool {
  override connect(): Promise<pg.PoolClient>;
  override connect(callback: ConnectCallback): void;
  override connect(callback?: ConnectCallback): Promise<pg.PoolClient> | void {
    const scope = currentScope();
    const acquired = super.connect().then(async (client) => {
      // Between the pool handing the client out and TypeORM listening on it, a dropped connection
      // would emit an 'error' nobody hears (and crash the process): listen while the scope is applied.
      const onError = () => undefined;
      client.on('error', onError);
      try {
        await applyScope(client as unknown as Parameters<typeof applyScope>[0], scope);
        return client;
      } catch (error) {
        // A connection that cannot take the settings is not handed out again.
        client.release(error instanceof Error ? error : true);
        throw error;
      } finally {
        client.off('error', onError);
      }
    });
    if (!callback) return acquired;
    acquired.then(
      (client) => callback(undefined, client, (err) => client.release(err)),
      (error: Error) => callback(error),
    );
  }
}

export const scopedPg = { ...pg, Pool: ScopedPool };
