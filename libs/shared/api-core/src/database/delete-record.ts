import type { EntityManager } from 'typeorm';
import { InputError } from '../errors/input-error';

/** Records that would be left without the one deleted, found by one query returning their refs. */
export interface Dependent {
  /** e.g. ['finding', 'findings']. */
  noun: readonly [string, string];
  /** Selects `ref` of the dependent rows; `$1` is the id of the record to delete. */
  sql: string;
}

const SHOWN = 5;

/**
 * Refuses to delete a record while other records depend on it, naming every kind with their
 * references (at most five each). Parts of the record (its themes, status history, updates) are not
 * dependents: they go with it. Call it inside the deleting transaction, with the record locked.
 */
export async function assertNothingDepends(
  m: EntityManager,
  record: { entity: string; id: string; ref: string },
  dependents: readonly Dependent[],
): Promise<void> {
  const found: string[] = [];
  for (const dep of dependents) {
    const refs = ((await m.query(dep.sql, [record.id])) as { ref: string }[]).map((r) => r.ref).sort();
    if (refs.length === 0) continue;
    const listed = refs.slice(0, SHOWN).join(', ') + (refs.length > SHOWN ? ` and ${refs.length - SHOWN} more` : '');
    found.push(`${refs.length} ${refs.length === 1 ? dep.noun[0] : dep.noun[1]} (${listed})`);
  }
  if (found.length === 0) return;
  const message = `${record.entity} ${record.ref} cannot be deleted while other records depend on it: ${found.join('; ')}. Delete those or link them elsewhere first.`;
  throw new InputError([{ field: 'id', message }], message);
}
