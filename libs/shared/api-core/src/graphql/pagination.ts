import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, Max, Min, MaxLength } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { InputError } from '../errors/input-error';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 50, description: 'Page size, 1 to 500.' })
  @Min(1)
  @Max(500)
  first = 50;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string;
}

@ObjectType()
export class PageInfo {
  @Field(() => String, { nullable: true })
  endCursor?: string;

  @Field(() => Boolean)
  hasNextPage!: boolean;
}

export interface Page<T> {
  nodes: T[];
  totalCount: number;
  pageInfo: PageInfo;
}

/** The GraphQL connection type of a list: its nodes, the total across all pages, and where to go next. */
export function Connection<T>(node: Type<T>): Type<Page<T>> {
  @ObjectType({ isAbstract: true })
  abstract class ConnectionType implements Page<T> {
    @Field(() => [node])
    nodes!: T[];

    @Field(() => Int, { description: 'All matching records, across every page.' })
    totalCount!: number;

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return ConnectionType as Type<Page<T>>;
}

export interface SortKey {
  /** Entity property to sort by; must be NOT NULL so keyset comparison works. */
  property: string;
  /** SQL type of that column, for the cursor's cast. */
  sqlType: 'date' | 'text' | 'timestamptz' | 'integer';
  direction: 'ASC' | 'DESC';
}

const encode = (value: unknown, id: string) => Buffer.from(JSON.stringify([value, id])).toString('base64url');

function decode(cursor: string): [string | number, string] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[1] === 'string') {
      return parsed as [string | number, string];
    }
  } catch {
    // fall through to the error below
  }
  throw new InputError([{ field: 'after', message: 'is not a cursor returned by this list' }]);
}

/**
 * Keyset pagination over (sort key, id): stable under inserts, and cheap at any depth because
 * the database seeks by index instead of skipping rows.
 */
export async function paginate<E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
  page: PageArgs,
  sort: SortKey,
  cursorValue: (row: E) => string | number,
  idOf: (row: E) => string = (row) => String(row['id']),
): Promise<Page<E>> {
  const a = qb.alias;
  const totalCount = await qb.clone().getCount();
  // JavaScript dates hold milliseconds, PostgreSQL microseconds: compare timestamps at the
  // cursor's precision, or rows inserted within one millisecond would be skipped.
  const key =
    sort.sqlType === 'timestamptz' ? `date_trunc('milliseconds', ${a}.${sort.property})` : `${a}.${sort.property}`;
  if (page.after) {
    const [value, id] = decode(page.after);
    const op = sort.direction === 'DESC' ? '<' : '>';
    qb.andWhere(`(${key}, ${a}.id) ${op} (CAST(:cursorValue AS ${sort.sqlType}), CAST(:cursorId AS uuid))`, {
      cursorValue: value,
      cursorId: id,
    });
  }
  const rows = await qb
    .orderBy(key, sort.direction)
    .addOrderBy(`${a}.id`, sort.direction)
    .limit(page.first + 1)
    .getMany();
  const hasNextPage = rows.length > page.first;
  const nodes = hasNextPage ? rows.slice(0, page.first) : rows;
  const last = nodes[nodes.length - 1];
  return {
    nodes,
    totalCount,
    pageInfo: { hasNextPage, endCursor: last ? encode(cursorValue(last), idOf(last)) : undefined },
  };
}
