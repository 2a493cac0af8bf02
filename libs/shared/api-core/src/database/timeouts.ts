import type { AppConfig } from '../config/app-config';

type TimeoutConfig = Pick<AppConfig, 'DB_STATEMENT_TIMEOUT_MS' | 'DB_POOL_WAIT_MS'>;

/**
 * `pg` pool options (TypeORM `extra`): the server cancels a statement after DB_STATEMENT_TIMEOUT_MS
 * and ends a session left idle inside a transaction; a request waits at most DB_POOL_WAIT_MS for a
 * connection (pg-pool applies `connectionTimeoutMillis` to waiting for a free client too).
 */
export function pgTimeoutOptions(config: TimeoutConfig): Record<string, number | boolean | string> {
  return {
    statement_timeout: config.DB_STATEMENT_TIMEOUT_MS,
    idle_in_transaction_session_timeout: Math.max(config.DB_STATEMENT_TIMEOUT_MS * 2, 60_000),
    connectionTimeoutMillis: config.DB_POOL_WAIT_MS,
    // Detect a server that vanished without closing the socket.
    keepAlive: true,
    // No JIT compilation: the analytics statements are wide (a figure's CASE over every status, written once per
    // count) and the planner's cost passed jit_above_cost, so PostgreSQL spent 14.8 s compiling 2,540 functions for a
    // statement that then ran in 1.8 s (the year's action summary across the national data). Plans here run in
    // milliseconds to a second; compiling never pays back.
    options: '-c jit=off',
  };
}

/** Raised when the embedded database's one session did not come free within DB_POOL_WAIT_MS. */
export class PoolWaitTimeoutError extends Error {
  readonly code = 'POOL_WAIT_TIMEOUT';
  constructor(waitMs: number) {
    super(`No database session became free within ${waitMs} ms (DB_POOL_WAIT_MS)`);
    this.name = 'PoolWaitTimeoutError';
  }
}

/**
 * Waits for `turn`, or fails after `waitMs` (0: wait for ever). When the wait fails, the caller's
 * turn is handed on as soon as it comes (`onLateTurn`) so the queue behind it keeps moving.
 */
export function waitForTurn(turn: Promise<void>, waitMs: number, onLateTurn: () => void): Promise<void> {
  if (waitMs <= 0) return turn;
  return new Promise((resolve, reject) => {
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      reject(new PoolWaitTimeoutError(waitMs));
    }, waitMs);
    void turn.then(() => {
      if (timedOut) return onLateTurn();
      clearTimeout(timer);
      resolve();
    });
  });
}
