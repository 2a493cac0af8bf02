import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { InputError, type Page } from '@sli/shared/api-core';
import { DataSource } from 'typeorm';
import type { AuditEventFilter } from './dto/auth.input';
import type { AuditEvent } from './models/auth.models';

/**
 * Reads the change history, newest first. Row-level security limits it to the caller's partnerships;
 * the application role can read it but never change or delete it.
 */
@Injectable()
export class AuditEventsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(filter: AuditEventFilter = {}, first = 50, after?: string | null): Promise<Page<AuditEvent>> {
    if (first < 1 || first > 500) throw new InputError([{ field: 'first', message: 'must be 1 to 500' }]);
    const params: unknown[] = [];
    const where: string[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.partnershipId) add('partnership_id = ?', filter.partnershipId);
    if (filter.entity) add('entity = ?', filter.entity);
    if (filter.entityId) add('entity_id = ?', filter.entityId);
    if (filter.action) add('action = ?', filter.action);
    if (filter.from) add(`occurred_at >= ?::date`, filter.from);
    if (filter.to) add(`occurred_at < ?::date + 1`, filter.to);
    const filtered = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ count }] = (await this.dataSource.query(`SELECT count(*)::int AS count FROM audit_events ${filtered}`, params)) as [{ count: number }];
    if (after) {
      if (!/^\d{1,18}$/.test(after)) throw new InputError([{ field: 'after', message: 'must be a cursor from pageInfo.endCursor' }]);
      add('id < ?::bigint', after);
    }
    params.push(first + 1);
    const rows = (await this.dataSource.query(
      `SELECT id::text AS id, occurred_at AS "occurredAt", actor AS "actorName", actor_id AS "actorId", action, entity,
              entity_id AS "entityId", partnership_id AS "partnershipId", request_id AS "requestId", before, after
       FROM audit_events ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY audit_events.id DESC LIMIT $${params.length}`,
      params,
    )) as AuditEvent[];
    const nodes = rows.slice(0, first);
    return {
      nodes,
      totalCount: count,
      pageInfo: { hasNextPage: rows.length > first, endCursor: nodes.at(-1)?.id },
    };
  }
}
