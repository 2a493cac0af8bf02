import { QueryFailedError } from 'typeorm';
import { InputError } from './input-error';

interface DriverError {
  code?: string;
  constraint?: string;
  column?: string;
  detail?: string;
  table?: string;
}

/**
 * Turns a constraint violation into a client error naming the field. Constraints are named
 * `ck_<table>__<column>`, `fk_<table>__<column>`, `uq_<table>__<columns>` so the name says which.
 * The driver's own message and detail (key values, the SQL type of a bad literal) never reach the
 * client: they can echo other tenants' values and the schema's internals.
 */
export function inputErrorFromDatabase(error: unknown, path = ''): InputError | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const d = error.driverError as DriverError;
  const column = d.column ?? columnOf(d.constraint);
  const name = camel(column ?? 'unknown');
  const field = path ? `${path}.${name}` : name;
  switch (d.code) {
    case '23505':
      return new InputError([{ field, message: 'duplicates an existing record' }]);
    case '23503':
      return new InputError([{ field, message: 'refers to a record that does not exist in this partnership' }]);
    case '23514':
      return new InputError([{ field, message: `breaks the rule ${d.constraint ?? ''}`.trim() }]);
    case '23502':
      return new InputError([{ field, message: 'is required' }]);
    case '22P02':
    case '22007':
    case '22008':
    case '22003':
    case '22001':
      return new InputError([{ field: path || 'input', message: MALFORMED[d.code] }]);
    default:
      return undefined;
  }
}

const MALFORMED: Record<string, string> = {
  '22P02': 'holds a malformed value (e.g. an id that is not a UUID, or a number that is not one)',
  '22007': 'holds a malformed date (expected YYYY-MM-DD)',
  '22008': 'holds a date out of range',
  '22003': 'holds a number out of range',
  '22001': 'holds a text too long',
};

/** A database failure that is not the client's fault, with the code and message the client gets. */
export interface DatabaseFailure {
  code: 'DATABASE_TIMEOUT' | 'DATABASE_BUSY' | 'DATABASE_UNAVAILABLE';
  message: string;
}

const CONNECTION_LOST = /Connection terminated|connection (was )?(closed|refused|reset)|ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|Client has encountered a connection error|terminating connection|server closed the connection/i;

/**
 * Classifies timeouts and lost connections (statement timeout, pool wait timeout, a terminated
 * backend, a server that went away) so the client gets a clear, retryable error and no driver text.
 */
export function databaseFailure(error: unknown): DatabaseFailure | undefined {
  // Duck-typed: socket errors come from Node's core and may not be `instanceof Error` here (Jest realms).
  if (typeof error !== 'object' || error === null || typeof (error as Error).message !== 'string') return undefined;
  const e = error as Error & DriverError;
  const code = (error instanceof QueryFailedError ? (error.driverError as DriverError).code : e.code) ?? '';
  if (code === '57014') {
    return { code: 'DATABASE_TIMEOUT', message: 'The database took too long to answer (statement timeout); the request was cancelled' };
  }
  if (code === 'POOL_WAIT_TIMEOUT' || /timeout exceeded when trying to connect/i.test(e.message)) {
    return { code: 'DATABASE_BUSY', message: 'The database is busy: no connection became free in time; try again shortly' };
  }
  if (/^(57P0[123]|08\d\d\d)$/.test(code) || CONNECTION_LOST.test(e.message) || CONNECTION_LOST.test(code)) {
    return { code: 'DATABASE_UNAVAILABLE', message: 'The database is unavailable; try again shortly' };
  }
  return undefined;
}

/** What may be logged about a database error: codes and names, never the message, detail or parameters. */
export function describeDatabaseError(error: unknown): Record<string, unknown> | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const d = error.driverError as DriverError;
  return { sqlState: d.code, constraint: d.constraint, table: d.table, column: d.column };
}

function columnOf(constraint?: string): string | undefined {
  const parts = constraint?.split('__');
  return parts && parts.length > 1 ? parts[parts.length - 1] : undefined;
}

const camel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
