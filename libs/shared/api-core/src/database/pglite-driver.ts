import { EventEmitter } from 'node:events';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PGlite, types } from '@electric-sql/pglite';
import { applyScope, currentScope } from './db-scope';
import { waitForTurn } from './timeouts';

type QueryCallback = (err: Error | null, result?: PgLikeResult) => void;
type Callback = (err: Error | null, client?: PGliteClient, release?: () => void) => void;

interface PgLikeResult {
  rows: unknown[];
  rowCount: number;
  fields: unknown[];
  command?: string;
}

/** One PGlite session shared by all TypeORM "connections"; see PGlitePool for the locking. */
class PGliteClient extends EventEmitter {
  constructor(private readonly db: PGlite) {
    super();
  }

  /** Promise style, or pg's callback style `query(sql, cb)` that TypeORM uses for a few internal queries. */
  query(sql: string, params?: unknown[] | QueryCallback, callback?: QueryCallback): Promise<PgLikeResult> {
    const cb = typeof params === 'function' ? params : callback;
    const values = typeof params === 'function' ? undefined : params;
    const result = this.run(sql, values);
    if (cb) result.then((r) => cb(null, r), (e: Error) => cb(e));
    return result;
  }

  private async run(sql: string, params?: unknown[]): Promise<PgLikeResult> {
    if (params && params.length > 0) {
      const r = await this.db.query(sql, params);
      return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length, fields: r.fields, command: commandOf(sql) };
    }
    // Unparameterised text may hold several statements (migrations): return the last result.
    const results = await this.db.exec(sql);
    const last = results[results.length - 1];
    return {
      rows: last?.rows ?? [],
      rowCount: last?.affectedRows ?? last?.rows.length ?? 0,
      fields: last?.fields ?? [],
      command: commandOf(sql),
    };
  }
}

function commandOf(sql: string): string {
  return sql.trimStart().split(/\s/, 1)[0]?.toUpperCase() ?? '';
}

/**
 * A `pg.Pool` look-alike for TypeORM. PGlite is a single session, so concurrent transactions
 * would interleave (a rollback in one would undo another's work). `connect()` therefore hands
 * the session to one caller at a time and the next waits for `release()`.
 */
class PGlitePool extends EventEmitter {
  private tail: Promise<void> = Promise.resolve();

  constructor(
    private readonly client: PGliteClient,
    private readonly waitMs = 0,
  ) {
    super();
  }

  /** A caller that waits longer than `waitMs` (DB_POOL_WAIT_MS) gets PoolWaitTimeoutError instead of hanging. */
  connect(callback: Callback): void {
    let release!: () => void;
    const turn = new Promise<void>((resolve) => (release = resolve));
    const previous = this.tail;
    this.tail = previous.then(() => turn);
    const scope = currentScope();
    let released = false;
    const done = () => {
      if (released) return;
      released = true;
      release();
    };
    // A caller that gave up waiting releases its turn when it comes (waitForTurn); one whose scope
    // cannot be applied releases it at once.
    waitForTurn(previous, this.waitMs, release).then(
      () =>
        applyScope(this.client, scope).then(
          () => callback(null, this.client, done),
          (error: Error) => {
            done();
            callback(error);
          },
        ),
      (error: Error) => callback(error),
    );
  }

  end(callback?: (err: Error | null) => void): void {
    callback?.(null);
  }
}

/** Builds the object TypeORM's postgres driver expects in place of the `pg` module. */
export function pgliteDriverFor(db: PGlite, options: { poolWaitMs?: number } = {}): { Pool: new () => PGlitePool } {
  const client = new PGliteClient(db);
  return {
    Pool: class extends PGlitePool {
      constructor() {
        super(client, options.poolWaitMs);
      }
    },
  };
}

/**
 * Opens PGlite with the same value parsing we give `pg`: dates as `YYYY-MM-DD` text, numbers as numbers.
 * `template`: a dump a `memory://` database starts from (see pglite-template.ts); ignored for a folder.
 */
export async function openPGlite(dataDir: string, template?: Blob): Promise<PGlite> {
  // PGlite creates the data folder itself but not its parents (e.g. DATA_DIR=tmp/e2e-data on a fresh clone).
  if (!/^[a-z0-9]+:\/\//.test(dataDir)) mkdirSync(dirname(resolve(dataDir)), { recursive: true });
  return PGlite.create(dataDir, {
    ...(template && dataDir.startsWith('memory://') ? { loadDataDir: template } : {}),
    parsers: {
      [types.DATE]: (v: string) => v,
      [types.INT8]: (v: string) => Number(v),
      [types.NUMERIC]: (v: string) => Number(v),
    },
  });
}

/** A template dump's bytes (see pglite-template.ts) as PGlite loads them, or undefined when there is none. */
export function readPGliteTemplate(file: string | undefined): Blob | undefined {
  return file ? new Blob([readFileSync(file)]) : undefined;
}
