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
 */
export function inputErrorFromDatabase(error: unknown, path = ''): InputError | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const d = error.driverError as DriverError;
  const column = d.column ?? columnOf(d.constraint);
  const name = camel(column ?? 'unknown');
  const field = path ? `${path}.${name}` : name;
  switch (d.code) {
    case '23505':
      return new InputError([{ field, message: `duplicates an existing record (${d.detail ?? d.constraint})` }]);
    case '23503':
      return new InputError([{ field, message: 'refers to a record that does not exist in this partnership' }]);
    case '23514':
      return new InputError([{ field, message: `breaks the rule ${d.constraint ?? ''}`.trim() }]);
    case '23502':
      return new InputError([{ field, message: 'is required' }]);
    case '22P02':
    case '22007':
    case '22008':
      return new InputError([{ field: path || 'input', message: `holds a malformed value (${error.message})` }]);
    default:
      return undefined;
  }
}

function columnOf(constraint?: string): string | undefined {
  const parts = constraint?.split('__');
  return parts && parts.length > 1 ? parts[parts.length - 1] : undefined;
}

const camel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
