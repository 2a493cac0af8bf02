import { countWhenAsked, InputError, type Page, type PageArgs } from '@sli/shared/api-core';
import type { EntityManager } from 'typeorm';
import { SqlParams } from './sql-params';

export interface SqlPageSort {
  /** SQL type of the `sortKey` column, for the cursor's cast. */
  sqlType: 'date' | 'text';
  direction: 'ASC' | 'DESC';
}

const encode = (value: string, id: string) => Buffer.from(JSON.stringify([value, id])).toString('base64url');

function decode(cursor: string): [string, string] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === 'string' && typeof parsed[1] === 'string') {
      return [parsed[0], parsed[1]];
    }
  } catch {
    // fall through to the error below
  }
  throw new InputError([{ field: 'after', message: 'is not a cursor returned by this list' }]);
}

/**
 * Keyset pagination over a hand-written SELECT (the drill-down lists behind a figure, which share
 * their WHERE clause with the figure's own SQL). `select` must return an `id` uuid column and a
 * NOT NULL `"sortKey"` column; rows come back ordered by (sortKey, id).
 */
export async function pageOfSql<T extends { id: string; sortKey: string }>(
  manager: EntityManager,
  select: string,
  params: SqlParams,
  page: PageArgs,
  sort: SqlPageSort,
): Promise<Page<T>> {
  const countValues = [...params.values];
  const totalCount = countWhenAsked(async () => {
    const [{ n }] = (await manager.query(`SELECT count(*)::int AS n FROM (${select}) x`, countValues)) as [{ n: number }];
    return n;
  });
  let where = 'TRUE';
  if (page.after) {
    const [value, id] = decode(page.after);
    const op = sort.direction === 'DESC' ? '<' : '>';
    where = `(x."sortKey", x.id) ${op} (${params.add(value)}::${sort.sqlType}, ${params.add(id)}::uuid)`;
  }
  const rows = (await manager.query(
    `SELECT * FROM (${select}) x WHERE ${where} ORDER BY x."sortKey" ${sort.direction}, x.id ${sort.direction} LIMIT ${params.add(page.first + 1)}`,
    params.values,
  )) as T[];
  const hasNextPage = rows.length > page.first;
  const nodes = hasNextPage ? rows.slice(0, page.first) : rows;
  const last = nodes[nodes.length - 1];
  return { nodes, totalCount, pageInfo: { hasNextPage, endCursor: last ? encode(String(last.sortKey), last.id) : undefined } };
}
