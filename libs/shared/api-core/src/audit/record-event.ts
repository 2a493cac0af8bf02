import type { EntityManager } from 'typeorm';
import { currentScope } from '../database/db-scope';

/** An event with no row of its own to change: a sign-in, an export, an exact-figure report. */
export interface AuditEventInput {
  /** e.g. `sign-in`, `sign-in-failed`, `export`, `exact-report`. */
  action: string;
  entity: string;
  entityId?: string | null;
  partnershipId?: string | null;
  /** Defaults to the acting user of the current scope. */
  actorId?: string | null;
  actor?: string;
  detail?: Record<string, unknown>;
}

/**
 * Appends an event to the change history. The application role cannot write the table; a function
 * owned by the tables' owner does, with the time from the database's clock.
 */
export async function recordAuditEvent(m: EntityManager, e: AuditEventInput): Promise<void> {
  const scope = currentScope();
  await m.query(`SELECT sli_record_event($1, $2, $3, $4, $5, $6, $7)`, [
    e.action,
    e.entity,
    e.entityId ?? null,
    e.partnershipId ?? null,
    e.actorId !== undefined ? e.actorId : scope.actorId,
    e.actor ?? scope.actor,
    e.detail ? JSON.stringify(e.detail) : null,
  ]);
}
